import type { AddressInfo } from 'node:net';
import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { GatewayModuleOptions } from './gateway.options';
import { createKmipGateway, type KmipGateway } from './kmip-gateway.factory';
import { consoleGatewayLogger } from './logging/gateway.logger';
import { GATEWAY_OPTIONS } from './tokens';

/** Starts the KMIP endpoint once the application is up, drains and closes it when the application closes. */
@Injectable()
export class GatewayLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  private current: KmipGateway | undefined;
  private bound: AddressInfo | undefined;

  constructor(@Inject(GATEWAY_OPTIONS) private readonly options: GatewayModuleOptions) {}

  /** The listening address, once started. */
  get address(): AddressInfo | undefined {
    return this.bound;
  }

  get gateway(): KmipGateway | undefined {
    return this.current;
  }

  async onApplicationBootstrap(): Promise<void> {
    const gateway = await createKmipGateway(this.options.adapters, this.options.settings);
    try {
      this.bound = await gateway.listen();
    } catch (error) {
      await gateway.close(0);
      throw error;
    }
    this.current = gateway;
    const logger = this.options.adapters.logger ?? consoleGatewayLogger;
    logger.log(`KMIP over mutual TLS on ${this.bound.address}:${this.bound.port}`);
  }

  async onApplicationShutdown(): Promise<void> {
    const gateway = this.current;
    this.current = undefined;
    await gateway?.close(this.options.shutdownGraceMs ?? 10_000);
  }
}

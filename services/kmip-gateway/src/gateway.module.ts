import 'reflect-metadata';
import { Module, type DynamicModule } from '@nestjs/common';
import { GatewayLifecycle } from './gateway-lifecycle';
import type { GatewayModuleOptions } from './gateway.options';
import { GATEWAY_OPTIONS } from './tokens';

/**
 * The KMIP gateway as a NestJS module: a thin host around `createKmipGateway`. The distributed main gives it Kafka,
 * PostgreSQL and the RPC key-wrapping client; an embedded main gives it the embedded log, PGlite and the in-process
 * client.
 */
@Module({})
export class GatewayModule {
  static forRoot(options: GatewayModuleOptions): DynamicModule {
    return {
      module: GatewayModule,
      providers: [{ provide: GATEWAY_OPTIONS, useValue: options }, GatewayLifecycle],
      exports: [GatewayLifecycle],
    };
  }
}

/**
 * The mutual-TLS RPC server: NestJS's TCP transport over TLS, requiring a client certificate that chains to the
 * deployment's CA (`requestCert`, `rejectUnauthorized`), then the peer allow-list on every message (the guard).
 */
import { NestFactory } from '@nestjs/core';
import { ServerTCP } from '@nestjs/microservices';
import type { INestMicroservice } from '@nestjs/common';
import type { AddressInfo } from 'node:net';
import type { Server as TlsServer } from 'node:tls';
import type { KeyWrappingOperations } from '@kmip/key-wrapping';
import type { PeerEntry } from '../config/peer-entries';
import type { ServiceLogger } from '../service.logger';
import { InFlightCalls } from './in-flight-calls';
import { KeyWrappingModule } from './key-wrapping.module';
import { NestServiceLogger } from './nest-logger';
import { PeerAllowList } from './peer-allow-list';

export interface RpcServerOptions {
  readonly host: string;
  /** 0 picks a free port (see `address`). */
  readonly port: number;
  readonly tls: { readonly cert: Buffer; readonly key: Buffer; readonly ca: Buffer };
  readonly allowedPeers: readonly PeerEntry[];
  readonly operations: KeyWrappingOperations;
  readonly defaultTenant: string;
  readonly logger: ServiceLogger;
}

export interface RpcServer {
  readonly address: AddressInfo;
  /** Refuses new calls, lets running ones finish (at most `graceMs`), then closes every connection. */
  close(graceMs: number): Promise<void>;
}

/** Requests are small JSON; anything near this is an abuse of the connection, not a request. */
const MAX_REQUEST_CHARS = 64 * 1024;

export async function startRpcServer(options: RpcServerOptions): Promise<RpcServer> {
  const { logger } = options;
  const inFlight = new InFlightCalls();
  const strategy = new ServerTCP({
    host: options.host,
    port: options.port,
    tlsOptions: {
      cert: options.tls.cert,
      key: options.tls.key,
      ca: options.tls.ca,
      requestCert: true,
      rejectUnauthorized: true,
      minVersion: 'TLSv1.2',
    },
    maxBufferSize: MAX_REQUEST_CHARS,
    incompleteMessageTimeout: 10_000,
  });
  const tlsServer = strategy.unwrap<TlsServer>();
  tlsServer.on('tlsClientError', (error: NodeJS.ErrnoException) =>
    logger.warn(`refused a TLS connection: ${error.code ?? error.name}`),
  );
  const app: INestMicroservice = await NestFactory.createMicroservice(
    KeyWrappingModule.forRoot({
      operations: options.operations,
      defaultTenant: options.defaultTenant,
      allowList: new PeerAllowList(options.allowedPeers),
      logger,
      inFlight,
    }),
    { strategy, logger: new NestServiceLogger(logger) },
  );
  await app.listen();
  return {
    address: tlsServer.address() as AddressInfo,
    close: async (graceMs) => {
      await inFlight.drain(graceMs);
      await app.close();
    },
  };
}

/**
 * The Nest module of the RPC service. `forRoot` takes what the runtime built (key-wrapping operations, the default
 * tenant, the peer allow-list), so the module holds no configuration logic of its own.
 */
import { DynamicModule, Module } from '@nestjs/common';
import type { KeyWrappingOperations } from '@kmip/key-wrapping';
import type { ServiceLogger } from '../service.logger';
import type { InFlightCalls } from './in-flight-calls';
import { KeyWrappingController } from './key-wrapping.controller';
import { PeerAllowList } from './peer-allow-list';
import { PeerCertificateGuard } from './peer-certificate.guard';
import { RpcErrorFilter } from './rpc-error.filter';
import { DEFAULT_TENANT, IN_FLIGHT, KEY_WRAPPING_OPERATIONS, PEER_ALLOW_LIST, SERVICE_LOGGER } from './tokens';

export interface KeyWrappingModuleOptions {
  readonly operations: KeyWrappingOperations;
  readonly defaultTenant: string;
  readonly allowList: PeerAllowList;
  readonly logger: ServiceLogger;
  readonly inFlight: InFlightCalls;
}

@Module({})
export class KeyWrappingModule {
  static forRoot(options: KeyWrappingModuleOptions): DynamicModule {
    return {
      module: KeyWrappingModule,
      controllers: [KeyWrappingController],
      providers: [
        { provide: KEY_WRAPPING_OPERATIONS, useValue: options.operations },
        { provide: DEFAULT_TENANT, useValue: options.defaultTenant },
        { provide: PEER_ALLOW_LIST, useValue: options.allowList },
        { provide: SERVICE_LOGGER, useValue: options.logger },
        { provide: IN_FLIGHT, useValue: options.inFlight },
        PeerCertificateGuard,
        RpcErrorFilter,
      ],
    };
  }
}

import type { GatewayAdapters, GatewaySettings } from './kmip-gateway.factory';

export interface GatewayModuleOptions {
  readonly adapters: GatewayAdapters;
  readonly settings: GatewaySettings;
  /** How long close() lets requests in flight finish. Default 10 s. */
  readonly shutdownGraceMs?: number;
}

export { GatewayModule } from './gateway.module';
export { GatewayLifecycle } from './gateway-lifecycle';
export type { GatewayModuleOptions } from './gateway.options';
export {
  createKmipGateway,
  type GatewayAdapters,
  type GatewaySettings,
  type KmipGateway,
} from './kmip-gateway.factory';
export { InventoryClientDirectory, type InventoryClientDirectoryOptions } from './directory/inventory-client-directory';
export type { GatewayClientRecord } from './directory/gateway-client-record';
export { LogEventAppender } from './adapters/log-event-appender.adapter';
export { LogAccessRecorder } from './adapters/log-access-recorder.adapter';
export { readGatewayConfig, GatewayConfigError, type GatewayConfig } from './config/gateway.config';
export { consoleGatewayLogger, silentGatewayLogger, describeError, type GatewayLogger } from './logging/gateway.logger';

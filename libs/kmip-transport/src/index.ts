export { KmipTlsServer, KMIP_PORT, type KmipServerOptions, type KmipServerTlsOptions } from './kmip-tls-server';
export type { ClientDirectory, ClientRecord } from './client-directory.port';
export type { ConnectionContext, ClientTrust } from './connection-context';
export type { MessageHandler, MalformedMessageHandler } from './message-handler';
export { DEFAULT_TRANSPORT_LIMITS, resolveTransportLimits, type TransportLimits } from './transport-limits';
export type {
  TransportObserver,
  RefusalReason,
  CloseReason,
  ConnectionRefusedEvent,
  ConnectionOpenedEvent,
  ConnectionClosedEvent,
  RequestCompletedEvent,
} from './transport-events';

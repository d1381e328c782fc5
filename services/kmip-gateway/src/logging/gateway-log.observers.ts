import type { ProcessorObserver } from '@kmip/kmip-server';
import type { TransportObserver } from '@kmip/kmip-transport';
import { describeError, type GatewayLogger } from './gateway.logger';

const short = (fingerprint: string | undefined) => (fingerprint === undefined ? '-' : fingerprint.slice(0, 16));

/** Connection events: who connected from where, why a connection was refused or ended. */
export function transportLogObserver(logger: GatewayLogger): TransportObserver {
  return {
    connectionRefused: (e) =>
      logger.warn(
        `connection refused: ${e.reason}${e.detail ? ` (${e.detail})` : ''} from ${e.remoteAddress ?? '?'} client=${short(e.fingerprint)}`,
      ),
    connectionOpened: (e) =>
      logger.log(
        `connection ${e.connectionId} opened: tenant=${e.tenant} client=${short(e.fingerprint)} from ${e.remoteAddress} ${e.tlsProtocol} trust=${e.trust}`,
      ),
    connectionClosed: (e) =>
      logger.log(
        `connection ${e.connectionId} closed: ${e.reason}${e.detail ? ` (${e.detail})` : ''} after ${e.requests} requests`,
      ),
  };
}

/** One line per batch item: operation name and result reason. */
export function operationLogObserver(logger: GatewayLogger, logOperations: boolean): ProcessorObserver {
  return {
    ...(logOperations
      ? {
          operation: (e) =>
            logger.log(`tenant=${e.tenant} client=${short(e.fingerprint)} ${e.operation} → ${e.result}`),
        }
      : {}),
    unexpectedError: (operation, error) => logger.error(`${operation} failed: ${describeError(error)}`),
    accessLogFailed: (error) =>
      logger.error(`kmip.access did not acknowledge; reads of key material refused: ${describeError(error)}`),
  };
}

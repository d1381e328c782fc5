import type { AddressInfo } from 'node:net';
import type { EventLog } from '@kmip/event-log';
import {
  ACCESS_TOPIC,
  EVENTS_TOPIC,
  InventoryReadModel,
  VerdictWaiter,
  watchClientRemovals,
  watchObjectChanges,
} from '@kmip/inventory';
import {
  KmipRequestProcessor,
  type Clock,
  type IdGenerator,
  type KeyWrappingClient,
  type ServerIdentity,
} from '@kmip/kmip-server';
import {
  KmipTlsServer,
  type KmipServerTlsOptions,
  type MessageHandler,
  type TransportLimits,
} from '@kmip/kmip-transport';
import type { SqlDatabase } from '@kmip/sql';
import { CachedInventoryReader } from './adapters/cached-inventory-reader.adapter';
import { LogAccessRecorder } from './adapters/log-access-recorder.adapter';
import { LogEventAppender } from './adapters/log-event-appender.adapter';
import type { GatewayClientRecord } from './directory/gateway-client-record';
import { InventoryClientDirectory } from './directory/inventory-client-directory';
import { operationLogObserver, transportLogObserver } from './logging/gateway-log.observers';
import { consoleGatewayLogger, describeError, type GatewayLogger } from './logging/gateway.logger';

/** The adapters a gateway runs on: Kafka + PostgreSQL + RPC in the distributed mode, PGlite + in-process embedded. */
export interface GatewayAdapters {
  readonly eventLog: EventLog;
  /** The database of the inventory read model (objects, clients, verdicts, LISTEN/NOTIFY). */
  readonly db: SqlDatabase;
  readonly keyWrapping: KeyWrappingClient;
  readonly logger?: GatewayLogger;
  readonly clock?: Clock;
  readonly ids?: IdGenerator;
}

export interface GatewaySettings {
  /** Default 5696; 0 picks a free port. */
  readonly port?: number;
  readonly host?: string;
  readonly tls: KmipServerTlsOptions;
  readonly limits?: Partial<TransportLimits>;
  /** PostgreSQL schema of the read model (default `inventory`). */
  readonly inventorySchema?: string;
  readonly eventsTopic?: string;
  readonly accessTopic?: string;
  readonly verdictTimeoutMs?: number;
  readonly maxConflictRetries?: number;
  /** How long an allow-list entry is cached. Default 30 s; removals take effect at once regardless. */
  readonly clientCacheMs?: number;
  /**
   * How long an object's state may be served from memory (invalidated by the projector's change notifications and
   * this gateway's own writes; the limit only bounds a notification lost to a reconnect). Default 1,000 ms; 0 reads
   * the database on every request.
   */
  readonly objectCacheMs?: number;
  readonly server?: Partial<ServerIdentity>;
  /** One log line per operation (name and result). Default true. */
  readonly logOperations?: boolean;
}

export interface KmipGateway {
  readonly server: KmipTlsServer<GatewayClientRecord>;
  readonly processor: KmipRequestProcessor;
  readonly directory: InventoryClientDirectory;
  listen(): Promise<AddressInfo>;
  /** Stops accepting, lets requests in flight finish (up to `timeoutMs`), then stops listening for notifications. */
  close(timeoutMs?: number): Promise<void>;
}

/**
 * Builds a KMIP gateway (DESIGN §2): the mTLS transport with an allow-list backed by the read model, the request
 * processor wired to the log (kmip.events with the projector's verdicts, kmip.access), the read model and the
 * key-wrapping client. A client taken off the allow-list (the `kmip_clients` notification) is forgotten and its
 * open connections are cut. The caller owns the adapters and closes them after the gateway.
 */
export async function createKmipGateway(adapters: GatewayAdapters, settings: GatewaySettings): Promise<KmipGateway> {
  const logger = adapters.logger ?? consoleGatewayLogger;
  const schema = settings.inventorySchema === undefined ? {} : { schema: settings.inventorySchema };
  const readModel = new InventoryReadModel(adapters.db, schema);
  const objectCacheMs = settings.objectCacheMs ?? 1_000;
  const objects = objectCacheMs > 0 ? new CachedInventoryReader(readModel, { ttlMs: objectCacheMs }) : undefined;
  // Listening before the first read: no change committed after a state was cached goes unheard.
  const unlistenObjects =
    objects &&
    (await watchObjectChanges(
      adapters.db,
      (changed) => objects.invalidate(changed),
      () => objects.clear(),
      schema,
    ));
  let verdicts: VerdictWaiter;
  try {
    verdicts = await VerdictWaiter.start(adapters.db, schema);
  } catch (error) {
    await unlistenObjects?.();
    throw error;
  }
  const directory = new InventoryClientDirectory(readModel, { cacheMs: settings.clientCacheMs ?? 30_000 });
  const processor = new KmipRequestProcessor({
    inventory: objects ?? readModel,
    events: new LogEventAppender(
      adapters.eventLog,
      verdicts,
      settings.eventsTopic ?? EVENTS_TOPIC,
      objects && ((written) => objects.invalidate(written)),
    ),
    access: new LogAccessRecorder(adapters.eventLog, settings.accessTopic ?? ACCESS_TOPIC),
    keyWrapping: adapters.keyWrapping,
    ...(adapters.clock === undefined ? {} : { clock: adapters.clock }),
    ...(adapters.ids === undefined ? {} : { ids: adapters.ids }),
    ...(settings.server === undefined ? {} : { server: settings.server }),
    ...(settings.verdictTimeoutMs === undefined ? {} : { verdictTimeoutMs: settings.verdictTimeoutMs }),
    ...(settings.maxConflictRetries === undefined ? {} : { maxConflictRetries: settings.maxConflictRetries }),
    ...(settings.limits?.maxMessageLength === undefined
      ? {}
      : { ttlvLimits: { maxMessageLength: settings.limits.maxMessageLength } }),
    observer: operationLogObserver(logger, settings.logOperations ?? true),
  });

  const handler: MessageHandler<GatewayClientRecord> = async (message, context) => {
    // The allow-list entry as it is now (operations and credential may have changed since the handshake).
    let current: GatewayClientRecord | undefined;
    try {
      current = await directory.lookup(context.fingerprint);
    } catch (error) {
      logger.warn(`allow-list lookup failed, using the entry of the handshake: ${describeError(error)}`);
      current = context.client;
    }
    const entry = current?.tenant === context.tenant ? current : undefined;
    return processor.process(message, {
      fingerprint: context.fingerprint,
      address: context.remoteAddress,
      tenant: context.tenant,
      // Deny by default: a client no longer on the list may do nothing while its connection is being cut.
      allowedOperations: entry?.allowedOperations ?? [],
      ...(entry?.credential === undefined ? {} : { credential: entry.credential }),
    });
  };

  const server = new KmipTlsServer<GatewayClientRecord>({
    ...(settings.port === undefined ? {} : { port: settings.port }),
    ...(settings.host === undefined ? {} : { host: settings.host }),
    tls: settings.tls,
    clientDirectory: directory,
    handler,
    onMalformed: (error) => processor.malformedMessageResponse(error),
    observer: transportLogObserver(logger),
    ...(settings.limits === undefined ? {} : { limits: settings.limits }),
  });

  let unlisten: (() => Promise<void>) | undefined;
  try {
    unlisten = await watchClientRemovals(
      adapters.db,
      (removal) => {
        directory.forget(removal.fingerprint);
        const cut = server.disconnectClient(removal.fingerprint);
        logger.log(
          `client ${removal.fingerprint.slice(0, 16)} removed from tenant ${removal.tenant}: ${cut} connections cut`,
        );
      },
      schema,
    );
  } catch (error) {
    await verdicts.close();
    await unlistenObjects?.();
    throw error;
  }

  return {
    server,
    processor,
    directory,
    listen: () => server.listen(),
    close: async (timeoutMs) => {
      await server.close(timeoutMs);
      await unlisten?.();
      await unlistenObjects?.();
      await verdicts.close();
    },
  };
}

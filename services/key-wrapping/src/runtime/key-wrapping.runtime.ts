/**
 * Builds the key-wrapping service from its parts, for both modes: the distributed main wraps it in the mTLS RPC
 * server; the embedded main calls `runtime.client` (in-process) and the same side effects, on PGlite and the
 * embedded log. The caller owns the database and the event log (it opens and closes them).
 */
import {
  InProcessKeyWrappingClient,
  KeyWrappingService,
  WrappedBlobCache,
  WrappedKekVault,
  type KeyWrappingClient,
  type KeyWrappingOperations,
  type WrappedBlobCacheOptions,
} from '@kmip/key-wrapping';
import type { EventLog } from '@kmip/event-log';
import type { SqlDatabase } from '@kmip/sql';
import type { TenantsConfig } from '../config/service-config';
import { RootKeyRevocations } from '../crypto-shredding/root-key-revocations';
import { ShreddingAwareOperations } from '../crypto-shredding/shredding-aware-operations';
import type { ServiceLogger } from '../service.logger';
import { ConsumerPositions } from '../side-effects/consumer-positions';
import { EventEffects } from '../side-effects/event-effects.handler';
import type { ObjectStates } from '../side-effects/object-states.port';
import { RewrapEventsPublisher } from '../side-effects/rewrap-events.publisher';
import { RootKeyRotationEffect } from '../side-effects/root-key-rotation.effect';
import { SideEffectsConsumer } from '../side-effects/side-effects.consumer';
import { TenantRootKeys, type ProviderOpener, type TenantReload } from '../tenancy/tenant-root-keys';

export interface KeyWrappingRuntimeOptions {
  readonly tenants: TenantsConfig;
  readonly database: SqlDatabase;
  /** The schema of the vault, the revocations and the consumer positions (created if missing). */
  readonly schema: string;
  readonly logger: ServiceLogger;
  /** The events topic and consumer group of the side effects; without them, no side effects run. */
  readonly events?: {
    readonly log: EventLog;
    readonly topic: string;
    readonly consumerGroup: string;
    /** The read model's object states, for KeyRewrapped events and the conflicting-destroy check. */
    readonly objectStates?: ObjectStates;
  };
  /** How often opened providers look for root key versions made elsewhere. Default 60 s; 0 never. */
  readonly rootKeyRefreshMs?: number;
  readonly openProvider?: ProviderOpener;
  /** Reads the tenants again when a call names one not served yet (a tenant added while running). */
  readonly reloadTenants?: TenantReload;
  /** Wrapped blobs kept in memory for repeated Gets. Default: 1 s without a change heard, 100,000 blobs. */
  readonly blobCache?: WrappedBlobCacheOptions;
}

export interface KeyWrappingRuntime {
  readonly roots: TenantRootKeys;
  readonly vault: WrappedKekVault;
  /** What the RPC controller serves: crypto-shredding and tenant checks before the key-wrapping logic. */
  readonly operations: KeyWrappingOperations;
  /** The in-process client over `operations` (embedded mode). */
  readonly client: KeyWrappingClient;
  startSideEffects(): Promise<void>;
  stopSideEffects(): Promise<void>;
  /** Stops the side effects and closes the providers (not the database or the log). */
  close(): Promise<void>;
}

export async function createKeyWrappingRuntime(options: KeyWrappingRuntimeOptions): Promise<KeyWrappingRuntime> {
  const { database, schema, logger } = options;
  await database.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
  const vaultOptions = { schema };
  const blobs = new WrappedBlobCache(options.blobCache);
  const vault = new WrappedKekVault(database, { ...vaultOptions, cache: blobs });
  await vault.ensureSchema();
  // Listening before anything is served: no erase or rewrap committed after a blob was kept goes unheard.
  const unwatchBlobs = await blobs.watch((channel, onPayload) => database.listen(channel, onPayload));
  const revocations = new RootKeyRevocations(schema);
  await revocations.ensureSchema(database);
  // Before anything is served: no revocation committed after an answer was cached goes unheard.
  const unwatchRevocations = await revocations.watch(database);

  const roots = new TenantRootKeys(options.tenants, logger, options.openProvider, options.reloadTenants);
  const service = new KeyWrappingService({ providerFor: (tenant) => roots.providerFor(tenant), vault });
  const operations = new ShreddingAwareOperations(service, revocations, database, (tenant) => roots.serves(tenant));
  const client = new InProcessKeyWrappingClient(operations, { defaultTenant: options.tenants.defaultTenant });
  roots.startRefreshing(options.rootKeyRefreshMs ?? 60_000);

  let consumer: SideEffectsConsumer | undefined;
  let effects: EventEffects | undefined;
  const events = options.events;
  if (events) {
    const positions = new ConsumerPositions(schema, events.consumerGroup, events.topic);
    await positions.ensureSchema(database);
    const publisher = events.objectStates
      ? new RewrapEventsPublisher({ log: events.log, topic: events.topic, states: events.objectStates, logger })
      : undefined;
    if (!publisher) logger.warn('no object states wired: rotations rewrap blobs but append no KeyRewrapped events');
    const rotation = new RootKeyRotationEffect({ roots, service, vault, revocations, db: database, publisher, logger });
    effects = new EventEffects({
      db: database,
      vaultOptions,
      positions,
      revocations,
      rotation,
      states: events.objectStates,
      logger,
    });
    consumer = new SideEffectsConsumer({
      log: events.log,
      topic: events.topic,
      groupId: events.consumerGroup,
      db: database,
      positions,
      handle: effects.handle,
      logger,
    });
  }

  return {
    roots,
    vault,
    operations,
    client,
    startSideEffects: async () => consumer?.start(),
    stopSideEffects: async () => {
      await consumer?.stop();
      await effects?.flush();
    },
    close: async () => {
      await consumer?.stop();
      await effects?.flush();
      await roots.close();
      await unwatchRevocations();
      await unwatchBlobs();
    },
  };
}

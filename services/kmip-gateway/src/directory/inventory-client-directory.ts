import { RecentMap } from '@kmip/collections';
import type { InventoryReadModel } from '@kmip/inventory';
import { normalizeFingerprint } from '@kmip/key-lifecycle';
import type { ClientDirectory } from '@kmip/kmip-transport';
import type { GatewayClientRecord } from './gateway-client-record';

export interface InventoryClientDirectoryOptions {
  /** How long an allow-list entry is used before it is read again (changed operations, credentials). */
  readonly cacheMs: number;
  /** How long "not on the allow-list" is remembered; short, so a newly allowed client waits little. */
  readonly negativeCacheMs?: number;
  /** Entries kept at most (at least 2; the oldest stored go first, half at a time). Default 10,000. */
  readonly maxEntries?: number;
  readonly now?: () => number;
}

interface Entry {
  readonly record: GatewayClientRecord | undefined;
  readonly expires: number;
}

/**
 * The allow-list of the transport (`ClientDirectory`), backed by the inventory read model with a small cache: a
 * handshake or a request does not cost a query each time, and concurrent lookups of one certificate (vSAN hosts
 * connecting together with vCenter's certificate) share one query. A removed client is forgotten at once (the
 * `kmip_clients` notification); other changes are seen when the entry expires.
 */
export class InventoryClientDirectory implements ClientDirectory<GatewayClientRecord> {
  private readonly cache: RecentMap<string, Entry>;
  private readonly inFlight = new Map<string, Promise<GatewayClientRecord | undefined>>();
  /** Bumped by `forget`, so that a lookup that was under way then does not cache what it read before. */
  private readonly removals = new Map<string, number>();
  private readonly now: () => number;

  constructor(
    private readonly readModel: Pick<InventoryReadModel, 'findClient'>,
    private readonly options: InventoryClientDirectoryOptions,
  ) {
    this.now = options.now ?? Date.now;
    this.cache = new RecentMap(options.maxEntries ?? 10_000);
  }

  lookup(fingerprint: string): Promise<GatewayClientRecord | undefined> {
    const key = normalizeFingerprint(fingerprint);
    if (key === undefined) return Promise.resolve(undefined);
    const cached = this.cache.get(key);
    if (cached !== undefined && cached.expires > this.now()) return Promise.resolve(cached.record);
    let pending = this.inFlight.get(key);
    if (pending === undefined) {
      pending = this.read(key).finally(() => this.inFlight.delete(key));
      this.inFlight.set(key, pending);
    }
    return pending;
  }

  /** Drops a certificate's entry (it was removed from the allow-list). */
  forget(fingerprint: string): void {
    const key = normalizeFingerprint(fingerprint);
    if (key === undefined) return;
    this.cache.delete(key);
    this.removals.set(key, (this.removals.get(key) ?? 0) + 1);
  }

  private async read(fingerprint: string): Promise<GatewayClientRecord | undefined> {
    const removals = this.removals.get(fingerprint);
    const found = await this.readModel.findClient(fingerprint);
    const record: GatewayClientRecord | undefined =
      found === undefined
        ? undefined
        : {
            fingerprint: found.fingerprint,
            tenant: found.tenant,
            clientId: found.clientId,
            pinned: found.trust === 'PinnedFingerprint',
            allowedOperations: found.allowedOperations,
            ...(found.credential === undefined ? {} : { credential: found.credential }),
          };
    if (this.removals.get(fingerprint) !== removals) return record;
    const ttl =
      record === undefined
        ? (this.options.negativeCacheMs ?? Math.min(this.options.cacheMs, 2_000))
        : this.options.cacheMs;
    this.cache.set(fingerprint, { record, expires: this.now() + ttl });
    return record;
  }
}

import { RecentMap } from '@kmip/collections';
/**
 * Wrapped blobs the vault has read or stored lately, so that repeated Gets of the same keys (every vSAN host asking
 * for its disk group's KEK after a reboot) cost no vault round trip. Ciphertext only: an entry is no more sensitive
 * than the vault row itself, and every unwrap still goes through the root key provider, which refuses a revoked root
 * key.
 *
 * Entries are kept only while the cache listens to VAULT_CHANGES_CHANNEL, on which every erase and every replacement
 * (rewrap) is announced in its own transaction, by any instance. A change heard drops the entry at once; `ttlMs`
 * bounds the life of an entry whose change notification was lost while the listening connection reconnected. A blob
 * read while any change was heard is not kept (it may predate the change).
 *
 * Entries are also let go by time: every `ttlMs` the ones kept before the previous turn are dropped whole, so the
 * cache holds about the last two TTLs' worth (a few thousand during a burst of Creates) rather than `maxEntries` of
 * mostly expired blobs (up to ~30 MB kept alive for nothing).
 */
import type { VaultRecord } from './wrapped-kek.vault';

/** Notification channel of vault changes; the payload is `VaultChange` as JSON. */
export const VAULT_CHANGES_CHANNEL = 'kmip_vault_changes';

export interface VaultChange {
  /** The vault table, schema-qualified as the vault names it in SQL. */
  readonly table: string;
  readonly tenant: string;
  readonly objectId: string;
}

/** Subscribes to a notification channel (libs/sql `SqlDatabase.listen` fits). */
export type ListenTo = (channel: string, onPayload: (payload: string) => void) => Promise<() => Promise<void>>;

export interface WrappedBlobCacheOptions {
  /** How long an entry is trusted without a change heard. Default 1,000 ms; 0 turns the cache off. */
  readonly ttlMs?: number;
  /** Entries at most (at least 2); the oldest stored go first, half at a time. Default 100,000 (about 30 MB). */
  readonly maxEntries?: number;
  readonly now?: () => number;
}

interface Entry {
  readonly record: VaultRecord;
  readonly until: number;
}

export class WrappedBlobCache {
  private readonly ttlMs: number;
  private readonly now: () => number;
  private readonly entries: RecentMap<string, Entry>;
  private watching = false;
  /** Counts changes heard: a read that overlapped one is not kept. */
  private generation = 0;
  /** When the entries kept before the last turn have all expired, and may be dropped. */
  private turnAt = 0;

  constructor(options: WrappedBlobCacheOptions = {}) {
    this.ttlMs = options.ttlMs ?? 1_000;
    const maxEntries = options.maxEntries ?? 100_000;
    this.now = options.now ?? Date.now;
    if (!(this.ttlMs >= 0 && Number.isSafeInteger(maxEntries) && maxEntries >= 2)) {
      throw new RangeError('ttlMs must be ≥ 0 and maxEntries an integer ≥ 2');
    }
    this.entries = new RecentMap(maxEntries);
  }

  /** Listens for vault changes of any instance and from then on keeps entries. */
  async watch(listen: ListenTo): Promise<() => Promise<void>> {
    const unlisten = await listen(VAULT_CHANGES_CHANNEL, (payload) => this.heard(payload));
    this.watching = this.ttlMs > 0;
    return async () => {
      this.watching = false;
      this.entries.clear();
      await unlisten();
    };
  }

  /** Entries held, expired ones not yet dropped included. */
  get size(): number {
    return this.entries.size;
  }

  /** A mark to pass to `keep`: taken before the read whose result is kept. */
  mark(): number {
    return this.generation;
  }

  get(table: string, tenant: string, objectId: string): VaultRecord | undefined {
    const key = keyOf(table, tenant, objectId);
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    if (entry.until > this.now()) return entry.record;
    this.entries.delete(key);
    return undefined;
  }

  /** Keeps a record read or stored since `mark`, unless a change was heard in between. */
  keep(table: string, record: VaultRecord, mark: number): void {
    if (!this.watching || mark !== this.generation) return;
    const now = this.now();
    if (now >= this.turnAt) {
      // Everything in the old generation was kept before the previous turn, at least ttlMs ago: expired.
      this.entries.rotate();
      this.turnAt = now + this.ttlMs;
    }
    this.entries.set(keyOf(table, record.tenant, record.objectId), { record, until: now + this.ttlMs });
  }

  /** Drops an entry this instance changed (its notification follows, but the change must count at once here). */
  forget(table: string, tenant: string, objectId: string): void {
    this.generation++;
    this.entries.delete(keyOf(table, tenant, objectId));
  }

  private heard(payload: string): void {
    this.generation++;
    try {
      const change = JSON.parse(payload) as Partial<VaultChange>;
      if (
        typeof change.table === 'string' &&
        typeof change.tenant === 'string' &&
        typeof change.objectId === 'string'
      ) {
        this.entries.delete(keyOf(change.table, change.tenant, change.objectId));
        return;
      }
    } catch {
      // Unreadable: forget everything below.
    }
    this.entries.clear();
  }
}

const keyOf = (table: string, tenant: string, objectId: string) => `${table}\u0000${tenant}\u0000${objectId}`;

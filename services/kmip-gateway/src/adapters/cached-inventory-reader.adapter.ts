import { RecentMap } from '@kmip/collections';
import type { ManagedObjectState, TenantState } from '@kmip/key-lifecycle';
import { TENANT_CHANGE_ID } from '@kmip/inventory';
import type { InventoryReader, LocateCriteria } from '@kmip/kmip-server';

export interface ObjectCacheOptions {
  /** How long a state is served without reading the database again. Default 1,000 ms. */
  readonly ttlMs?: number;
  /** States kept at most (the oldest stored go first, half at a time). Default 10,000. */
  readonly maxEntries?: number;
  readonly now?: () => number;
}

interface Entry {
  readonly state: Promise<ManagedObjectState | TenantState>;
  readonly until: number;
}

/**
 * The read model with each object's state kept for a short while, so that repeated Gets of a key (vSAN hosts fetch
 * the same KEK over and over) do not each cost a database round trip (DESIGN §3, reads use the read model).
 *
 * Kept correct by invalidation: the projector names the objects each committed transaction changed, before the
 * verdicts of that transaction (`watchObjectChanges`), and this gateway's own writes drop their objects when their
 * verdict (or timeout) comes, whether heard by notification or by polling. A read started before an invalidation is
 * not stored. The time limit only bounds what a notification lost while the listening connection reconnected could
 * leave behind (another gateway's change). A tenant's state (its root key, for Create and Register) is kept the same
 * way: the projector names a changed tenant as the object with the empty id. Locate always reads the database.
 */
export class CachedInventoryReader implements InventoryReader {
  private readonly entries: RecentMap<string, Entry>;
  private readonly ttlMs: number;
  private readonly now: () => number;
  /** Counts invalidations: a read that saw it move while in flight may carry a state from before one. */
  private generation = 0;

  constructor(
    private readonly inner: InventoryReader,
    options: ObjectCacheOptions = {},
  ) {
    this.ttlMs = options.ttlMs ?? 1_000;
    this.entries = new RecentMap(options.maxEntries ?? 10_000);
    this.now = options.now ?? Date.now;
  }

  getObject(tenant: string, objectId: string): Promise<ManagedObjectState> {
    return this.cached(keyOf(tenant, objectId), () => this.inner.getObject(tenant, objectId));
  }

  getTenant(tenant: string): Promise<TenantState> {
    return this.cached(keyOf(tenant, TENANT_CHANGE_ID), () => this.inner.getTenant(tenant));
  }

  private cached<S extends ManagedObjectState | TenantState>(key: string, read: () => Promise<S>): Promise<S> {
    const cached = this.entries.get(key);
    if (cached !== undefined && cached.until > this.now()) return cached.state as Promise<S>;
    if (cached !== undefined) this.entries.delete(key);
    const started = this.generation;
    const until = this.now() + this.ttlMs;
    const state = read();
    state.then(
      (value) => {
        // Only known objects and tenants are kept: an unknown one may appear any moment, and a miss is cheap to repeat.
        if (this.generation !== started || value.status !== 'Known') return;
        this.entries.set(key, { state: Promise.resolve(value), until });
      },
      () => undefined,
    );
    return state;
  }

  locate(tenant: string, criteria: LocateCriteria): Promise<string[]> {
    return this.inner.locate(tenant, criteria);
  }

  /** Drops the objects' states (changed, or about to be). */
  invalidate(objects: readonly { readonly tenant: string; readonly objectId: string }[]): void {
    this.generation++;
    for (const o of objects) this.entries.delete(keyOf(o.tenant, o.objectId));
  }

  /** Drops every state (a change notification that could not be read). */
  clear(): void {
    this.generation++;
    this.entries.clear();
  }
}

const keyOf = (tenant: string, objectId: string) => `${tenant}\u0000${objectId}`;

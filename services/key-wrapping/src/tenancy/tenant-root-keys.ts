/**
 * The root key provider of each served tenant (one CRK per tenant, DESIGN §5), opened on first use and shared.
 *
 * A tenant added to the tenants file while the service runs (kmipctl `tenant create`) is served from the first call
 * that names it: a tenant not served yet makes the service read its tenants again, at most once per
 * `reloadIntervalMs`. Tenants already served keep the settings they started with.
 *
 * A rotation made elsewhere (another instance, an operator tool) shows up on `refresh`: PKCS#11 and Key Protect
 * providers ask their manager in `describe()`; the local provider only reads its keystore when opened, so it is
 * opened again and swapped in (the old instance is closed once the calls that hold it had time to finish).
 */
import { openRootKeyProvider, type RootKeyProvider, type RootKeyProviderConfig } from '@kmip/key-wrapping';
import type { TenantsConfig } from '../config/service-config';
import { describeError, type ServiceLogger } from '../service.logger';

/** How long a replaced provider stays open for the calls that still hold it. */
const RETIRE_AFTER_MS = 30_000;

export type ProviderOpener = (config: RootKeyProviderConfig) => Promise<RootKeyProvider>;

export interface TenantReload {
  /** Reads the tenants as configured now; throws when they cannot be read. */
  readonly read: () => TenantsConfig;
  /** Default 1,000 ms. */
  readonly intervalMs?: number;
  readonly now?: () => number;
}

export class TenantRootKeys {
  private readonly open = new Map<string, Promise<RootKeyProvider>>();
  private readonly retiring = new Set<RootKeyProvider>();
  private refreshTimer: NodeJS.Timeout | undefined;
  private closed = false;
  /** Tenants found by reading the tenants again (the configured map may itself look tenants up as asked). */
  private readonly added = new Map<string, RootKeyProviderConfig>();
  private lastReload = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly tenants: TenantsConfig,
    private readonly logger: ServiceLogger,
    private readonly opener: ProviderOpener = openRootKeyProvider,
    private readonly reload?: TenantReload,
  ) {}

  get defaultTenant(): string {
    return this.tenants.defaultTenant;
  }

  serves(tenant: string): boolean {
    if (this.configOf(tenant) !== undefined) return true;
    this.reloadTenants();
    return this.configOf(tenant) !== undefined;
  }

  private configOf(tenant: string): RootKeyProviderConfig | undefined {
    return this.tenants.providers.get(tenant) ?? this.added.get(tenant);
  }

  private reloadTenants(): void {
    if (this.reload === undefined) return;
    const now = (this.reload.now ?? Date.now)();
    if (now - this.lastReload < (this.reload.intervalMs ?? 1_000)) return;
    this.lastReload = now;
    let current: TenantsConfig;
    try {
      current = this.reload.read();
    } catch (error) {
      this.logger.warn(`reading the tenants again failed: ${describeError(error)}`);
      return;
    }
    for (const [tenant, config] of current.providers) {
      if (this.configOf(tenant) !== undefined) continue;
      this.added.set(tenant, config);
      this.logger.info(`tenant ${tenant}: now served (added to the tenants file)`);
    }
  }

  /** The tenant's provider; fails for a tenant not served here (callers check `serves` first). */
  providerFor(tenant: string): Promise<RootKeyProvider> {
    if (this.closed) return Promise.reject(new Error('the tenant root keys are closed'));
    let provider = this.open.get(tenant);
    if (!provider) {
      const config = this.configOf(tenant);
      if (!config) return Promise.reject(new Error(`tenant ${tenant} is not served here`));
      provider = this.opener(config);
      this.open.set(tenant, provider);
      // A failed open is not kept: the next call tries again (the HSM or Key Protect may be back).
      provider.catch(() => {
        if (this.open.get(tenant) === provider) this.open.delete(tenant);
      });
    }
    return provider;
  }

  /** Makes the provider see root key versions created elsewhere; returns the provider to use from now on. */
  async refresh(tenant: string): Promise<RootKeyProvider> {
    const current = await this.providerFor(tenant);
    if (current.kind !== 'local') {
      await current.describe();
      return current;
    }
    const fresh = await this.opener(this.configOf(tenant)!);
    const before = await current.describe();
    const after = await fresh.describe();
    if (Number(after.currentVersion) <= Number(before.currentVersion)) {
      await fresh.close();
      return current;
    }
    this.open.set(tenant, Promise.resolve(fresh));
    this.retire(current);
    this.logger.info(`tenant ${tenant}: root key ${after.rootKeyId} now at version ${after.currentVersion}`);
    return fresh;
  }

  /** Refreshes every opened provider every `intervalMs` (0: never). */
  startRefreshing(intervalMs: number): void {
    if (intervalMs <= 0) return;
    this.refreshTimer = setInterval(() => {
      for (const tenant of this.open.keys()) {
        this.refresh(tenant).catch((error: unknown) =>
          this.logger.warn(`tenant ${tenant}: refreshing the root key failed: ${describeError(error)}`),
        );
      }
    }, intervalMs);
    this.refreshTimer.unref();
  }

  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.refreshTimer);
    const providers = await Promise.allSettled([...this.open.values()]);
    this.open.clear();
    const all = [...providers.flatMap((p) => (p.status === 'fulfilled' ? [p.value] : [])), ...this.retiring];
    this.retiring.clear();
    await Promise.allSettled(all.map((p) => p.close()));
  }

  private retire(provider: RootKeyProvider): void {
    this.retiring.add(provider);
    setTimeout(() => {
      if (this.retiring.delete(provider)) void provider.close().catch(() => undefined);
    }, RETIRE_AFTER_MS).unref();
  }
}

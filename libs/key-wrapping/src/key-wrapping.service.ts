/**
 * The logic the key-wrapping service serves (generate, register, unwrap, health) and the side effects it runs
 * from the event log (erase on KeyDestroyed, rewrap on RootKeyRotated), over a root key provider per tenant and
 * the vault. Framework-free: the NestJS service is a thin adapter around it.
 *
 * Idempotency: generate and register of an object that already has a blob leave it as it is (register checks
 * that the material is the same); erase of an absent object is fine; rewrapTenant skips what is already at the
 * current version. Plaintext leaves only through unwrap(), and its caller zeroes it.
 */
import { timingSafeEqual } from 'node:crypto';
import { KekGenerator, KekLengthBits } from './kek/kek-generator';
import { KekNotFound, KeyWrappingError, VaultConflict } from './key-wrapping.errors';
import type { ProviderDescription, RootKeyProvider, WrapMechanism, WrappedKey } from './root-key-provider.port';
import { sameWrappedKey, type WrappedKekVault } from './vault/wrapped-kek.vault';
import { zeroize } from './zeroize';

export interface KeyWrappingServiceOptions {
  /** The root key provider of a tenant (each tenant has its own CRK). */
  readonly providerFor: (tenant: string) => RootKeyProvider | Promise<RootKeyProvider>;
  readonly vault: WrappedKekVault;
  readonly randomSource?: 'provider' | 'node';
}

export interface KekInfo {
  readonly tenant: string;
  readonly objectId: string;
  readonly rootKeyId: string;
  readonly rootKeyVersion: string;
  readonly mechanism: WrapMechanism;
  /** False when the object already had a KEK and nothing was changed. */
  readonly created: boolean;
}

export interface RewrapReport {
  readonly tenant: string;
  readonly rootKeyId: string;
  readonly toVersion: string;
  /** Objects whose blob moved to the current version (each becomes a KeyRewrapped event). */
  readonly rewrapped: readonly { objectId: string; fromRootKeyId: string; fromVersion: string }[];
  /** Objects that could not be rewrapped, with the error code (no message: they are logged by the caller). */
  readonly failed: readonly { objectId: string; code: string }[];
}

export interface KeyWrappingHealth {
  readonly provider: ProviderDescription;
  readonly vault: 'ok';
}

export class KeyWrappingService {
  constructor(private readonly options: KeyWrappingServiceOptions) {}

  /**
   * A new KEK for the object, or the one it already has (a retried call): the vault refuses a second blob for the
   * object, and that one is returned. Not asking the vault first saves a round trip on every Create; a retry costs a
   * wrap instead.
   */
  async generate(tenant: string, objectId: string, lengthBits: KekLengthBits = 256): Promise<KekInfo> {
    const wrapped = await (await this.kek(tenant)).generate(tenant, objectId, lengthBits);
    try {
      await this.options.vault.store(tenant, objectId, wrapped);
      return info(tenant, objectId, wrapped, true);
    } catch (err) {
      // An earlier or concurrent generate of the same object won: its KEK is the one.
      const winner = err instanceof VaultConflict ? await this.options.vault.get(tenant, objectId) : undefined;
      if (winner) return info(tenant, objectId, winner.wrapped, false);
      throw err;
    }
  }

  /** Wraps and stores client-supplied material; the caller zeroes its buffer. */
  async register(tenant: string, objectId: string, material: Uint8Array): Promise<KekInfo> {
    const kek = await this.kek(tenant);
    const existing = await this.options.vault.get(tenant, objectId);
    if (existing) {
      await this.assertSameMaterial(kek, tenant, objectId, existing.wrapped, material);
      return info(tenant, objectId, existing.wrapped, false);
    }
    const wrapped = await kek.register(tenant, objectId, material);
    await this.options.vault.store(tenant, objectId, wrapped);
    return info(tenant, objectId, wrapped, true);
  }

  /**
   * The KEK in plaintext, for a Get. The caller owns the buffer and zeroes it once sent. When the provider
   * re-wrapped the blob on the way (Key Protect after a rotation), the vault keeps the new blob.
   */
  async unwrap(tenant: string, objectId: string): Promise<Buffer> {
    const vault = this.options.vault;
    let record = await vault.get(tenant, objectId);
    if (!record) throw new KekNotFound(`no wrapped KEK for ${tenant}/${objectId}`);
    const kek = await this.kek(tenant);
    let unwrapped;
    try {
      unwrapped = await kek.unwrap(tenant, objectId, record.wrapped);
    } catch (err) {
      // A blob the vault kept in memory may have been rewrapped or erased elsewhere a moment ago: the stored one
      // decides. A failure on the blob as stored stands.
      const stored = await vault.getStored(tenant, objectId);
      if (!stored) throw new KekNotFound(`no wrapped KEK for ${tenant}/${objectId}`);
      if (sameWrappedKey(stored.wrapped, record.wrapped)) throw err;
      record = stored;
      unwrapped = await kek.unwrap(tenant, objectId, record.wrapped);
    }
    const { plaintext, rewrapped } = unwrapped;
    if (rewrapped) await vault.replace(tenant, objectId, record.wrapped, rewrapped);
    return plaintext;
  }

  /** Erases the blob of a destroyed object; true if there was one. */
  erase(tenant: string, objectId: string): Promise<boolean> {
    return this.options.vault.erase(tenant, objectId);
  }

  /** Moves every blob of the tenant to the provider's current root key version, page by page. */
  async rewrapTenant(tenant: string, pageSize = 100): Promise<RewrapReport> {
    const provider = await this.options.providerFor(tenant);
    const kek = new KekGenerator(provider, { randomSource: this.options.randomSource });
    const { rootKeyId, currentVersion } = await provider.describe();
    const rewrapped: { objectId: string; fromRootKeyId: string; fromVersion: string }[] = [];
    const failed: { objectId: string; code: string }[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await this.options.vault.listNotAtVersion(tenant, rootKeyId, currentVersion, {
        after,
        limit: pageSize,
      });
      for (const record of page) {
        try {
          const next = await kek.rewrap(tenant, record.objectId, record.wrapped);
          const outcome = await this.options.vault.replace(tenant, record.objectId, record.wrapped, next);
          if (outcome === 'replaced') {
            rewrapped.push({
              objectId: record.objectId,
              fromRootKeyId: record.wrapped.rootKeyId,
              fromVersion: record.wrapped.rootKeyVersion,
            });
          }
        } catch (err) {
          if (!(err instanceof KeyWrappingError)) throw err;
          failed.push({ objectId: record.objectId, code: err.code });
        }
      }
      if (page.length < pageSize) break;
      after = page[page.length - 1].objectId;
    }
    return { tenant, rootKeyId, toVersion: currentVersion, rewrapped, failed };
  }

  /** Talks to the tenant's provider and to the vault. */
  async health(tenant: string): Promise<KeyWrappingHealth> {
    const provider = await (await this.options.providerFor(tenant)).describe();
    await this.options.vault.countByRootKeyVersion(tenant);
    return { provider, vault: 'ok' };
  }

  private async kek(tenant: string): Promise<KekGenerator> {
    return new KekGenerator(await this.options.providerFor(tenant), { randomSource: this.options.randomSource });
  }

  private async assertSameMaterial(
    kek: KekGenerator,
    tenant: string,
    objectId: string,
    wrapped: WrappedKey,
    material: Uint8Array,
  ): Promise<void> {
    const { plaintext } = await kek.unwrap(tenant, objectId, wrapped);
    try {
      const same = plaintext.length === material.length && timingSafeEqual(plaintext, material);
      if (!same) throw new VaultConflict(`${tenant}/${objectId} is already registered with other key material`);
    } finally {
      zeroize(plaintext);
    }
  }
}

function info(tenant: string, objectId: string, wrapped: WrappedKey, created: boolean): KekInfo {
  return {
    tenant,
    objectId,
    rootKeyId: wrapped.rootKeyId,
    rootKeyVersion: wrapped.rootKeyVersion,
    mechanism: wrapped.mechanism,
    created,
  };
}

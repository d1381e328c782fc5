/**
 * The `pkcs11` root key provider: the CRK is a non-extractable AES-256 key in an HSM token (any PKCS#11 module;
 * SoftHSM2 in tests), found by label; see pkcs11-root-key-objects.ts for how versions are named.
 *
 * Blobs are CKM_AES_GCM (PKCS#11 v3.0 §2.13.2.7): the AAD goes into CK_GCM_PARAMS, the 12-byte IV comes from
 * the HSM's RNG (or node's CSPRNG), the tag is 128 bits; blob = IV || ciphertext || tag. CKM_AES_KEY_WRAP_PAD /
 * _KWP (RFC 5649) are not used: they have no AAD, and their number differs between SoftHSM2 (0x210A) and
 * PKCS#11 3.x (0x210B).
 *
 * pkcs11js calls are synchronous on the JavaScript thread, except the *Async variants that run on libuv's
 * worker threads. By default C_Encrypt/C_Decrypt use the latter so that a slow (network) HSM does not stall the
 * event loop; `calls: 'blocking'` uses the synchronous ones, which are faster with an in-process token such as
 * SoftHSM2. Everything else (init, find, generate, random) is synchronous and short.
 */
import { randomBytes } from 'node:crypto';
import type { PKCS11 } from 'pkcs11js';
import * as pkcs11js from 'pkcs11js';
import { InvalidKeyMaterial, RootKeyNotFound, RotationNotPermitted, UnwrapFailed } from '../key-wrapping.errors';
import type {
  ProviderDescription,
  RootKeyProvider,
  RootKeyVersion,
  UnwrapResult,
  WrappedKey,
} from '../root-key-provider.port';
import { zeroize } from '../zeroize';
import { mapPkcs11Error, pkcs11Failure } from './pkcs11-error-mapping';
import { CKR } from './pkcs11-return-values';
import { acquirePkcs11Module, Pkcs11Module } from './pkcs11-module';
import {
  findRootKeyVersions,
  findSlotByTokenLabel,
  generateRootKeyVersion,
  listRootKeyObjects,
} from './pkcs11-root-key-objects';
import { Pkcs11SessionPool } from './pkcs11-session-pool';

export interface Pkcs11RootKeyProviderOptions {
  /** Path of the PKCS#11 module, e.g. /usr/lib/softhsm/libsofthsm2.so. */
  readonly library: string;
  readonly tokenLabel: string;
  /** The user PIN. */
  readonly pin: string;
  /** The CRK label; versions are `<keyLabel>.v<N>`. */
  readonly keyLabel: string;
  /** Sessions opened on the token, i.e. operations in flight at once. Default 4. */
  readonly sessions?: number;
  /** Where GCM IVs come from. Default 'hsm' (C_GenerateRandom). */
  readonly ivSource?: 'hsm' | 'node';
  /** Run C_Encrypt/C_Decrypt on worker threads ('offloaded', default) or on the JavaScript thread ('blocking'). */
  readonly calls?: 'offloaded' | 'blocking';
  /**
   * Layout of the GCM parameters: 'v2.40' (CK_GCM_PARAMS with ulIvBits, as SoftHSM2 and PKCS#11 2.40+ define it;
   * default) or 'v2.30' (without ulIvBits, for older modules).
   */
  readonly gcmParams?: 'v2.40' | 'v2.30';
}

const IV_BYTES = 12;
const TAG_BYTES = 16;

export class Pkcs11RootKeyProvider implements RootKeyProvider {
  readonly kind = 'pkcs11';
  readonly rootKeyId: string;
  private versions = new Map<number, Buffer>();
  private currentVersion = 0;
  private rotating: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly options: Pkcs11RootKeyProviderOptions,
    private readonly module: Pkcs11Module,
    private readonly pool: Pkcs11SessionPool,
  ) {
    this.rootKeyId = pkcs11RootKeyId(options.tokenLabel, options.keyLabel);
  }

  /** Opens sessions on the token and finds the root key; fails with RootKeyNotFound if it has no version yet. */
  static async open(options: Pkcs11RootKeyProviderOptions): Promise<Pkcs11RootKeyProvider> {
    const module = acquirePkcs11Module(options.library);
    let pool: Pkcs11SessionPool | undefined;
    try {
      const slot = findSlotByTokenLabel(module.pkcs11, options.tokenLabel);
      pool = new Pkcs11SessionPool(module.pkcs11, slot, options.pin, options.sessions ?? 4);
      const provider = new Pkcs11RootKeyProvider(options, module, pool);
      await provider.refresh();
      if (provider.currentVersion === 0) {
        throw new RootKeyNotFound(`PKCS#11 token "${options.tokenLabel}" holds no root key "${options.keyLabel}"`);
      }
      return provider;
    } catch (err) {
      await pool?.close();
      module.release();
      throw err;
    }
  }

  private get pkcs11(): PKCS11 {
    return this.module.pkcs11;
  }

  async wrap(plaintext: Uint8Array, aad: Uint8Array): Promise<WrappedKey> {
    if (plaintext.length === 0) throw new InvalidKeyMaterial('nothing to wrap');
    const version = this.currentVersion;
    const input = Buffer.from(plaintext);
    try {
      const ciphertext = await this.withKey(version, 'C_Encrypt', 'other', (session, key) => {
        const iv = this.options.ivSource === 'node' ? randomBytes(IV_BYTES) : this.random(session, IV_BYTES);
        this.pkcs11.C_EncryptInit(session, this.gcm(iv, aad), key);
        const output = Buffer.alloc(input.length + TAG_BYTES);
        const sealed =
          this.options.calls === 'blocking'
            ? this.pkcs11.C_Encrypt(session, input, output)
            : this.pkcs11.C_EncryptAsync(session, input, output);
        return Promise.resolve(sealed).then((body) => Buffer.concat([iv, body]));
      });
      return { ciphertext, rootKeyId: this.rootKeyId, rootKeyVersion: String(version), mechanism: 'CKM_AES_GCM' };
    } finally {
      zeroize(input);
    }
  }

  async unwrap(wrapped: WrappedKey, aad: Uint8Array): Promise<UnwrapResult> {
    if (wrapped.mechanism !== 'CKM_AES_GCM') {
      throw new UnwrapFailed(`mechanism ${wrapped.mechanism} is not a PKCS#11 provider mechanism`);
    }
    const version = await this.versionOf(wrapped);
    const blob = wrapped.ciphertext;
    if (blob.length < IV_BYTES + TAG_BYTES) throw new UnwrapFailed('CKM_AES_GCM blob is too short');
    const iv = Buffer.from(blob.subarray(0, IV_BYTES));
    const body = Buffer.from(blob.subarray(IV_BYTES));
    const plaintext = await this.withKey(version, 'C_Decrypt', 'decrypt', (session, key) => {
      this.pkcs11.C_DecryptInit(session, this.gcm(iv, aad), key);
      const output = Buffer.alloc(body.length);
      return this.options.calls === 'blocking'
        ? this.pkcs11.C_Decrypt(session, body, output)
        : this.pkcs11.C_DecryptAsync(session, body, output);
    });
    return { plaintext };
  }

  async rewrap(wrapped: WrappedKey, aad: Uint8Array): Promise<WrappedKey> {
    if (
      wrapped.rootKeyId === this.rootKeyId &&
      wrapped.rootKeyVersion === String(this.currentVersion) &&
      wrapped.mechanism === 'CKM_AES_GCM'
    ) {
      return wrapped;
    }
    const { plaintext } = await this.unwrap(wrapped, aad);
    try {
      return await this.wrap(plaintext, aad);
    } finally {
      zeroize(plaintext);
    }
  }

  /**
   * Creates version N+1 in the token. Two processes rotating at the same instant could both create N+1: each
   * looks again after creating its key, and on finding a twin destroys its own and fails with
   * RotationNotPermitted (the operator retries), so a version label never stays ambiguous.
   */
  rotate(): Promise<RootKeyVersion> {
    const run = this.rotating.then(() =>
      this.pool.use((session) => {
        const label = this.options.keyLabel;
        // Re-read the token first: another process may have rotated since.
        const next = Math.max(0, ...findRootKeyVersions(this.pkcs11, session, label).keys()) + 1;
        const created = generateRootKeyVersion(this.pkcs11, session, label, next);
        if (listRootKeyObjects(this.pkcs11, session, label).filter((o) => o.version === next).length > 1) {
          try {
            this.pkcs11.C_DestroyObject(session, created);
          } catch (err) {
            throw mapPkcs11Error(err, 'C_DestroyObject');
          }
          throw new RotationNotPermitted(`another rotation of ${this.rootKeyId} created version ${next} too; retry`);
        }
        this.adopt(findRootKeyVersions(this.pkcs11, session, label));
        return { rootKeyId: this.rootKeyId, version: String(next) };
      }),
    );
    this.rotating = run.catch(() => undefined);
    return run;
  }

  /** Also a health check: it talks to the token. */
  async describe(): Promise<ProviderDescription> {
    await this.refresh();
    return {
      provider: this.kind,
      rootKeyId: this.rootKeyId,
      currentVersion: String(this.currentVersion),
      mechanism: 'CKM_AES_GCM',
      versions: [...this.versions.keys()].sort((a, b) => a - b).map(String),
      details: {
        library: this.options.library,
        tokenLabel: this.options.tokenLabel,
        keyLabel: this.options.keyLabel,
        sessions: this.pool.size,
        ivSource: this.options.ivSource ?? 'hsm',
        calls: this.options.calls ?? 'offloaded',
      },
    };
  }

  randomBytes(length: number): Promise<Buffer> {
    return this.pool.use((session) => this.random(session, length));
  }

  async close(): Promise<void> {
    await this.pool.close();
    this.versions.clear();
    this.module.release();
  }

  /** Re-reads the versions present in the token. */
  private async refresh(): Promise<void> {
    const versions = await this.pool.use((session) => findRootKeyVersions(this.pkcs11, session, this.options.keyLabel));
    this.adopt(versions);
  }

  private adopt(versions: Map<number, Buffer>): void {
    this.versions = versions;
    this.currentVersion = Math.max(0, ...versions.keys());
  }

  /** The numeric version of a blob's root key, re-reading the token once if it is newer than what we know. */
  private async versionOf(wrapped: WrappedKey): Promise<number> {
    if (wrapped.rootKeyId !== this.rootKeyId) {
      throw new RootKeyNotFound(
        `blob was wrapped by root key ${wrapped.rootKeyId}, this provider uses ${this.rootKeyId}`,
      );
    }
    const version = /^[1-9][0-9]{0,8}$/.test(wrapped.rootKeyVersion) ? Number(wrapped.rootKeyVersion) : NaN;
    if (!this.versions.has(version) && Number.isInteger(version)) await this.refresh();
    if (!this.versions.has(version)) {
      throw new RootKeyNotFound(`root key ${this.rootKeyId} has no version ${wrapped.rootKeyVersion}`);
    }
    return version;
  }

  /**
   * Runs `operation` on a pooled session with the handle of a root key version. Object handles are not fixed for
   * the lifetime of an object (PKCS#11 v3.0 §4.4.1; SoftHSM2 drops them when the last session closes), so a
   * stale handle is looked up again once.
   */
  private async withKey<T>(
    version: number,
    call: string,
    during: 'decrypt' | 'other',
    operation: (session: Buffer, key: Buffer) => T | Promise<T>,
  ): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const key = this.versions.get(version);
      if (!key) throw new RootKeyNotFound(`root key ${this.rootKeyId} has no version ${version}`);
      try {
        return await this.pool.use((session) => operation(session, key));
      } catch (err) {
        if (attempt === 1 && isStaleHandle(err)) {
          await this.refresh();
          continue;
        }
        throw mapPkcs11Error(err, call, during);
      }
    }
  }

  private random(session: Buffer, length: number): Buffer {
    try {
      return this.pkcs11.C_GenerateRandom(session, Buffer.alloc(length));
    } catch (err) {
      throw mapPkcs11Error(err, 'C_GenerateRandom');
    }
  }

  private gcm(iv: Buffer, aad: Uint8Array): pkcs11js.Mechanism {
    const type = this.options.gcmParams === 'v2.30' ? pkcs11js.CK_PARAMS_AES_GCM : pkcs11js.CK_PARAMS_AES_GCM_v240;
    const parameter: pkcs11js.AesGCM = {
      type,
      iv,
      ivBits: IV_BYTES * 8,
      aad: Buffer.from(aad),
      tagBits: TAG_BYTES * 8,
    };
    return { mechanism: pkcs11js.CKM_AES_GCM, parameter };
  }
}

/** The root key id recorded with every blob: token and key label, in the spirit of RFC 7512 PKCS#11 URIs. */
export function pkcs11RootKeyId(tokenLabel: string, keyLabel: string): string {
  return `pkcs11:token=${encodeURIComponent(tokenLabel)};object=${encodeURIComponent(keyLabel)}`;
}

function isStaleHandle(err: unknown): boolean {
  const code = pkcs11Failure(err)?.code;
  return code === CKR.KEY_HANDLE_INVALID || code === CKR.OBJECT_HANDLE_INVALID;
}

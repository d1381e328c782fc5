/**
 * The `local` root key provider: root key versions in a keystore file (see local-keystore.ts), for development
 * and the embedded mode. The keys are held as node KeyObjects (outside the JavaScript heap) once loaded.
 *
 * AES-256-GCM is the default because its AAD binds a blob to its tenant and object id. RFC 5649 key wrap with
 * padding (`id-aes256-wrap-pad`) has no AAD, so the KWP option wraps under a key derived per AAD with
 * HKDF-SHA256(root key, AAD): a blob unwrapped with another AAD meets a different key and fails KWP's
 * integrity check.
 */
import { createCipheriv, createDecipheriv, createSecretKey, hkdfSync, KeyObject, randomBytes } from 'node:crypto';
import { InvalidKeyMaterial, KeystoreInvalid, RootKeyNotFound, UnwrapFailed } from '../key-wrapping.errors';
import type {
  ProviderDescription,
  RootKeyProvider,
  RootKeyVersion,
  UnwrapResult,
  WrapMechanism,
  WrappedKey,
} from '../root-key-provider.port';
import { zeroize } from '../zeroize';
import {
  createKeystore,
  KeystoreContents,
  KeystorePermissionPolicy,
  readKeystore,
  ROOT_KEY_BYTES,
  writeKeystore,
} from './local-keystore';
import { withKeystoreLock } from './local-keystore-lock';

export type LocalMechanism = Extract<WrapMechanism, 'AES-256-GCM' | 'AES-256-KWP-HKDF'>;

export interface LocalRootKeyProviderOptions {
  readonly keystorePath: string;
  /** Mechanism for new blobs; both always unwrap. Default AES-256-GCM. */
  readonly mechanism?: LocalMechanism;
  /** Create the keystore with a first root key version when the file does not exist. Default false. */
  readonly createIfMissing?: boolean;
  /** A keystore readable by group or others is refused by default; 'warn' accepts it and calls `warn`. */
  readonly permissions?: KeystorePermissionPolicy;
  readonly warn?: (message: string) => void;
}

const GCM_IV_BYTES = 12;
const GCM_TAG_BYTES = 16;
const KWP_IV = Buffer.from('a65959a6', 'hex'); // RFC 5649 §3 alternative initial value
const KWP_SALT = Buffer.from('kmip-vmware/local-kwp/v1', 'utf8');

export class LocalRootKeyProvider implements RootKeyProvider {
  readonly kind = 'local';
  private readonly keys = new Map<number, KeyObject>();
  private rootKeyId = '';
  private currentVersion = 0;
  private serial: Promise<unknown> = Promise.resolve();
  private closed = false;

  private constructor(private readonly options: LocalRootKeyProviderOptions) {}

  static async open(options: LocalRootKeyProviderOptions): Promise<LocalRootKeyProvider> {
    const provider = new LocalRootKeyProvider(options);
    let contents: KeystoreContents;
    try {
      contents = await provider.read();
    } catch (err) {
      if (!options.createIfMissing || !(err instanceof KeystoreInvalid) || err.problem !== 'missing') throw err;
      contents = await createKeystore(options.keystorePath).catch(async (createErr: unknown) => {
        // Another process may have created it between our read and our create.
        if (createErr instanceof KeystoreInvalid && createErr.problem === 'exists') return provider.read();
        throw createErr;
      });
    }
    provider.load(contents);
    return provider;
  }

  private get mechanism(): LocalMechanism {
    return this.options.mechanism ?? 'AES-256-GCM';
  }

  wrap(plaintext: Uint8Array, aad: Uint8Array): Promise<WrappedKey> {
    this.assertOpen();
    if (plaintext.length === 0) return Promise.reject(new InvalidKeyMaterial('nothing to wrap'));
    const version = this.currentVersion;
    const key = this.keys.get(version)!;
    const ciphertext = this.mechanism === 'AES-256-GCM' ? gcmSeal(key, plaintext, aad) : kwpSeal(key, plaintext, aad);
    return Promise.resolve({
      ciphertext,
      rootKeyId: this.rootKeyId,
      rootKeyVersion: String(version),
      mechanism: this.mechanism,
    });
  }

  async unwrap(wrapped: WrappedKey, aad: Uint8Array): Promise<UnwrapResult> {
    this.assertOpen();
    const key = await this.keyFor(wrapped);
    switch (wrapped.mechanism) {
      case 'AES-256-GCM':
        return { plaintext: gcmOpen(key, wrapped.ciphertext, aad) };
      case 'AES-256-KWP-HKDF':
        return { plaintext: kwpOpen(key, wrapped.ciphertext, aad) };
      default:
        throw new UnwrapFailed(`mechanism ${wrapped.mechanism} is not a local provider mechanism`);
    }
  }

  async rewrap(wrapped: WrappedKey, aad: Uint8Array): Promise<WrappedKey> {
    if (
      wrapped.rootKeyId === this.rootKeyId &&
      wrapped.rootKeyVersion === String(this.currentVersion) &&
      wrapped.mechanism === this.mechanism
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

  rotate(): Promise<RootKeyVersion> {
    return this.serialized(() =>
      withKeystoreLock(this.options.keystorePath, async () => {
        this.assertOpen();
        // Start from the file, not from memory: another process may have rotated since we loaded it.
        const onDisk = await this.read();
        try {
          const next = Math.max(...onDisk.versions.map((v) => v.version)) + 1;
          const rotated: KeystoreContents = {
            rootKeyId: onDisk.rootKeyId,
            currentVersion: next,
            versions: [
              ...onDisk.versions,
              { version: next, createdAt: new Date().toISOString(), key: randomBytes(ROOT_KEY_BYTES) },
            ],
          };
          await writeKeystore(this.options.keystorePath, rotated);
          this.load(rotated);
          return { rootKeyId: this.rootKeyId, version: String(next) };
        } finally {
          zeroize(...onDisk.versions.map((v) => v.key));
        }
      }),
    );
  }

  describe(): Promise<ProviderDescription> {
    return Promise.resolve({
      provider: this.kind,
      rootKeyId: this.rootKeyId,
      currentVersion: String(this.currentVersion),
      mechanism: this.mechanism,
      versions: [...this.keys.keys()].sort((a, b) => a - b).map(String),
      details: { keystorePath: this.options.keystorePath },
    });
  }

  close(): Promise<void> {
    this.closed = true;
    this.keys.clear();
    return Promise.resolve();
  }

  private async keyFor(wrapped: WrappedKey): Promise<KeyObject> {
    if (wrapped.rootKeyId !== this.rootKeyId) {
      throw new RootKeyNotFound(
        `blob was wrapped by root key ${wrapped.rootKeyId}, this keystore holds ${this.rootKeyId}`,
      );
    }
    const version = /^[1-9][0-9]{0,14}$/.test(wrapped.rootKeyVersion) ? Number(wrapped.rootKeyVersion) : NaN;
    if (!this.keys.has(version) && Number.isSafeInteger(version)) {
      // Another process may have rotated the keystore since we loaded it.
      await this.serialized(async () => this.load(await this.read()));
    }
    const key = this.keys.get(version);
    if (!key) throw new RootKeyNotFound(`root key ${this.rootKeyId} has no version ${wrapped.rootKeyVersion}`);
    return key;
  }

  private read(): Promise<KeystoreContents> {
    return readKeystore(this.options.keystorePath, { permissions: this.options.permissions, warn: this.options.warn });
  }

  /** Takes the key versions into KeyObjects and zeroes the raw buffers. */
  private load(contents: KeystoreContents): void {
    for (const { version, key } of contents.versions) {
      if (!this.keys.has(version)) this.keys.set(version, createSecretKey(key));
      zeroize(key);
    }
    this.rootKeyId = contents.rootKeyId;
    this.currentVersion = Math.max(this.currentVersion, contents.currentVersion);
  }

  private serialized<T>(task: () => Promise<T>): Promise<T> {
    const run = this.serial.then(task, task);
    this.serial = run.catch(() => undefined);
    return run;
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('local root key provider is closed');
  }
}

function gcmSeal(key: KeyObject, plaintext: Uint8Array, aad: Uint8Array): Buffer {
  const iv = randomBytes(GCM_IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: GCM_TAG_BYTES });
  cipher.setAAD(aad);
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([iv, body, cipher.getAuthTag()]);
}

function gcmOpen(key: KeyObject, blob: Buffer, aad: Uint8Array): Buffer {
  if (blob.length < GCM_IV_BYTES + GCM_TAG_BYTES) throw new UnwrapFailed('AES-256-GCM blob is too short');
  const iv = blob.subarray(0, GCM_IV_BYTES);
  const tag = blob.subarray(blob.length - GCM_TAG_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: GCM_TAG_BYTES });
  decipher.setAAD(aad);
  decipher.setAuthTag(tag);
  const head = decipher.update(blob.subarray(GCM_IV_BYTES, blob.length - GCM_TAG_BYTES));
  try {
    const tail = decipher.final();
    const plaintext = Buffer.concat([head, tail]);
    zeroize(head, tail);
    return plaintext;
  } catch {
    zeroize(head);
    throw new UnwrapFailed('AES-256-GCM authentication failed (wrong AAD, tampered blob or wrong key)');
  }
}

function kwpKey(rootKey: KeyObject, aad: Uint8Array): Buffer {
  return Buffer.from(hkdfSync('sha256', rootKey, KWP_SALT, aad, ROOT_KEY_BYTES));
}

function kwpSeal(rootKey: KeyObject, plaintext: Uint8Array, aad: Uint8Array): Buffer {
  const derived = kwpKey(rootKey, aad);
  try {
    const cipher = createCipheriv('id-aes256-wrap-pad', derived, KWP_IV);
    return Buffer.concat([cipher.update(plaintext), cipher.final()]);
  } finally {
    zeroize(derived);
  }
}

function kwpOpen(rootKey: KeyObject, blob: Buffer, aad: Uint8Array): Buffer {
  // RFC 5649 output is at least 16 bytes and a multiple of 8.
  if (blob.length < 16 || blob.length % 8 !== 0) throw new UnwrapFailed('AES-256-KWP blob has an invalid length');
  const derived = kwpKey(rootKey, aad);
  let head: Buffer | undefined;
  try {
    const decipher = createDecipheriv('id-aes256-wrap-pad', derived, KWP_IV);
    head = decipher.update(blob);
    const tail = decipher.final();
    const plaintext = Buffer.concat([head, tail]);
    zeroize(head, tail);
    return plaintext;
  } catch {
    zeroize(head);
    throw new UnwrapFailed('AES-256-KWP integrity check failed (wrong AAD, tampered blob or wrong key)');
  } finally {
    zeroize(derived);
  }
}

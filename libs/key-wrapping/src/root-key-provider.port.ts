/**
 * The port every root key manager implements. A root key (the tenant's CRK) never leaves its provider; the
 * provider only wraps and unwraps small secrets (KEKs) under it, binding each blob to caller-supplied AAD.
 */

/** How a blob was wrapped. Stored in the vault: these strings never change meaning. */
export type WrapMechanism =
  /** Local keystore, AES-256-GCM; blob = 12-byte IV || ciphertext || 16-byte tag. */
  | 'AES-256-GCM'
  /** Local keystore, RFC 5649 key wrap with padding under a per-AAD key derived by HKDF-SHA256 from the root key. */
  | 'AES-256-KWP-HKDF'
  /** PKCS#11 CKM_AES_GCM in the HSM; blob = 12-byte IV || ciphertext || 16-byte tag. */
  | 'CKM_AES_GCM'
  /** IBM Key Protect / HPCS wrap action; blob = the service's ciphertext string (UTF-8 bytes). */
  | 'KEYPROTECT';

export type ProviderKind = 'local' | 'pkcs11' | 'keyprotect';

export interface WrappedKey {
  readonly ciphertext: Buffer;
  readonly rootKeyId: string;
  /** The root key version that wrapped the blob (a number as text for local/pkcs11, a UUID for Key Protect). */
  readonly rootKeyVersion: string;
  readonly mechanism: WrapMechanism;
}

export interface UnwrapResult {
  /** The caller owns this buffer and should zero it after use. */
  readonly plaintext: Buffer;
  /** Set when the provider re-wrapped the blob to a newer root key version on the way: keep it instead. */
  readonly rewrapped?: WrappedKey;
}

export interface RootKeyVersion {
  readonly rootKeyId: string;
  readonly version: string;
}

/** What a provider is, without anything secret: for health checks, logs and the operator CLI. */
export interface ProviderDescription {
  readonly provider: ProviderKind;
  readonly rootKeyId: string;
  readonly currentVersion: string;
  readonly mechanism: WrapMechanism;
  /** Versions this instance can unwrap, when the provider can list them. */
  readonly versions?: readonly string[];
  readonly details?: Readonly<Record<string, string | number | boolean>>;
}

export interface RootKeyProvider {
  readonly kind: ProviderKind;
  /** Wraps under the current root key version. */
  wrap(plaintext: Uint8Array, aad: Uint8Array): Promise<WrappedKey>;
  /** Fails with UnwrapFailed when the AAD, the blob or the key does not match. */
  unwrap(wrapped: WrappedKey, aad: Uint8Array): Promise<UnwrapResult>;
  /** Re-wraps to the current root key version (returns the blob unchanged when it is already there). */
  rewrap(wrapped: WrappedKey, aad: Uint8Array): Promise<WrappedKey>;
  /** Creates a new root key version and makes it current; older versions still unwrap. */
  rotate(): Promise<RootKeyVersion>;
  describe(): Promise<ProviderDescription>;
  /** Random bytes from the provider's own RNG (an HSM's), when it has one. */
  randomBytes?(length: number): Promise<Buffer>;
  close(): Promise<void>;
}

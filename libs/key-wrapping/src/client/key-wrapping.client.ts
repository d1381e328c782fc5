/**
 * The port the KMIP gateway uses to reach key material (DESIGN §4): the key-wrapping service in-process (embedded
 * mode) or over mutual TLS (distributed mode). Every failure is a `KeyWrappingClientError` with a code.
 */
import type { KekLengthBits } from '../kek/kek-generator';
import type { ProviderKind, WrapMechanism } from '../root-key-provider.port';

export interface KekAddress {
  readonly tenant: string;
  readonly objectId: string;
}

export interface GenerateKekRequest extends KekAddress {
  /** Default 256. */
  readonly lengthBits?: KekLengthBits;
}

export interface RegisterKekRequest extends KekAddress {
  /** Client-supplied key material; the caller keeps and zeroes its buffer. */
  readonly material: Uint8Array;
}

/** Which root key version wrapped an object's key: what the gateway records in the object's events. */
export interface WrappedKekReference {
  readonly rootKeyId: string;
  /** A number as text for the local and PKCS#11 providers, a version id for Key Protect. */
  readonly rootKeyVersion: string;
  readonly mechanism: WrapMechanism;
  /** False when the object already had key material and nothing changed (a retried generate or register). */
  readonly created: boolean;
}

export interface KeyWrappingHealthReport {
  readonly status: 'ok';
  readonly tenant: string;
  readonly provider: ProviderKind;
  readonly rootKeyId: string;
  readonly currentRootKeyVersion: string;
  readonly mechanism: WrapMechanism;
}

export interface KeyWrappingClient {
  /** Generates a KEK for the object and keeps it wrapped; idempotent per object. */
  generate(request: GenerateKekRequest): Promise<WrappedKekReference>;
  /** Wraps and keeps client-supplied material; the same material again is a no-op, other material a CONFLICT. */
  register(request: RegisterKekRequest): Promise<WrappedKekReference>;
  /** The key material in plaintext, for a Get. The caller owns the buffer and zeroes it once sent. */
  unwrap(request: KekAddress): Promise<Buffer>;
  /** Reaches the tenant's root key manager and the vault (the service's default tenant when none is given). */
  health(request?: { readonly tenant?: string }): Promise<KeyWrappingHealthReport>;
  close(): Promise<void>;
}

/**
 * KEK material under a root key: generate an AES key of 128/192/256 bits and wrap it, wrap client-supplied
 * material, unwrap for a Get, rewrap to the current root key version. Every blob is bound to its tenant and
 * object id through kekAad(). Plaintext made here is zeroed as soon as it is wrapped.
 */
import { randomBytes } from 'node:crypto';
import { kekAad } from '../kek-aad';
import { InvalidKeyMaterial } from '../key-wrapping.errors';
import type { RootKeyProvider, UnwrapResult, WrappedKey } from '../root-key-provider.port';
import { zeroize } from '../zeroize';

export type KekLengthBits = 128 | 192 | 256;

export const KEK_LENGTHS_BITS: readonly KekLengthBits[] = [128, 192, 256];

export interface KekGeneratorOptions {
  /**
   * 'provider' (default) draws new KEKs from the provider's RNG when it has one (an HSM's), else from node's
   * CSPRNG; 'node' always uses node's CSPRNG.
   */
  readonly randomSource?: 'provider' | 'node';
}

export class KekGenerator {
  constructor(
    private readonly provider: RootKeyProvider,
    private readonly options: KekGeneratorOptions = {},
  ) {}

  async generate(tenant: string, objectId: string, lengthBits: KekLengthBits = 256): Promise<WrappedKey> {
    const length = kekBytes(lengthBits * 0.125);
    const aad = kekAad(tenant, objectId);
    const material = await this.random(length);
    try {
      return await this.provider.wrap(material, aad);
    } finally {
      zeroize(material);
    }
  }

  /** Wraps client-supplied material (KMIP Register); the caller keeps and zeroes its own buffer. */
  async register(tenant: string, objectId: string, material: Uint8Array): Promise<WrappedKey> {
    kekBytes(material.length);
    return await this.provider.wrap(material, kekAad(tenant, objectId));
  }

  /** The caller owns `plaintext` and should zero it once sent. */
  async unwrap(tenant: string, objectId: string, wrapped: WrappedKey): Promise<UnwrapResult> {
    const result = await this.provider.unwrap(wrapped, kekAad(tenant, objectId));
    if (!KEK_LENGTHS_BITS.includes((result.plaintext.length * 8) as KekLengthBits)) {
      zeroize(result.plaintext);
      throw new InvalidKeyMaterial(`unwrapped KEK of ${tenant}/${objectId} has an unexpected length`);
    }
    return result;
  }

  rewrap(tenant: string, objectId: string, wrapped: WrappedKey): Promise<WrappedKey> {
    return this.provider.rewrap(wrapped, kekAad(tenant, objectId));
  }

  private async random(length: number): Promise<Buffer> {
    if (this.options.randomSource !== 'node' && this.provider.randomBytes) {
      const bytes = await this.provider.randomBytes(length);
      if (bytes.length !== length) throw new InvalidKeyMaterial('provider RNG returned the wrong number of bytes');
      return bytes;
    }
    return randomBytes(length);
  }
}

/** Checks an AES key length in bytes (16, 24 or 32). */
function kekBytes(length: number): number {
  if (!KEK_LENGTHS_BITS.includes((length * 8) as KekLengthBits)) {
    throw new InvalidKeyMaterial(`an AES KEK must be 128, 192 or 256 bits long, not ${length * 8}`);
  }
  return length;
}

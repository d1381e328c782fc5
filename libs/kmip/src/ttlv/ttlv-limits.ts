/**
 * Bounds the decoder enforces before it allocates. The defaults fit every message a KMIP client of this server is
 * expected to send, with a wide margin:
 * - vCenter's requests are a few hundred bytes; a Register of a certificate chain or an RSA-4096 private key is a few
 *   KiB; a batch of 100 Get responses carrying 32-byte keys is 21 KiB. 256 KiB leaves room for all of that while bounding what one
 *   connection can make the gateway buffer.
 * - The deepest structure the specifications define (Register → Key Block → Key Value → transparent key material, or
 *   Key Wrapping Data → Encryption Key Information → Cryptographic Parameters) is about 10 levels; 32 is ample.
 * - A message of 256 KiB can hold at most 32768 items (8 bytes each); 8192 bounds the objects one message can make
 *   the decoder create while staying far above that 100-item batch (about 1,400 items).
 */
export interface TtlvLimits {
  /** Largest top-level item, header included, in bytes. */
  readonly maxMessageLength: number;
  /** Deepest nesting of structures; the top-level structure is depth 1. */
  readonly maxDepth: number;
  /** Most items (structures included) in one message. */
  readonly maxItems: number;
  /**
   * The specifications require zero padding and every client known to us complies. Non-zero padding is rejected
   * ('bad-padding') because accepting it would make decode → encode lose bytes silently, which breaks byte-exact
   * echoing and hashing of what a client sent, and would leave room for smuggled data. Set to false only to interoperate
   * with a client proven to pad with garbage.
   */
  readonly strictPadding: boolean;
}

export const DEFAULT_TTLV_LIMITS: TtlvLimits = Object.freeze({
  maxMessageLength: 256 * 1024,
  maxDepth: 32,
  maxItems: 8192,
  strictPadding: true,
});

export function resolveTtlvLimits(limits?: Partial<TtlvLimits>): TtlvLimits {
  if (limits === undefined) return DEFAULT_TTLV_LIMITS;
  return { ...DEFAULT_TTLV_LIMITS, ...limits };
}

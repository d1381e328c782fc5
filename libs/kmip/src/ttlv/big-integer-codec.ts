/**
 * Big Integer values are two's complement, big-endian, sign-extended to a multiple of 8 bytes (KMIP 1.4 §9.1.1.4).
 * Conversions go through hexadecimal strings because V8 converts power-of-two radixes in linear time, whereas
 * shifting a bigint chunk by chunk is quadratic in the length of a (possibly hostile) value.
 */

/** Smallest number of bytes that hold `value` in two's complement (at least 1). */
export function minimalTwosComplementLength(value: bigint): number {
  const magnitude = value < 0n ? -value - 1n : value;
  if (magnitude === 0n) return 1;
  const hex = magnitude.toString(16);
  const bytes = (hex.length + 1) >> 1;
  // A set top bit would read back as negative: one more byte carries the sign.
  const topNibble = hex.length % 2 === 0 ? parseInt(hex[0] ?? '0', 16) : 0;
  return topNibble >= 8 ? bytes + 1 : bytes;
}

/** The Item Length the spec asks for: the minimal length rounded up to a multiple of 8. */
export function canonicalBigIntegerLength(value: bigint): number {
  return (minimalTwosComplementLength(value) + 7) & ~7;
}

/** Writes `value` sign-extended to exactly `length` bytes at `offset`; the caller checked that it fits. */
export function writeBigInteger(value: bigint, buf: Buffer, offset: number, length: number): void {
  if (length === 0) return;
  const unsigned = value < 0n ? (1n << BigInt(length * 8)) + value : value;
  buf.write(unsigned.toString(16).padStart(length * 2, '0'), offset, length, 'hex');
}

/** Reads `length` bytes of two's complement at `offset`. */
export function readBigInteger(buf: Buffer, offset: number, length: number): bigint {
  if (length === 0) return 0n;
  const unsigned = BigInt('0x' + buf.toString('hex', offset, offset + length));
  return (buf[offset] ?? 0) & 0x80 ? unsigned - (1n << BigInt(length * 8)) : unsigned;
}

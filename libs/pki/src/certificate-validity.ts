import { randomBytes } from 'node:crypto';

/** Backdating covers clients whose clock is slightly behind ours. */
const CLOCK_SKEW_MS = 5 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

export function validityPeriod(days: number, now = new Date()): { notBefore: Date; notAfter: Date } {
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`validity must be a whole number of days >= 1`);
  return { notBefore: new Date(now.getTime() - CLOCK_SKEW_MS), notAfter: new Date(now.getTime() + days * DAY_MS) };
}

/** A random positive serial number of 128 bits (RFC 5280 §4.1.2.2 allows up to 20 octets), as hex. */
export function randomSerialNumber(): string {
  const bytes = randomBytes(16);
  bytes[0] = (bytes[0] & 0x7f) | 0x40; // positive, and no leading zero octet to strip
  return bytes.toString('hex');
}

import { randomFillSync } from 'node:crypto';

/** Random bytes are drawn from the CSPRNG 4 KiB at a time: a call per id would cost more than the rest of the id. */
const POOL_BYTES = 4096;
let pool = Buffer.alloc(0);
let used = 0;

/**
 * A version 7 UUID (RFC 9562 §5.7): the Unix time in milliseconds in the first 48 bits, then the version, 12 random
 * bits, the variant and 62 random bits, in the usual 8-4-4-4-12 hex form. Ids made later sort after ids made earlier,
 * so a new object, event or wrapped key lands at the right-hand edge of the B-tree indexes keyed by its id instead of
 * on a random page of an index larger than PostgreSQL's cache: an insert dirties a page that is already dirty, and
 * after a checkpoint the WAL carries a few full-page images instead of one per insert. An id tells when it was made
 * (to the millisecond); its tenant's clients can read that as the object's Initial Date anyway.
 */
export function uuidV7(nowMs: number = Date.now()): string {
  if (used + 10 > pool.length) {
    pool = randomFillSync(Buffer.allocUnsafe(POOL_BYTES));
    used = 0;
  }
  const bytes = Buffer.allocUnsafe(16);
  bytes.writeUIntBE(Math.max(0, Math.floor(nowMs)), 0, 6);
  pool.copy(bytes, 6, used, used + 10);
  used += 10;
  bytes[6] = 0x70 | (bytes[6] & 0x0f);
  bytes[8] = 0x80 | (bytes[8] & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

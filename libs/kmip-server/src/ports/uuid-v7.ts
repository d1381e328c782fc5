import { randomFillSync } from 'node:crypto';

const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));
/** Random bits are drawn from the CSPRNG a pool at a time: one call per 409 ids instead of one each. */
const POOL_IDS = 409;
const RANDOM_BYTES = 10;

let pool = Buffer.alloc(0);
let offset = 0;

function randomBytes10(): Buffer {
  if (offset + RANDOM_BYTES > pool.length) {
    pool = randomFillSync(Buffer.allocUnsafe(POOL_IDS * RANDOM_BYTES));
    offset = 0;
  }
  const bytes = pool.subarray(offset, offset + RANDOM_BYTES);
  offset += RANDOM_BYTES;
  return bytes;
}

/**
 * A version 7 UUID (RFC 9562 §5.7): the Unix time in milliseconds in the first 48 bits, then the version, 12 random
 * bits, the variant and 62 random bits, in the usual 8-4-4-4-12 hex form. Ids made later sort after ids made earlier,
 * so a new object, event or wrapped key lands at the right-hand edge of the B-tree indexes keyed by its id instead of
 * on a random page of an index larger than PostgreSQL's cache: an insert dirties a page that is already dirty, and
 * after a checkpoint the WAL carries a few full-page images instead of one per insert. An id tells when it was made
 * (to the millisecond); its tenant's clients can read that as the object's Initial Date anyway.
 */
export function uuidV7(nowMs: number = Date.now()): string {
  const r = randomBytes10();
  const time = Math.max(0, Math.floor(nowMs));
  const high = Math.floor(time / 0x10000); // the first 32 of the 48 time bits
  const low = time % 0x10000;
  const h = HEX;
  return (
    h[(high >>> 24) & 0xff] +
    h[(high >>> 16) & 0xff] +
    h[(high >>> 8) & 0xff] +
    h[high & 0xff] +
    '-' +
    h[low >>> 8] +
    h[low & 0xff] +
    '-' +
    h[0x70 | (r[0] & 0x0f)] +
    h[r[1]] +
    '-' +
    h[0x80 | (r[2] & 0x3f)] +
    h[r[3]] +
    '-' +
    h[r[4]] +
    h[r[5]] +
    h[r[6]] +
    h[r[7]] +
    h[r[8]] +
    h[r[9]]
  );
}

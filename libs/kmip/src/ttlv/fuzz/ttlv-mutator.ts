import { TTLV_HEADER_LENGTH, TtlvTypeCode } from '../ttlv-type';
import type { SeededRandom } from './seeded-random';

/** A valid message with the offsets of all its item headers, so mutations can aim at length and type fields. */
export interface FuzzSeed {
  readonly bytes: Buffer;
  readonly headers: readonly number[];
}

/** Walks a well-formed encoding (trusted input) and lists where each item header starts. */
export function fuzzSeed(bytes: Buffer): FuzzSeed {
  const headers: number[] = [];
  const ends: number[] = [];
  let pos = 0;
  while (pos + TTLV_HEADER_LENGTH <= bytes.length) {
    while (ends.length > 0 && pos >= ends[ends.length - 1]) ends.pop();
    headers.push(pos);
    const type = bytes[pos + 3];
    const length = bytes.readUInt32BE(pos + 4);
    if (type === TtlvTypeCode.Structure) {
      ends.push(pos + TTLV_HEADER_LENGTH + length);
      pos += TTLV_HEADER_LENGTH;
    } else {
      pos += TTLV_HEADER_LENGTH + length + ((8 - (length % 8)) % 8);
    }
  }
  return { bytes, headers };
}

const INTERESTING_LENGTHS = [0, 1, 3, 4, 7, 8, 9, 15, 16, 0x7fffffff, 0x80000000, 0xfffffff8, 0xffffffff];
const INTERESTING_TYPES = [0x00, 0x01, 0x02, 0x04, 0x06, 0x07, 0x08, 0x0b, 0x0c, 0x7f, 0xff];

export type MutationKind = 'flip' | 'insert' | 'delete' | 'length' | 'type' | 'splice' | 'truncate';
const KINDS: readonly MutationKind[] = ['flip', 'insert', 'delete', 'length', 'type', 'splice', 'truncate'];

/** One to three stacked mutations of a corpus message. */
export function mutate(rng: SeededRandom, corpus: readonly FuzzSeed[]): { bytes: Buffer; kinds: MutationKind[] } {
  const seed = rng.pick(corpus);
  let bytes: Buffer = Buffer.from(seed.bytes);
  const kinds: MutationKind[] = [];
  const rounds = 1 + rng.below(3);
  for (let r = 0; r < rounds; r++) {
    const kind = rng.pick(KINDS);
    kinds.push(kind);
    bytes = apply(kind, bytes, seed, rng, corpus);
  }
  return { bytes, kinds };
}

function apply(kind: MutationKind, bytes: Buffer, seed: FuzzSeed, rng: SeededRandom, corpus: readonly FuzzSeed[]) {
  switch (kind) {
    case 'flip': {
      const out = Buffer.from(bytes);
      const n = 1 + rng.below(4);
      for (let i = 0; i < n && out.length > 0; i++) {
        const at = rng.below(out.length);
        out[at] = rng.below(2) === 0 ? out[at] ^ (1 << rng.below(8)) : rng.below(256);
      }
      return out;
    }
    case 'insert': {
      const at = rng.below(bytes.length + 1);
      const extra = Buffer.alloc(1 + rng.below(16));
      for (let i = 0; i < extra.length; i++) extra[i] = rng.below(4) === 0 ? rng.below(256) : 0;
      return Buffer.concat([bytes.subarray(0, at), extra, bytes.subarray(at)]);
    }
    case 'delete': {
      const at = rng.below(bytes.length);
      const count = 1 + rng.below(16);
      return Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + count)]);
    }
    case 'length':
    case 'type': {
      const header = rng.pick(seed.headers);
      if (header + TTLV_HEADER_LENGTH > bytes.length) return bytes;
      const out = Buffer.from(bytes);
      if (kind === 'type') {
        out[header + 3] = rng.pick(INTERESTING_TYPES);
      } else {
        const current = out.readUInt32BE(header + 4);
        const choice = rng.below(3);
        const length =
          choice === 0 ? rng.pick(INTERESTING_LENGTHS) : choice === 1 ? current + rng.below(17) - 8 : rng.next();
        out.writeUInt32BE(length >>> 0, header + 4);
      }
      return out;
    }
    case 'splice': {
      const other = rng.pick(corpus).bytes;
      const cutA = rng.below(bytes.length + 1);
      const cutB = rng.below(other.length + 1);
      return Buffer.concat([bytes.subarray(0, cutA), other.subarray(cutB)]);
    }
    case 'truncate':
      return bytes.subarray(0, rng.below(bytes.length));
  }
}

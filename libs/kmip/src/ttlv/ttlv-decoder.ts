import { readBigInteger, canonicalBigIntegerLength } from './big-integer-codec';
import { decodeUtf8 } from './text-codec';
import { TtlvDecodeError, type TtlvDecodeErrorReason } from './ttlv-decode-error';
import type { TtlvItem, TtlvStructure } from './ttlv-item';
import { resolveTtlvLimits, type TtlvLimits } from './ttlv-limits';
import { formatTtlvTag } from './ttlv-path';
import { TTLV_HEADER_LENGTH, TTLV_TYPE_BY_CODE, TtlvTypeCode } from './ttlv-type';

export interface TtlvDecodeResult {
  readonly item: TtlvItem;
  /** Bytes consumed: the top-level item with its padding. */
  readonly length: number;
}

/**
 * Decodes exactly one TTLV item (KMIP 1.4 §9.1, 2.0 §10.1) that must span the whole input.
 * Throws only TtlvDecodeError. Decoded values never share memory with `bytes`.
 */
export function decodeTtlv(bytes: Uint8Array, limits?: Partial<TtlvLimits>): TtlvItem {
  const buf = asBuffer(bytes);
  const { item, length } = decodeFrom(buf, resolveTtlvLimits(limits));
  if (length !== buf.length) {
    throw new TtlvDecodeError('trailing-bytes', length, [], `${buf.length - length} bytes follow the top-level item`);
  }
  return item;
}

/** Decodes the first TTLV item of `bytes` and says how many bytes it took; what follows is left alone. */
export function decodeTtlvPrefix(bytes: Uint8Array, limits?: Partial<TtlvLimits>): TtlvDecodeResult {
  return decodeFrom(asBuffer(bytes), resolveTtlvLimits(limits));
}

export function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

const STRUCTURE = TtlvTypeCode.Structure;
const BIG_INTEGER = TtlvTypeCode.BigInteger;
/** Item Length required per type code; 0 for variable-length types. */
const FIXED_LENGTH_BY_CODE: Uint8Array = (() => {
  const table = new Uint8Array(256);
  table[TtlvTypeCode.Integer] = 4;
  table[TtlvTypeCode.LongInteger] = 8;
  table[TtlvTypeCode.Enumeration] = 4;
  table[TtlvTypeCode.Boolean] = 8;
  table[TtlvTypeCode.DateTime] = 8;
  table[TtlvTypeCode.Interval] = 4;
  table[TtlvTypeCode.DateTimeExtended] = 8;
  return table;
})();

/*
 * An explicit stack instead of recursion: nesting is bounded by `maxDepth`, but even a limit raised to millions must
 * not overflow the call stack. The stack lives in module-level arrays reused by every call (decoding is synchronous),
 * and the children of all open structures share one array, each structure taking an exact-size slice when it closes:
 * that avoids allocating and growing arrays per message and per structure.
 */
const openTags: number[] = [];
const openEnds: number[] = [];
const openStarts: number[] = [];
const pendingItems: TtlvItem[] = [];

function decodeFrom(buf: Buffer, limits: TtlvLimits): TtlvDecodeResult {
  try {
    return decodeLoop(buf, limits);
  } finally {
    // Also after a failure: decoded values (possibly key material) must not stay reachable from here.
    openTags.length = 0;
    openEnds.length = 0;
    openStarts.length = 0;
    pendingItems.length = 0;
  }
}

function decodeLoop(buf: Buffer, limits: TtlvLimits): TtlvDecodeResult {
  const inputEnd = buf.length;
  const { maxDepth, maxItems, maxMessageLength, strictPadding } = limits;
  const tags = openTags;
  const ends = openEnds;
  const starts = openStarts;
  const pending = pendingItems;
  let pos = 0;
  let items = 0;

  for (;;) {
    let depth = ends.length;
    while (depth > 0 && pos === ends[depth - 1]) {
      const start = starts.pop() as number;
      const structure: TtlvStructure = { tag: tags.pop() as number, type: 'Structure', value: pending.slice(start) };
      pending.length = start;
      ends.pop();
      depth--;
      if (depth === 0) return { item: structure, length: pos };
      pending.push(structure);
    }
    const containerEnd = depth === 0 ? inputEnd : ends[depth - 1];
    if (containerEnd - pos < TTLV_HEADER_LENGTH) {
      throw fail(depth === 0 ? 'truncated' : 'length-mismatch', pos, tags, undefined, 'no room for an item header');
    }

    const tag = (buf[pos] << 16) | (buf[pos + 1] << 8) | buf[pos + 2];
    const code = buf[pos + 3];
    const length = buf.readUInt32BE(pos + 4);
    if (++items > maxItems) throw fail('too-many-items', pos, tags, tag, `more than ${maxItems} items`);
    const type = TTLV_TYPE_BY_CODE[code];
    if (type === undefined) throw fail('unknown-type', pos, tags, tag, `item type 0x${code.toString(16)}`);
    const fixed = FIXED_LENGTH_BY_CODE[code];
    if (fixed !== 0 && length !== fixed) {
      throw fail('bad-length', pos, tags, tag, `${type} of length ${length}, expected ${fixed}`);
    }
    let padded = length;
    if (code === STRUCTURE || code === BIG_INTEGER) {
      if (length % 8 !== 0)
        throw fail('bad-length', pos, tags, tag, `${type} of length ${length}, not a multiple of 8`);
    } else {
      padded = length + ((8 - (length % 8)) % 8);
    }
    const valueStart = pos + TTLV_HEADER_LENGTH;
    const itemEnd = valueStart + padded;
    if (depth === 0 && itemEnd > maxMessageLength) {
      throw fail('too-large', pos, tags, tag, `declares ${itemEnd} bytes, limit ${maxMessageLength}`);
    }
    if (itemEnd > containerEnd) {
      throw fail(
        depth === 0 ? 'truncated' : 'length-mismatch',
        pos,
        tags,
        tag,
        depth === 0
          ? `declares ${itemEnd} bytes, input has ${inputEnd}`
          : `ends at ${itemEnd}, beyond its structure's end at ${containerEnd}`,
      );
    }

    if (code === STRUCTURE) {
      if (depth >= maxDepth) throw fail('too-deep', pos, tags, tag, `structures nest deeper than ${maxDepth}`);
      tags.push(tag);
      ends.push(itemEnd);
      starts.push(pending.length);
      pos = valueStart;
      continue;
    }

    let item: TtlvItem;
    switch (code) {
      case TtlvTypeCode.Integer:
        item = { tag, type: 'Integer', value: buf.readInt32BE(valueStart) };
        break;
      case TtlvTypeCode.LongInteger:
        item = { tag, type: 'LongInteger', value: buf.readBigInt64BE(valueStart) };
        break;
      case TtlvTypeCode.BigInteger: {
        const value = readBigInteger(buf, valueStart, length);
        item =
          length === canonicalBigIntegerLength(value)
            ? { tag, type: 'BigInteger', value }
            : { tag, type: 'BigInteger', value, encodedLength: length };
        break;
      }
      case TtlvTypeCode.Enumeration:
        item = { tag, type: 'Enumeration', value: buf.readUInt32BE(valueStart) };
        break;
      case TtlvTypeCode.Boolean: {
        const high = buf.readUInt32BE(valueStart);
        const low = buf.readUInt32BE(valueStart + 4);
        if (high !== 0 || low > 1) throw fail('bad-boolean', valueStart, tags, tag, 'Boolean value is neither 0 nor 1');
        item = { tag, type: 'Boolean', value: low === 1 };
        break;
      }
      case TtlvTypeCode.TextString: {
        const value = decodeUtf8(buf, valueStart, valueStart + length);
        if (value === undefined) throw fail('invalid-utf8', valueStart, tags, tag, 'Text String is not valid UTF-8');
        item = { tag, type: 'TextString', value };
        break;
      }
      case TtlvTypeCode.ByteString: {
        const value = Buffer.allocUnsafe(length);
        buf.copy(value, 0, valueStart, valueStart + length);
        item = { tag, type: 'ByteString', value };
        break;
      }
      case TtlvTypeCode.DateTime:
        item = { tag, type: 'DateTime', value: buf.readBigInt64BE(valueStart) };
        break;
      case TtlvTypeCode.Interval:
        item = { tag, type: 'Interval', value: buf.readUInt32BE(valueStart) };
        break;
      default:
        item = { tag, type: 'DateTimeExtended', value: buf.readBigInt64BE(valueStart) };
        break;
    }
    if (strictPadding) {
      for (let i = valueStart + length; i < itemEnd; i++) {
        if (buf[i] !== 0) throw fail('bad-padding', i, tags, tag, 'padding byte is not zero');
      }
    }
    pos = itemEnd;
    if (depth === 0) return { item, length: pos };
    pending.push(item);
  }
}

function fail(
  reason: TtlvDecodeErrorReason,
  offset: number,
  openTags: readonly number[],
  tag: number | undefined,
  detail: string,
): TtlvDecodeError {
  const path = tag === undefined ? openTags.slice() : [...openTags, tag];
  return new TtlvDecodeError(reason, offset, path, tag === undefined ? detail : `${formatTtlvTag(tag)}: ${detail}`);
}

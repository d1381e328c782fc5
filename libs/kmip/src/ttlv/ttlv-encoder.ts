import { canonicalBigIntegerLength, minimalTwosComplementLength, writeBigInteger } from './big-integer-codec';
import { isWellFormedText } from './text-codec';
import { TtlvEncodeError } from './ttlv-encode-error';
import type { TtlvItem } from './ttlv-item';
import { TTLV_HEADER_LENGTH, TTLV_MAX_TAG, TtlvTypeCode } from './ttlv-type';

/** Deeper trees are refused rather than risking the call stack; no KMIP message comes anywhere near. */
export const TTLV_MAX_ENCODE_DEPTH = 1000;

const INT64_MIN = -(1n << 63n);
const INT64_MAX = (1n << 63n) - 1n;
const MAX_ITEM_LENGTH = 0xffffffff;
/** Not a type guard on purpose: the value is typed as an array, the check is for callers that ignored the types. */
const isArray: (value: unknown) => boolean = Array.isArray;

/**
 * Encodes one item (KMIP 1.4 §9.1, 2.0 §10.1). A first pass validates every value and computes every length, a second
 * writes into one buffer of the exact size: no concatenation per item. Throws only TtlvEncodeError.
 */
export function encodeTtlv(item: TtlvItem): Buffer {
  // Lengths of structures and byte lengths of text strings, in the order the write pass meets them.
  const lengths: number[] = [];
  const total = measure(item, lengths, 0);
  const buf = Buffer.allocUnsafe(total);
  const cursor = { next: 0 };
  write(item, buf, 0, lengths, cursor);
  return buf;
}

/** Size in bytes of the encoding of `item`, padding included, after validating it. */
export function encodedTtlvLength(item: TtlvItem): number {
  return measure(item, [], 0);
}

function measure(item: TtlvItem, lengths: number[], depth: number): number {
  const tag = item.tag;
  if (!Number.isInteger(tag) || tag < 0 || tag > TTLV_MAX_TAG) {
    throw new TtlvEncodeError('bad-tag', [], `tag ${String(tag)} is not a 24-bit unsigned integer`);
  }
  switch (item.type) {
    case 'Structure': {
      const children: readonly TtlvItem[] = item.value;
      if (!isArray(children)) throw bad(tag, 'Structure value is not an array');
      if (depth >= TTLV_MAX_ENCODE_DEPTH) {
        throw new TtlvEncodeError('too-deep', [tag], `structures nest deeper than ${TTLV_MAX_ENCODE_DEPTH}`);
      }
      const slot = lengths.length;
      lengths.push(0);
      let content = 0;
      for (const child of children) {
        try {
          content += measure(child, lengths, depth + 1);
        } catch (err) {
          throw err instanceof TtlvEncodeError ? err.within(tag) : err;
        }
      }
      if (content > MAX_ITEM_LENGTH) throw new TtlvEncodeError('too-large', [tag], 'structure exceeds 2^32-1 bytes');
      lengths[slot] = content;
      return TTLV_HEADER_LENGTH + content;
    }
    case 'Integer':
      checkNumber(tag, item.value, -0x80000000, 0x7fffffff, 'Integer (int32)');
      return 16;
    case 'Enumeration':
      checkNumber(tag, item.value, 0, 0xffffffff, 'Enumeration (uint32)');
      return 16;
    case 'Interval':
      checkNumber(tag, item.value, 0, 0xffffffff, 'Interval (uint32)');
      return 16;
    case 'LongInteger':
    case 'DateTime':
    case 'DateTimeExtended': {
      const type = item.type;
      if (typeof item.value !== 'bigint') throw bad(tag, `${type} value is not a bigint`);
      if (item.value < INT64_MIN || item.value > INT64_MAX) {
        throw new TtlvEncodeError('out-of-range', [tag], `${type} value does not fit 64 bits`);
      }
      return 16;
    }
    case 'BigInteger': {
      if (typeof item.value !== 'bigint') throw bad(tag, 'BigInteger value is not a bigint');
      const length = bigIntegerLength(tag, item.value, item.encodedLength);
      return TTLV_HEADER_LENGTH + length;
    }
    case 'Boolean':
      if (typeof item.value !== 'boolean') throw bad(tag, 'Boolean value is not a boolean');
      return 16;
    case 'TextString': {
      if (typeof item.value !== 'string') throw bad(tag, 'TextString value is not a string');
      const length = Buffer.byteLength(item.value, 'utf8');
      if (!isWellFormedText(item.value, length)) {
        throw new TtlvEncodeError('invalid-text', [tag], 'TextString holds a lone UTF-16 surrogate');
      }
      if (length > MAX_ITEM_LENGTH) throw new TtlvEncodeError('too-large', [tag], 'TextString exceeds 2^32-1 bytes');
      lengths.push(length);
      return TTLV_HEADER_LENGTH + pad8(length);
    }
    case 'ByteString':
      if (!(item.value instanceof Uint8Array)) throw bad(tag, 'ByteString value is not a Uint8Array');
      return TTLV_HEADER_LENGTH + pad8(item.value.length);
    default:
      throw new TtlvEncodeError('unknown-type', [tag], `type ${String((item as { type: unknown }).type)}`);
  }
}

function write(item: TtlvItem, buf: Buffer, pos: number, lengths: readonly number[], cursor: { next: number }): number {
  buf[pos] = item.tag >>> 16;
  buf[pos + 1] = (item.tag >>> 8) & 0xff;
  buf[pos + 2] = item.tag & 0xff;
  buf[pos + 3] = TtlvTypeCode[item.type];
  const valueStart = pos + TTLV_HEADER_LENGTH;
  switch (item.type) {
    case 'Structure': {
      buf.writeUInt32BE(lengths[cursor.next++], pos + 4);
      let at = valueStart;
      for (const child of item.value) at = write(child, buf, at, lengths, cursor);
      return at;
    }
    case 'Integer':
      buf.writeUInt32BE(4, pos + 4);
      buf.writeInt32BE(item.value, valueStart);
      buf.writeUInt32BE(0, valueStart + 4);
      return valueStart + 8;
    case 'Enumeration':
    case 'Interval':
      buf.writeUInt32BE(4, pos + 4);
      buf.writeUInt32BE(item.value, valueStart);
      buf.writeUInt32BE(0, valueStart + 4);
      return valueStart + 8;
    case 'LongInteger':
    case 'DateTime':
    case 'DateTimeExtended':
      buf.writeUInt32BE(8, pos + 4);
      buf.writeBigInt64BE(item.value, valueStart);
      return valueStart + 8;
    case 'Boolean':
      buf.writeUInt32BE(8, pos + 4);
      buf.writeUInt32BE(0, valueStart);
      buf.writeUInt32BE(item.value ? 1 : 0, valueStart + 4);
      return valueStart + 8;
    case 'BigInteger': {
      const length = item.encodedLength ?? canonicalBigIntegerLength(item.value);
      buf.writeUInt32BE(length, pos + 4);
      writeBigInteger(item.value, buf, valueStart, length);
      return valueStart + length;
    }
    case 'TextString': {
      const length = lengths[cursor.next++];
      buf.writeUInt32BE(length, pos + 4);
      buf.write(item.value, valueStart, length, 'utf8');
      return zeroPad(buf, valueStart + length);
    }
    case 'ByteString': {
      const length = item.value.length;
      buf.writeUInt32BE(length, pos + 4);
      buf.set(item.value, valueStart);
      return zeroPad(buf, valueStart + length);
    }
  }
}

function bigIntegerLength(tag: number, value: bigint, encodedLength: number | undefined): number {
  if (encodedLength === undefined) return canonicalBigIntegerLength(value);
  const fits = value === 0n ? 0 : minimalTwosComplementLength(value);
  if (!Number.isInteger(encodedLength) || encodedLength % 8 !== 0 || encodedLength < fits) {
    throw new TtlvEncodeError('bad-length', [tag], `BigInteger encodedLength ${encodedLength} cannot hold the value`);
  }
  if (encodedLength > MAX_ITEM_LENGTH) throw new TtlvEncodeError('too-large', [tag], 'BigInteger exceeds 2^32-1 bytes');
  return encodedLength;
}

function checkNumber(tag: number, value: unknown, min: number, max: number, what: string): void {
  if (typeof value !== 'number') throw bad(tag, `${what} value is not a number`);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new TtlvEncodeError('out-of-range', [tag], `${what} value out of range`);
  }
}

function bad(tag: number, detail: string): TtlvEncodeError {
  return new TtlvEncodeError('bad-value', [tag], detail);
}

function pad8(length: number): number {
  return length + ((8 - (length % 8)) % 8);
}

/** Zeroes from `end` to the next multiple of 8 (the buffer is not pre-zeroed) and returns that boundary. */
function zeroPad(buf: Buffer, end: number): number {
  const padded = pad8(end);
  if (padded !== end) buf.fill(0, end, padded);
  return padded;
}

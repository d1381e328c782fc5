import { TtlvEncodeError } from './ttlv-encode-error';
import type {
  TtlvBigInteger,
  TtlvBoolean,
  TtlvByteString,
  TtlvDateTime,
  TtlvDateTimeExtended,
  TtlvEnumeration,
  TtlvInteger,
  TtlvInterval,
  TtlvItem,
  TtlvLongInteger,
  TtlvStructure,
  TtlvTextString,
} from './ttlv-item';

/**
 * Item constructors. They do not validate ranges (the encoder does, with the item's path); they only convert the
 * convenient inputs (numbers for 64-bit types, Dates for times).
 */
export const ttlv = {
  structure(tag: number, items: readonly TtlvItem[]): TtlvStructure {
    return { tag, type: 'Structure', value: items };
  },
  integer(tag: number, value: number): TtlvInteger {
    return { tag, type: 'Integer', value };
  },
  longInteger(tag: number, value: bigint | number): TtlvLongInteger {
    return { tag, type: 'LongInteger', value: toBigInt(tag, value) };
  },
  /** `encodedLength` keeps a non-canonical wire length (see TtlvBigInteger); usually left out. */
  bigInteger(tag: number, value: bigint, encodedLength?: number): TtlvBigInteger {
    return encodedLength === undefined
      ? { tag, type: 'BigInteger', value }
      : { tag, type: 'BigInteger', value, encodedLength };
  },
  enumeration(tag: number, value: number): TtlvEnumeration {
    return { tag, type: 'Enumeration', value };
  },
  boolean(tag: number, value: boolean): TtlvBoolean {
    return { tag, type: 'Boolean', value };
  },
  text(tag: number, value: string): TtlvTextString {
    return { tag, type: 'TextString', value };
  },
  bytes(tag: number, value: Uint8Array): TtlvByteString {
    return { tag, type: 'ByteString', value };
  },
  /** Seconds since the epoch; a Date is truncated to whole seconds. */
  dateTime(tag: number, value: bigint | number | Date): TtlvDateTime {
    return { tag, type: 'DateTime', value: value instanceof Date ? dateTo(tag, value, 1000) : toBigInt(tag, value) };
  },
  interval(tag: number, seconds: number): TtlvInterval {
    return { tag, type: 'Interval', value: seconds };
  },
  /** Microseconds since the epoch (KMIP 2.0+); a Date gives millisecond precision. */
  dateTimeExtended(tag: number, value: bigint | number | Date): TtlvDateTimeExtended {
    return {
      tag,
      type: 'DateTimeExtended',
      value: value instanceof Date ? dateTo(tag, value, 1) * 1000n : toBigInt(tag, value),
    };
  },
} as const;

function toBigInt(tag: number, value: bigint | number): bigint {
  if (typeof value === 'bigint') return value;
  if (!Number.isSafeInteger(value)) throw new TtlvEncodeError('bad-value', [tag], 'not a safe integer');
  return BigInt(value);
}

function dateTo(tag: number, date: Date, divisor: number): bigint {
  const ms = date.getTime();
  if (Number.isNaN(ms)) throw new TtlvEncodeError('bad-value', [tag], 'invalid Date');
  return BigInt(Math.floor(ms / divisor));
}

import type { TtlvType } from './ttlv-type';

interface TtlvItemOf<T extends TtlvType, V> {
  /** The 24-bit Item Tag, e.g. 0x420078 for Request Message. Unknown and vendor tags (0x54xxxx) are ordinary. */
  readonly tag: number;
  readonly type: T;
  readonly value: V;
}

export type TtlvStructure = TtlvItemOf<'Structure', readonly TtlvItem[]>;
/** Signed 32-bit. */
export type TtlvInteger = TtlvItemOf<'Integer', number>;
/** Signed 64-bit. */
export type TtlvLongInteger = TtlvItemOf<'LongInteger', bigint>;
/**
 * Arbitrary precision, two's complement on the wire. The spec asks for the minimal sign extension that reaches a
 * multiple of 8 bytes; `encodedLength` records a longer (or zero) length seen on the wire so that decoding and
 * re-encoding reproduce the bytes exactly. Leave it out to get the canonical length.
 */
export interface TtlvBigInteger extends TtlvItemOf<'BigInteger', bigint> {
  readonly encodedLength?: number;
}
/** Unsigned 32-bit. */
export type TtlvEnumeration = TtlvItemOf<'Enumeration', number>;
export type TtlvBoolean = TtlvItemOf<'Boolean', boolean>;
export type TtlvTextString = TtlvItemOf<'TextString', string>;
/** Decoded byte strings are Buffers that never share memory with the decoder's input. */
export type TtlvByteString = TtlvItemOf<'ByteString', Uint8Array>;
/** Signed seconds since the POSIX epoch. */
export type TtlvDateTime = TtlvItemOf<'DateTime', bigint>;
/** Unsigned 32-bit number of seconds. */
export type TtlvInterval = TtlvItemOf<'Interval', number>;
/** Signed microseconds since the POSIX epoch (KMIP 2.0+). */
export type TtlvDateTimeExtended = TtlvItemOf<'DateTimeExtended', bigint>;

export type TtlvItem =
  | TtlvStructure
  | TtlvInteger
  | TtlvLongInteger
  | TtlvBigInteger
  | TtlvEnumeration
  | TtlvBoolean
  | TtlvTextString
  | TtlvByteString
  | TtlvDateTime
  | TtlvInterval
  | TtlvDateTimeExtended;

/** The item variant of a given type, e.g. `TtlvItemOfType<'TextString'>` is `TtlvTextString`. */
export type TtlvItemOfType<T extends TtlvType> = Extract<TtlvItem, { readonly type: T }>;

/** The JavaScript value carried by items of a given type. */
export type TtlvValueOf<T extends TtlvType> = TtlvItemOfType<T>['value'];

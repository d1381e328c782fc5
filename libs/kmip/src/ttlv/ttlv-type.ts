/**
 * The TTLV Item Types and their one-byte codes (KMIP 1.4 §9.1.1.2, KMIP 2.0 §10.1.2 and the Item Type Enumeration).
 * Date-Time Extended exists since KMIP 2.0; the codec accepts it in any message because it is generic over versions.
 */
export const TtlvTypeCode = {
  Structure: 0x01,
  Integer: 0x02,
  LongInteger: 0x03,
  BigInteger: 0x04,
  Enumeration: 0x05,
  Boolean: 0x06,
  TextString: 0x07,
  ByteString: 0x08,
  DateTime: 0x09,
  Interval: 0x0a,
  DateTimeExtended: 0x0b,
} as const;

export type TtlvType = keyof typeof TtlvTypeCode;

/** Type name by code, `undefined` for codes no KMIP version defines. */
export const TTLV_TYPE_BY_CODE: readonly (TtlvType | undefined)[] = (() => {
  const table: (TtlvType | undefined)[] = new Array<TtlvType | undefined>(256).fill(undefined);
  for (const [name, code] of Object.entries(TtlvTypeCode)) table[code] = name as TtlvType;
  return table;
})();

/** Item Length that the fixed-size types must declare (KMIP 1.4 §9.1.1.3); -1 for variable-length types. */
export const TTLV_FIXED_LENGTH: Readonly<Record<TtlvType, number>> = {
  Structure: -1,
  Integer: 4,
  LongInteger: 8,
  BigInteger: -1,
  Enumeration: 4,
  Boolean: 8,
  TextString: -1,
  ByteString: -1,
  DateTime: 8,
  Interval: 4,
  DateTimeExtended: 8,
};

/** Every TTLV item starts with a 3-byte tag, a 1-byte type and a 4-byte big-endian length. */
export const TTLV_HEADER_LENGTH = 8;

/** Largest tag that fits the 3-byte Item Tag field. */
export const TTLV_MAX_TAG = 0xffffff;

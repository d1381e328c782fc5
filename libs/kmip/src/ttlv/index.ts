export { TtlvTypeCode, TTLV_HEADER_LENGTH, TTLV_MAX_TAG, type TtlvType } from './ttlv-type';
export type {
  TtlvItem,
  TtlvItemOfType,
  TtlvValueOf,
  TtlvStructure,
  TtlvInteger,
  TtlvLongInteger,
  TtlvBigInteger,
  TtlvEnumeration,
  TtlvBoolean,
  TtlvTextString,
  TtlvByteString,
  TtlvDateTime,
  TtlvInterval,
  TtlvDateTimeExtended,
} from './ttlv-item';
export { ttlv } from './ttlv-builders';
export {
  expectType,
  findItem,
  findItems,
  getItem,
  findTypedItem,
  getValue,
  findValue,
  getStructure,
  getText,
  getInteger,
  getEnumeration,
  getBoolean,
  getBytes,
  getLongInteger,
  getDateTime,
} from './ttlv-finders';
export { TtlvAccessError, type TtlvAccessErrorReason } from './ttlv-access-error';
export { TtlvDecodeError, type TtlvDecodeErrorReason } from './ttlv-decode-error';
export { TtlvEncodeError, type TtlvEncodeErrorReason } from './ttlv-encode-error';
export { DEFAULT_TTLV_LIMITS, type TtlvLimits } from './ttlv-limits';
export { decodeTtlv, decodeTtlvPrefix, type TtlvDecodeResult } from './ttlv-decoder';
export { encodeTtlv, encodedTtlvLength, TTLV_MAX_ENCODE_DEPTH } from './ttlv-encoder';
export { TtlvStreamFramer, type StreamFramerOptions } from './stream-framer';
export { formatTtlvTag } from './ttlv-path';

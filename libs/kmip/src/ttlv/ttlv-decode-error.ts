import { formatTtlvPath } from './ttlv-path';

/** Why a byte sequence is not an acceptable TTLV item. */
export type TtlvDecodeErrorReason =
  /** The input ends before the item (or its 8-byte header) does. */
  | 'truncated'
  /** An item inside a structure extends past the end the structure declared. */
  | 'length-mismatch'
  /** A padding byte is not zero. */
  | 'bad-padding'
  /** The Item Type byte is not one of the types KMIP defines. */
  | 'unknown-type'
  /** The Item Length is not allowed for the type (e.g. an Integer of length 8, a Structure not a multiple of 8). */
  | 'bad-length'
  /** A Text String is not well-formed UTF-8. */
  | 'invalid-utf8'
  /** A Boolean value other than 0 or 1. */
  | 'bad-boolean'
  /** Structures nest deeper than `maxDepth`. */
  | 'too-deep'
  /** The message holds more items than `maxItems`. */
  | 'too-many-items'
  /** The top-level item declares more bytes than `maxMessageLength`. */
  | 'too-large'
  /** Bytes follow the single top-level item. */
  | 'trailing-bytes'
  /** The stream framer was handed a message whose top-level item is not a Structure. */
  | 'not-structure';

/**
 * The only error the decoder and the stream framer throw. The message names the reason, the byte offset and the path
 * of tags, never a value (a value may be key material).
 */
export class TtlvDecodeError extends Error {
  override readonly name = 'TtlvDecodeError';

  constructor(
    readonly reason: TtlvDecodeErrorReason,
    /** Byte offset in the input (or the stream) where the problem was found: the item's start, or the bad byte. */
    readonly offset: number,
    /** Tags from the root to the failing item, inclusive when its header could be read. */
    readonly path: readonly number[],
    detail: string,
  ) {
    super(`TTLV ${reason} at offset ${offset} (path ${formatTtlvPath(path)}): ${detail}`);
  }
}

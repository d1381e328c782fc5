import { formatTtlvPath } from './ttlv-path';

export type TtlvEncodeErrorReason =
  /** The tag is not an integer in 0..0xFFFFFF. */
  | 'bad-tag'
  /** The `type` is not a TTLV type name. */
  | 'unknown-type'
  /** The value has the wrong JavaScript type for the item type. */
  | 'bad-value'
  /** A number or bigint does not fit the item type (Integer int32, Enumeration/Interval uint32, 64-bit types). */
  | 'out-of-range'
  /** A Text String holds a lone UTF-16 surrogate, which UTF-8 cannot represent. */
  | 'invalid-text'
  /** A Big Integer `encodedLength` that is not a multiple of 8 or is too short for the value. */
  | 'bad-length'
  /** The tree nests deeper than the encoder follows. */
  | 'too-deep'
  /** An item would be longer than the 32-bit Item Length can express. */
  | 'too-large';

/** Thrown by the encoder (and by builders given unusable input). Never carries a value, only its location. */
export class TtlvEncodeError extends Error {
  override readonly name = 'TtlvEncodeError';

  constructor(
    readonly reason: TtlvEncodeErrorReason,
    /** Tags from the root to the offending item. */
    readonly path: readonly number[],
    /** What is wrong, without the value. */
    readonly detail: string,
  ) {
    super(`TTLV encode ${reason} (path ${formatTtlvPath(path)}): ${detail}`);
  }

  /** The same error seen from one structure further out. */
  within(tag: number): TtlvEncodeError {
    return new TtlvEncodeError(this.reason, [tag, ...this.path], this.detail);
  }
}

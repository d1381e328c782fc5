import type { TtlvType } from './ttlv-type';
import { formatTtlvTag } from './ttlv-path';

export type TtlvAccessErrorReason = 'not-structure' | 'missing' | 'wrong-type';

/** Thrown by the typed getters when a required item is absent or has another type than the caller expects. */
export class TtlvAccessError extends Error {
  override readonly name = 'TtlvAccessError';

  constructor(
    readonly reason: TtlvAccessErrorReason,
    readonly tag: number,
    readonly expected: TtlvType,
    readonly actual?: TtlvType,
  ) {
    super(
      reason === 'missing'
        ? `TTLV item ${formatTtlvTag(tag)} (${expected}) is missing`
        : `TTLV item ${formatTtlvTag(tag)} is ${actual ?? 'unknown'}, expected ${expected}`,
    );
  }
}

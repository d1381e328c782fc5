import { decodeTtlv } from '../ttlv-decoder';
import { TtlvDecodeError, type TtlvDecodeErrorReason } from '../ttlv-decode-error';
import { encodeTtlv } from '../ttlv-encoder';
import type { TtlvLimits } from '../ttlv-limits';
import { SeededRandom } from './seeded-random';
import { fuzzSeed, mutate, type MutationKind } from './ttlv-mutator';

export interface FuzzRunOptions {
  readonly corpus: readonly Buffer[];
  readonly iterations: number;
  readonly seed: number;
}

export interface FuzzReport {
  readonly iterations: number;
  /** Mutants that still decoded (and re-encoded to the same bytes). */
  readonly decoded: number;
  /** Rejections per TtlvDecodeError reason. */
  readonly rejected: Readonly<Partial<Record<TtlvDecodeErrorReason, number>>>;
}

/** A mutant broke a property; carries everything needed to replay it. */
export class FuzzFailure extends Error {
  override readonly name = 'FuzzFailure';

  constructor(
    readonly seed: number,
    readonly iteration: number,
    readonly kinds: readonly MutationKind[],
    readonly input: Buffer,
    readonly problem: string,
  ) {
    super(
      `TTLV fuzz failure (seed ${seed}, iteration ${iteration}, mutations ${kinds.join('+')}): ${problem}; ` +
        `input ${input.length} bytes: ${input.toString('hex')}`,
    );
  }
}

/** Tight limits exercised on every fourth input so the limit checks see hostile shapes too. */
const TIGHT_LIMITS: Partial<TtlvLimits> = { maxDepth: 4, maxItems: 24, maxMessageLength: 512 };

/**
 * Decodes `iterations` mutants of the corpus. Properties: the decoder throws nothing but TtlvDecodeError, and whatever
 * it accepts re-encodes to exactly the input bytes. Throws FuzzFailure on the first violation.
 */
export function runTtlvFuzz({ corpus, iterations, seed }: FuzzRunOptions): FuzzReport {
  const seeds = corpus.map(fuzzSeed);
  const rng = new SeededRandom(seed);
  const rejected: Partial<Record<TtlvDecodeErrorReason, number>> = {};
  let decoded = 0;
  for (let i = 0; i < iterations; i++) {
    const { bytes, kinds } = mutate(rng, seeds);
    const limits = i % 4 === 3 ? TIGHT_LIMITS : undefined;
    let item;
    try {
      item = decodeTtlv(bytes, limits);
    } catch (err) {
      if (!(err instanceof TtlvDecodeError)) {
        throw new FuzzFailure(seed, i, kinds, bytes, `decoder threw ${describe(err)}`);
      }
      rejected[err.reason] = (rejected[err.reason] ?? 0) + 1;
      continue;
    }
    decoded++;
    let again: Buffer;
    try {
      again = encodeTtlv(item);
    } catch (err) {
      throw new FuzzFailure(seed, i, kinds, bytes, `re-encoding an accepted input threw ${describe(err)}`);
    }
    if (!again.equals(bytes)) throw new FuzzFailure(seed, i, kinds, bytes, 'accepted input re-encodes differently');
  }
  return { iterations, decoded, rejected };
}

function describe(err: unknown): string {
  return err instanceof Error ? `${err.name}: ${err.message}` : String(err);
}

/**
 * Longer TTLV fuzz runs by hand: `npm run fuzz:kmip -- [iterations] [seed]` (defaults: 1,000,000 and a random seed).
 * Same engine and properties as ttlv-fuzz.spec.ts; a failure prints the seed and iteration to replay it.
 */
import { encodeTtlv } from '../src/ttlv/ttlv-encoder';
import { FuzzFailure, runTtlvFuzz } from '../src/ttlv/fuzz/ttlv-fuzzer';
import { hexBytes } from '../src/ttlv/vectors/hex';
import { MESSAGE_VECTORS } from '../src/ttlv/vectors/message-vectors';
import { SPEC_ITEM_VECTORS } from '../src/ttlv/vectors/spec-item-vectors';
import { getResponseBatch, vcenterCreateRequest, vcenterGetResponse } from '../src/ttlv/vectors/vcenter-messages';

function parseCount(text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`not a non-negative integer: ${text}`);
  return value;
}

function main(): void {
  const iterations = parseCount(process.argv[2], 1_000_000);
  const seed = parseCount(process.argv[3], Math.floor(Math.random() * 0x100000000));
  const corpus = [
    ...MESSAGE_VECTORS.map((v) => hexBytes(v.hex)),
    ...SPEC_ITEM_VECTORS.map((v) => hexBytes(v.hex)),
    encodeTtlv(vcenterCreateRequest()),
    encodeTtlv(vcenterGetResponse()),
    encodeTtlv(getResponseBatch(3)),
  ];
  console.log(`fuzzing ${iterations} inputs, seed ${seed}`);
  const started = process.hrtime.bigint();
  try {
    const report = runTtlvFuzz({ corpus, iterations, seed });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    console.log(
      `clean: ${report.decoded} accepted, rejected ${JSON.stringify(report.rejected)}, ${seconds.toFixed(1)} s`,
    );
  } catch (err) {
    if (err instanceof FuzzFailure) {
      console.error(err.message);
      console.error(`replay: npm run fuzz:kmip -- ${err.iteration + 1} ${err.seed}`);
      process.exitCode = 1;
      return;
    }
    throw err;
  }
}

main();

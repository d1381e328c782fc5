/**
 * `npm run bench -- kmip.codec`: throughput of the TTLV codec on the messages the gateway handles most, and the
 * memory each decode/encode allocates.
 *
 * Rates: after a warm-up, as many operations as fit in about a second, timed with process.hrtime.
 * Allocation: V8's heap is not instrumented per allocation, so the figure is the growth of the heap over a short
 * window run right after a forced full GC (`--expose-gc` is switched on at run time through v8.setFlagsFromString,
 * as the runner cannot pass node flags). Windows are sized to stay far below the young generation, so no collection
 * runs inside one: `.alloc` is the median over 15 windows of the V8 heap growth (items, arrays, strings, bigints) per
 * message. `.external` is ArrayBuffer memory (Buffers: decoded byte strings, the encoded output); Node hands small
 * Buffers out of 8 KiB pools, so it grows in steps and the figure is the mean over all windows.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Benchmark } from '../../../tools/bench/benchmark';
import { decodeTtlv } from '../src/ttlv/ttlv-decoder';
import { encodeTtlv } from '../src/ttlv/ttlv-encoder';
import type { TtlvItem } from '../src/ttlv/ttlv-item';
import { getResponseBatch, vcenterCreateRequest, vcenterGetResponse } from '../src/ttlv/vectors/vcenter-messages';

type Report = (figure: string, value: number, unit: string) => void;

const CASES: readonly { readonly name: string; readonly message: TtlvItem }[] = [
  { name: 'create-request', message: vcenterCreateRequest() },
  { name: 'get-response', message: vcenterGetResponse() },
  { name: 'batch-100', message: getResponseBatch(100) },
];

/** Keeps results reachable so the optimiser cannot drop the work. */
let sink: unknown;

function ratePerSecond(operation: () => unknown, seconds: number): number {
  const deadline = process.hrtime.bigint() + BigInt(Math.round(seconds * 1e9));
  const started = process.hrtime.bigint();
  let count = 0;
  let now = started;
  while (now < deadline) {
    for (let i = 0; i < 200; i++) sink = operation();
    count += 200;
    now = process.hrtime.bigint();
  }
  return count / (Number(now - started) / 1e9);
}

function forcedGc(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

function allocationPerOperation(operation: () => unknown, gc: () => void): { heap: number; external: number } {
  const sample = (count: number) => {
    const kept: unknown[] = new Array<unknown>(count);
    gc();
    const before = process.memoryUsage();
    for (let i = 0; i < count; i++) kept[i] = operation();
    const after = process.memoryUsage();
    sink = kept;
    return {
      heap: (after.heapUsed - before.heapUsed) / count,
      external: (after.arrayBuffers - before.arrayBuffers) / count,
    };
  };
  const probe = sample(4);
  const perWindow = Math.max(1, Math.min(2000, Math.floor((256 * 1024) / Math.max(64, probe.heap + probe.external))));
  const heap: number[] = [];
  const external: number[] = [];
  for (let i = 0; i < 15; i++) {
    const { heap: h, external: e } = sample(perWindow);
    heap.push(h);
    external.push(e);
  }
  return { heap: median(heap), external: external.reduce((a, b) => a + b, 0) / external.length };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function run(report: Report): Promise<void> {
  const gc = forcedGc();
  for (const { name, message } of CASES) {
    const bytes = encodeTtlv(message);
    const decode = () => decodeTtlv(bytes);
    const encode = () => encodeTtlv(message);
    report(`kmip.codec.size.${name}`, bytes.length, 'bytes');
    ratePerSecond(decode, 0.3);
    report(`kmip.codec.decode.${name}`, Math.round(ratePerSecond(decode, 1)), 'msgs/s');
    ratePerSecond(encode, 0.3);
    report(`kmip.codec.encode.${name}`, Math.round(ratePerSecond(encode, 1)), 'msgs/s');
    const decodeAlloc = allocationPerOperation(decode, gc);
    report(`kmip.codec.decode.${name}.alloc`, Math.round(decodeAlloc.heap), 'bytes/msg');
    report(`kmip.codec.decode.${name}.alloc.external`, Math.round(decodeAlloc.external), 'bytes/msg');
    const encodeAlloc = allocationPerOperation(encode, gc);
    report(`kmip.codec.encode.${name}.alloc`, Math.round(encodeAlloc.heap), 'bytes/msg');
    report(`kmip.codec.encode.${name}.alloc.external`, Math.round(encodeAlloc.external), 'bytes/msg');
  }
  await Promise.resolve(sink);
}

export const benchmarks: Benchmark[] = [{ name: 'kmip.codec', run }];

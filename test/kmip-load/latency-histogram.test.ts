import fc from 'fast-check';
import { LatencyHistogram } from '../../tools/kmip-load';

/** The true nearest-rank percentile of the samples, rounded as the histogram rounds each sample. */
function exactPercentile(samples: number[], percent: number): number {
  const sorted = samples.map((s) => Math.round(s)).sort((a, b) => a - b);
  return sorted[Math.max(1, Math.ceil((percent / 100) * sorted.length)) - 1];
}

describe('LatencyHistogram', () => {
  it('reports a percentile never below the true sample and at most 1/128 above it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 60_000_000, noNaN: true }), { minLength: 1, maxLength: 500 }),
        fc.double({ min: 0.1, max: 100, noNaN: true }),
        (samples, percent) => {
          const histogram = new LatencyHistogram();
          for (const sample of samples) histogram.record(sample);
          const exact = exactPercentile(samples, percent);
          const reported = histogram.percentile(percent);
          expect(reported).toBeGreaterThanOrEqual(exact);
          expect(reported).toBeLessThanOrEqual(exact + exact / 128);
          expect(histogram.count).toBe(samples.length);
          expect(histogram.maxMicros).toBe(Math.max(...samples.map((s) => Math.round(s))));
        },
      ),
    );
  });

  it('is exact below 256 µs and reports the median and p99 of a known distribution', () => {
    const histogram = new LatencyHistogram();
    for (let micros = 1; micros <= 100; micros++) histogram.record(micros);
    expect(histogram.percentile(50)).toBe(50);
    expect(histogram.percentile(99)).toBe(99);
    expect(histogram.percentile(100)).toBe(100);
    expect(histogram.meanMicros).toBe(50.5);
    expect(histogram.minMicros).toBe(1);
  });

  it('reports 0 when empty, and adding another histogram pools the samples', () => {
    const a = new LatencyHistogram();
    expect([a.count, a.percentile(50), a.percentile(99), a.maxMicros, a.meanMicros]).toEqual([0, 0, 0, 0, 0]);
    const b = new LatencyHistogram();
    for (const micros of [10, 20, 30]) a.record(micros);
    for (const micros of [40, 5000]) b.record(micros);
    a.add(b);
    expect(a.count).toBe(5);
    expect(a.percentile(60)).toBe(30);
    expect(a.maxMicros).toBe(5000);
    expect(a.minMicros).toBe(10);
  });
});

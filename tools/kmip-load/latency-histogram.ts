/**
 * Latencies in microseconds, in log-linear buckets like HdrHistogram: exact below 256 µs, then 128 buckets per power
 * of two, so a percentile is reported at most 1/128 (0.8 %) above the true sample, whatever the run length. Memory is
 * fixed (3,328 counters), so an operator's hour-long run costs the same as a five-second cell.
 */
const SUB_BUCKET_BITS = 7;
const SUB_BUCKETS = 1 << SUB_BUCKET_BITS; // 128
const EXACT_LIMIT = 2 * SUB_BUCKETS; // values below are their own bucket
const MAX_VALUE = 2 ** 32 - 1; // about 71 minutes: anything longer is clamped
const BUCKETS = EXACT_LIMIT + (32 - SUB_BUCKET_BITS - 1) * SUB_BUCKETS;

export class LatencyHistogram {
  private readonly counts = new Float64Array(BUCKETS);
  private total = 0;
  private sum = 0;
  private min = Infinity;
  private max = 0;

  /** Records one latency in microseconds (fractions are rounded; negative values count as 0). */
  record(micros: number): void {
    const value = Math.min(MAX_VALUE, Math.max(0, Math.round(micros)));
    this.counts[bucketOf(value)]++;
    this.total++;
    this.sum += value;
    if (value < this.min) this.min = value;
    if (value > this.max) this.max = value;
  }

  get count(): number {
    return this.total;
  }

  get maxMicros(): number {
    return this.total === 0 ? 0 : this.max;
  }

  get minMicros(): number {
    return this.total === 0 ? 0 : this.min;
  }

  get meanMicros(): number {
    return this.total === 0 ? 0 : this.sum / this.total;
  }

  /**
   * The latency that `percent` % of the samples do not exceed (nearest-rank), as the highest value of its bucket,
   * capped at the largest sample: never below the true sample, at most 0.8 % above it. 0 when empty.
   */
  percentile(percent: number): number {
    if (this.total === 0) return 0;
    const rank = Math.max(1, Math.ceil((Math.min(100, Math.max(0, percent)) / 100) * this.total));
    let seen = 0;
    for (let index = 0; index < BUCKETS; index++) {
      seen += this.counts[index];
      if (seen >= rank) return Math.min(this.max, bucketHighest(index));
    }
    return this.max;
  }

  /** Adds another histogram's samples to this one. */
  add(other: LatencyHistogram): void {
    for (let index = 0; index < BUCKETS; index++) this.counts[index] += other.counts[index];
    this.total += other.total;
    this.sum += other.sum;
    if (other.total > 0) {
      this.min = Math.min(this.min, other.min);
      this.max = Math.max(this.max, other.max);
    }
  }
}

function bucketOf(value: number): number {
  if (value < EXACT_LIMIT) return value;
  const shift = 31 - Math.clz32(value) - SUB_BUCKET_BITS; // ≥ 1: the top 8 bits of value select the sub-bucket
  const top = Math.floor(value / 2 ** shift); // in [128, 255]
  return EXACT_LIMIT + (shift - 1) * SUB_BUCKETS + (top - SUB_BUCKETS);
}

function bucketHighest(index: number): number {
  if (index < EXACT_LIMIT) return index;
  const offset = index - EXACT_LIMIT;
  const shift = Math.floor(offset / SUB_BUCKETS) + 1;
  const top = SUB_BUCKETS + (offset % SUB_BUCKETS);
  return (top + 1) * 2 ** shift - 1;
}

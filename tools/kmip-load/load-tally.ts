import { LatencyHistogram } from './latency-histogram';

/**
 * The books of one phase of a run, shared by all its connections (they run on one event loop). Every request is
 * claimed before it is sent, and every claimed request ends as exactly one success or one failure, so
 * `requests === successes + failures` once the workers are done.
 */
export class LoadTally {
  requests = 0;
  successes = 0;
  failures = 0;
  readonly failureReasons = new Map<string, number>();
  /** Latencies of successful requests only: a fast refusal must not make a server look quick. */
  readonly latencies = new LatencyHistogram();
  private remaining: number | undefined;

  /** Stops handing out requests at `deadline` (a performance.now() time) or after `limit` requests. */
  constructor(
    private readonly deadline: number | undefined,
    limit: number | undefined,
  ) {
    this.remaining = limit;
  }

  /** Takes the next request to send, or false when the phase is over. */
  claim(): boolean {
    if (this.remaining !== undefined) {
      if (this.remaining <= 0) return false;
      this.remaining--;
    } else if (this.deadline !== undefined && performance.now() >= this.deadline) {
      return false;
    }
    this.requests++;
    return true;
  }

  success(latencyMicros: number): void {
    this.successes++;
    this.latencies.record(latencyMicros);
  }

  failure(reason: string): void {
    this.failures++;
    this.failureReasons.set(reason, (this.failureReasons.get(reason) ?? 0) + 1);
  }
}

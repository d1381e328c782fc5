/**
 * Gathers the calls made while the event loop is busy into one batch, run once the loop has nothing else to do
 * (`setImmediate`): the sixteen Gets that one read of sixteen sockets starts become one round trip instead of sixteen.
 * A lone call waits for no timer, so an idle service answers as fast as without batching. When `maxInFlight` batches
 * are already out, new calls queue and leave together when one comes back, so the batches grow with the load.
 */

/** One input's outcome: a batch may succeed for some inputs and fail for others. */
export type Settled<O> = { readonly ok: true; readonly value: O } | { readonly ok: false; readonly error: unknown };

/** Runs a batch; returns one outcome per input, in input order. A throw fails every input of the batch. */
export type RunBatch<I, O> = (inputs: readonly I[]) => Promise<readonly Settled<O>[]>;

export interface MicroBatcherOptions {
  /** Inputs per batch at most. Default 128. */
  readonly maxBatch?: number;
  /** Batches running at once at most. Default 4. */
  readonly maxInFlight?: number;
}

interface Pending<I, O> {
  readonly input: I;
  readonly resolve: (value: O) => void;
  readonly reject: (error: unknown) => void;
}

export class MicroBatcher<I, O> {
  private readonly queue: Pending<I, O>[] = [];
  private readonly maxBatch: number;
  private readonly maxInFlight: number;
  private inFlight = 0;
  private scheduled = false;

  constructor(
    private readonly run: RunBatch<I, O>,
    options: MicroBatcherOptions = {},
  ) {
    this.maxBatch = options.maxBatch ?? 128;
    this.maxInFlight = options.maxInFlight ?? 4;
    if (!(this.maxBatch >= 1 && this.maxInFlight >= 1)) throw new RangeError('maxBatch and maxInFlight must be ≥ 1');
  }

  call(input: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.queue.push({ input, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled || this.inFlight >= this.maxInFlight || this.queue.length === 0) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.flush();
    });
  }

  private flush(): void {
    while (this.queue.length > 0 && this.inFlight < this.maxInFlight) {
      const batch = this.queue.splice(0, this.maxBatch);
      this.inFlight++;
      void this.runBatch(batch).finally(() => {
        this.inFlight--;
        this.schedule();
      });
    }
  }

  private async runBatch(batch: readonly Pending<I, O>[]): Promise<void> {
    let outcomes: readonly Settled<O>[];
    try {
      outcomes = await this.run(batch.map((p) => p.input));
      if (outcomes.length !== batch.length) {
        throw new Error(`a batch of ${batch.length} inputs came back with ${outcomes.length} outcomes`);
      }
    } catch (error) {
      for (const p of batch) p.reject(error);
      return;
    }
    batch.forEach((p, i) => {
      const outcome = outcomes[i];
      if (outcome.ok) p.resolve(outcome.value);
      else p.reject(outcome.error);
    });
  }
}

/** Runs `task` and captures its outcome. */
export async function settle<O>(task: () => Promise<O>): Promise<Settled<O>> {
  try {
    return { ok: true, value: await task() };
  } catch (error) {
    return { ok: false, error };
  }
}

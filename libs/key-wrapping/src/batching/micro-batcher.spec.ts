import { MicroBatcher, settle, type Settled } from './micro-batcher';

const turn = () => new Promise((resolve) => setImmediate(resolve));

const double = (inputs: readonly number[]): Promise<Settled<number>[]> =>
  Promise.resolve(inputs.map((n) => ({ ok: true as const, value: n * 2 })));

describe('MicroBatcher', () => {
  it('runs the calls made in one turn of the event loop as one batch, answering each in order', async () => {
    const batches: number[][] = [];
    const batcher = new MicroBatcher<number, number>((inputs) => {
      batches.push([...inputs]);
      return double(inputs);
    });
    const results = await Promise.all([1, 2, 3].map((n) => batcher.call(n)));
    expect(results).toEqual([2, 4, 6]);
    expect(batches).toEqual([[1, 2, 3]]);
  });

  it('runs a lone call on its own', async () => {
    const run = jest.fn(double);
    const batcher = new MicroBatcher<number, number>(run);
    await expect(batcher.call(5)).resolves.toBe(10);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('fails only the inputs whose outcome is an error', async () => {
    const batcher = new MicroBatcher<number, number>((inputs) =>
      Promise.resolve(inputs.map((n) => (n % 2 ? { ok: true as const, value: n } : { ok: false as const, error: n }))),
    );
    const results = await Promise.allSettled([1, 2, 3].map((n) => batcher.call(n)));
    expect(results).toEqual([
      { status: 'fulfilled', value: 1 },
      { status: 'rejected', reason: 2 },
      { status: 'fulfilled', value: 3 },
    ]);
  });

  it('fails every input of a batch that throws, and keeps serving later calls', async () => {
    let fail = true;
    const batcher = new MicroBatcher<number, number>((inputs) => {
      if (fail) return Promise.reject(new Error('connection lost'));
      return double(inputs);
    });
    const failed = await Promise.allSettled([1, 2].map((n) => batcher.call(n)));
    expect(failed.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    fail = false;
    await expect(batcher.call(4)).resolves.toBe(8);
  });

  it('refuses a batch answered with the wrong number of outcomes', async () => {
    const batcher = new MicroBatcher<number, number>(() => Promise.resolve([{ ok: true, value: 1 }]));
    const results = await Promise.allSettled([1, 2].map((n) => batcher.call(n)));
    expect(results.every((r) => r.status === 'rejected')).toBe(true);
  });

  it('splits a queue longer than maxBatch', async () => {
    const sizes: number[] = [];
    const batcher = new MicroBatcher<number, number>(
      (inputs) => {
        sizes.push(inputs.length);
        return double(inputs);
      },
      { maxBatch: 2 },
    );
    await Promise.all([1, 2, 3, 4, 5].map((n) => batcher.call(n)));
    expect(sizes).toEqual([2, 2, 1]);
  });

  it('holds new calls while maxInFlight batches run, then sends them together', async () => {
    const batches: number[][] = [];
    const releases: (() => void)[] = [];
    const batcher = new MicroBatcher<number, number>(
      (inputs) => {
        batches.push([...inputs]);
        return new Promise((resolve) => releases.push(() => resolve(inputs.map((n) => ({ ok: true, value: n })))));
      },
      { maxInFlight: 1 },
    );
    const first = batcher.call(1);
    await turn();
    const later = [2, 3, 4].map((n) => batcher.call(n));
    await turn();
    await turn();
    expect(batches).toEqual([[1]]);
    releases[0]();
    await first;
    await turn();
    await turn();
    expect(batches).toEqual([[1], [2, 3, 4]]);
    releases[1]();
    await expect(Promise.all(later)).resolves.toEqual([2, 3, 4]);
  });

  it('rejects nonsensical limits', () => {
    expect(() => new MicroBatcher(double, { maxBatch: 0 })).toThrow(RangeError);
    expect(() => new MicroBatcher(double, { maxInFlight: 0 })).toThrow(RangeError);
  });
});

describe('settle', () => {
  it('captures a value or an error', async () => {
    await expect(settle(() => Promise.resolve(1))).resolves.toEqual({ ok: true, value: 1 });
    const error = new Error('x');
    await expect(settle(() => Promise.reject(error))).resolves.toEqual({ ok: false, error });
  });
});

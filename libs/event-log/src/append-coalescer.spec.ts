import { AppendCoalescer, type PartitionAck, type ProduceRequest } from './append-coalescer';

/** A stand-in broker: assigns offsets per topic partition in request order, one request at a time. */
class FakeBroker {
  readonly requests: ProduceRequest[] = [];
  readonly log = new Map<string, string[]>();
  failNext = false;
  private release: (() => void) | undefined;
  private hold = false;

  holdRequests(): void {
    this.hold = true;
  }

  releaseHeld(): void {
    this.hold = false;
    this.release?.();
  }

  produce = async (request: ProduceRequest): Promise<PartitionAck[]> => {
    this.requests.push(request);
    if (this.hold) await new Promise<void>((resolve) => (this.release = resolve));
    if (this.failNext) {
      this.failNext = false;
      throw new Error('broker unavailable');
    }
    const acks: PartitionAck[] = [];
    for (const { topic, records } of request) {
      for (const partition of new Set(records.map((r) => r.partition))) {
        const stored = this.log.get(`${topic}/${partition}`) ?? [];
        acks.push({ topic, partition, baseOffset: stored.length });
        stored.push(...records.filter((r) => r.partition === partition).map((r) => String(r.value)));
        this.log.set(`${topic}/${partition}`, stored);
      }
    }
    return acks;
  };
}

const rec = (value: string, partition = 0) => ({ key: 'k', value, partition });

describe('AppendCoalescer', () => {
  it('gives each record the offset the broker stored it at', async () => {
    const broker = new FakeBroker();
    const appends = new AppendCoalescer(broker.produce, 1_000);
    const positions = await appends.append('t', [rec('a', 0), rec('b', 1), rec('c', 0)], [10, 10, 10]);
    expect(positions).toEqual([
      { partition: 0, offset: 0 },
      { partition: 1, offset: 0 },
      { partition: 0, offset: 1 },
    ]);
    expect(broker.log.get('t/0')).toEqual(['a', 'c']);
  });

  it('sends appends that arrive while a request is out together, in arrival order', async () => {
    const broker = new FakeBroker();
    const appends = new AppendCoalescer(broker.produce, 1_000);
    broker.holdRequests();
    const first = appends.append('t', [rec('1')], [10]);
    const queued = [
      appends.append('t', [rec('2')], [10]),
      appends.append('u', [rec('x')], [10]),
      appends.append('t', [rec('3')], [10]),
    ];
    broker.releaseHeld();
    await first;
    const positions = await Promise.all(queued);
    expect(broker.requests).toHaveLength(2);
    expect(broker.log.get('t/0')).toEqual(['1', '2', '3']);
    expect(positions).toEqual([
      [{ partition: 0, offset: 1 }],
      [{ partition: 0, offset: 0 }],
      [{ partition: 0, offset: 2 }],
    ]);
  });

  it('splits a batch over the size limit into several requests, keeping its order', async () => {
    const broker = new FakeBroker();
    const appends = new AppendCoalescer(broker.produce, 25);
    const values = ['a', 'b', 'c', 'd', 'e'];
    const positions = await appends.append(
      't',
      values.map((v) => rec(v)),
      [10, 10, 10, 10, 10],
    );
    expect(broker.requests.length).toBe(3);
    expect(broker.log.get('t/0')).toEqual(values);
    expect(positions.map((p) => p.offset)).toEqual([0, 1, 2, 3, 4]);
  });

  it('fails every append of a failed request, sends nothing more of them, and carries on with later ones', async () => {
    const broker = new FakeBroker();
    const appends = new AppendCoalescer(broker.produce, 15);
    broker.failNext = true;
    await expect(appends.append('t', [rec('a'), rec('b')], [10, 10])).rejects.toThrow('broker unavailable');
    await expect(appends.append('t', [rec('c')], [10])).resolves.toEqual([{ partition: 0, offset: 0 }]);
    expect(broker.log.get('t/0')).toEqual(['c']);
  });

  it('tells when every queued append has settled', async () => {
    const broker = new FakeBroker();
    const appends = new AppendCoalescer(broker.produce, 1_000);
    broker.holdRequests();
    let settled = 0;
    for (const v of ['a', 'b', 'c']) void appends.append('t', [rec(v)], [10]).then(() => settled++);
    const idle = appends.whenIdle();
    broker.releaseHeld();
    await idle;
    await Promise.resolve();
    expect(settled).toBe(3);
    expect(broker.log.get('t/0')).toEqual(['a', 'b', 'c']);
  });
});

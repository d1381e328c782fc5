import type { SqlDatabase } from '@kmip/sql';
import type { ConsumerPositions } from './consumer-positions';
import { PassedPositions } from './passed-positions';

function setup(intervalMs: number) {
  const stores: [number, number][] = [];
  const positions = {
    store: (_db: unknown, partition: number, nextOffset: number) => {
      stores.push([partition, nextOffset]);
      return Promise.resolve();
    },
  } as unknown as ConsumerPositions;
  let now = 0;
  const passed = new PassedPositions({} as SqlDatabase, positions, { intervalMs, now: () => now });
  return { stores, passed, advance: (ms: number) => (now += ms) };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('PassedPositions', () => {
  it('stores the first position at once and holds later ones back until the interval passed', async () => {
    const { stores, passed, advance } = setup(30);
    await passed.passed(0, 5);
    expect(stores).toEqual([[0, 5]]);
    await passed.passed(0, 6);
    await passed.passed(0, 7);
    await passed.passed(1, 3);
    expect(stores).toEqual([
      [0, 5],
      [1, 3],
    ]);
    advance(30);
    await sleep(60);
    expect(stores).toEqual([
      [0, 5],
      [1, 3],
      [0, 7],
    ]);
  });

  it('drops what it held once an effect stored a later position with its change', async () => {
    const { stores, passed } = setup(30);
    await passed.passed(0, 5);
    await passed.passed(0, 6);
    passed.storedWithEffect(0);
    await sleep(60);
    expect(stores).toEqual([[0, 5]]);
  });

  it('stores what it held on flush', async () => {
    const { stores, passed } = setup(60_000);
    await passed.passed(0, 5);
    await passed.passed(0, 9);
    await passed.flush();
    expect(stores).toEqual([
      [0, 5],
      [0, 9],
    ]);
    await passed.flush();
    expect(stores).toHaveLength(2);
  });
});

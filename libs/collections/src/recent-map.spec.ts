import fc from 'fast-check';
import { RecentMap } from './recent-map';

describe('RecentMap', () => {
  it('keeps every key while under half its capacity, and reads back what was set', () => {
    const map = new RecentMap<string, number>(10);
    for (let i = 0; i < 4; i++) map.set(`k${i}`, i);
    expect(map.size).toBe(4);
    expect([0, 1, 2, 3].map((i) => map.get(`k${i}`))).toEqual([0, 1, 2, 3]);
    expect(map.has('k9')).toBe(false);
    expect(map.get('k9')).toBeUndefined();
  });

  it('never holds more than its capacity and always holds the most recent half, with their latest values', () => {
    const operation = fc.record({ kind: fc.constantFrom('set', 'delete'), key: fc.integer({ min: 0, max: 60 }) });
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 40 }), fc.array(operation, { maxLength: 300 }), (capacity, operations) => {
        const map = new RecentMap<number, string>(capacity);
        const model = new Map<number, string>(); // in order of the last set: the most recent last
        operations.forEach(({ kind, key }, step) => {
          if (kind === 'set') {
            model.delete(key);
            model.set(key, `v${step}`);
            map.set(key, `v${step}`);
          } else {
            const held = map.has(key);
            expect(map.delete(key)).toBe(held);
            expect(map.has(key)).toBe(false);
            model.delete(key);
          }
          expect(map.size).toBeLessThanOrEqual(capacity);
          const recent = [...model.keys()].slice(-Math.floor(capacity / 2));
          for (const k of recent) expect(map.get(k)).toBe(model.get(k));
          // Whatever older key it still holds carries its latest value, never a stale one.
          for (const k of model.keys()) if (map.has(k)) expect(map.get(k)).toBe(model.get(k));
        });
        expect(map.size).toBe([...model.keys()].filter((k) => map.has(k)).length);
      }),
    );
  });

  it('forgets deleted and cleared keys', () => {
    const map = new RecentMap<string, number>(4);
    map.set('a', 1).set('b', 2).set('c', 3);
    expect(map.delete('a')).toBe(true);
    expect(map.delete('a')).toBe(false);
    expect(map.has('a')).toBe(false);
    map.clear();
    expect(map.size).toBe(0);
    expect(map.get('c')).toBeUndefined();
  });

  it('refuses a capacity that cannot hold a generation', () => {
    expect(() => new RecentMap(1)).toThrow(RangeError);
    expect(() => new RecentMap(2.5)).toThrow(RangeError);
  });
});

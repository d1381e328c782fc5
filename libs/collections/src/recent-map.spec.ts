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

  it('never holds more than its capacity and holds every key set among the last capacity / 2 keys, with its latest value', () => {
    const operation = fc.record({ kind: fc.constantFrom('set', 'delete'), key: fc.integer({ min: 0, max: 60 }) });
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 40 }), fc.array(operation, { maxLength: 300 }), (capacity, operations) => {
        const map = new RecentMap<number, string>(capacity);
        const model = new Map<number, string>(); // what is held, were nothing ever forgotten
        // Every key ever set, in order of its last set (the most recent last); a delete does not take it out, since
        // a deleted key still counts among the keys set since an older one.
        const setOrder = new Map<number, true>();
        operations.forEach(({ kind, key }, step) => {
          if (kind === 'set') {
            model.set(key, `v${step}`);
            setOrder.delete(key);
            setOrder.set(key, true);
            map.set(key, `v${step}`);
          } else {
            const held = map.has(key);
            expect(map.delete(key)).toBe(held);
            expect(map.has(key)).toBe(false);
            model.delete(key);
          }
          expect(map.size).toBeLessThanOrEqual(capacity);
          const recent = [...setOrder.keys()].slice(-Math.floor(capacity / 2)).filter((k) => model.has(k));
          for (const k of recent) expect(map.get(k)).toBe(model.get(k));
          // Whatever older key it still holds carries its latest value, never a stale one.
          for (const k of model.keys()) if (map.has(k)) expect(map.get(k)).toBe(model.get(k));
        });
        expect(map.size).toBe([...model.keys()].filter((k) => map.has(k)).length);
      }),
    );
  });

  it('may forget a key once capacity / 2 others were set after it, even if those were deleted since', () => {
    // Found by the property test above: with capacity 2, 0 is forgotten once 4 is set, and deleting 4 does not bring
    // 0 back. What a caller may rely on counts sets, not the keys still present.
    const map = new RecentMap<number, string>(2);
    map.set(0, 'a').set(4, 'b');
    map.delete(4);
    expect(map.has(0)).toBe(false);
    expect(map.size).toBe(0);
    map.set(7, 'c');
    expect(map.get(7)).toBe('c');
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

  it('on rotate, keeps the keys set since the last rotation and drops the ones before', () => {
    const map = new RecentMap<string, number>(100);
    map.set('a', 1);
    map.rotate();
    map.set('b', 2);
    expect([map.get('a'), map.get('b'), map.size]).toEqual([1, 2, 2]);
    map.rotate();
    expect([map.has('a'), map.get('b'), map.size]).toEqual([false, 2, 1]);
    map.set('b', 3);
    map.rotate();
    expect(map.get('b')).toBe(3);
  });

  it('refuses a capacity that cannot hold a generation', () => {
    expect(() => new RecentMap(1)).toThrow(RangeError);
    expect(() => new RecentMap(2.5)).toThrow(RangeError);
  });
});

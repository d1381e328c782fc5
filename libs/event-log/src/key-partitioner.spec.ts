import fc from 'fast-check';
import { murmur2, partitionForKey } from './key-partitioner';

// Vectors from Kafka's UtilsTest.testMurmur2 (clients/src/test/java/org/apache/kafka/common/utils/UtilsTest.java).
const kafkaVectors: Array<[string, number]> = [
  ['21', -973932308],
  ['foobar', -790332482],
  ['a-little-bit-long-string', -985981536],
  ['a-little-bit-longer-string', -1486304829],
  ['lkjh234lh9fiuh90y23oiuhsafujhadof229phr9h19h89h8', -58897971],
  ['abc', 479470107],
];

describe('murmur2', () => {
  it.each(kafkaVectors)('hashes %p like Kafka', (input, expected) => {
    expect(murmur2(Buffer.from(input, 'utf8'))).toBe(expected);
  });
});

describe('partitionForKey', () => {
  it('places every key on a valid partition, the same one every time', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 1, max: 64 }), (key, count) => {
        const p = partitionForKey(key, count);
        expect(Number.isInteger(p) && p >= 0 && p < count).toBe(true);
        expect(partitionForKey(key, count)).toBe(p);
      }),
    );
  });

  it('spreads distinct tenants over the partitions', () => {
    const used = new Set(Array.from({ length: 200 }, (_, i) => partitionForKey(`tenant-${i}`, 8)));
    expect(used.size).toBe(8);
  });

  it('rejects a partition count below one', () => {
    expect(() => partitionForKey('t', 0)).toThrow(RangeError);
  });
});

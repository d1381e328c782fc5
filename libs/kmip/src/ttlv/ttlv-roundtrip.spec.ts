import fc from 'fast-check';
import { canonicalBigIntegerLength } from './big-integer-codec';
import { decodeTtlv } from './ttlv-decoder';
import { encodeTtlv } from './ttlv-encoder';
import type { TtlvItem } from './ttlv-item';

const INT64_MIN = -(1n << 63n);
const INT64_MAX = (1n << 63n) - 1n;

const tag = fc.oneof(fc.integer({ min: 0x420001, max: 0x4201ff }), fc.integer({ min: 0, max: 0xffffff }));
const int64 = fc.bigInt({ min: INT64_MIN, max: INT64_MAX });
const uint32 = fc.integer({ min: 0, max: 0xffffffff });

const bigInteger = fc
  .tuple(tag, fc.bigInt({ min: -(1n << 520n), max: 1n << 520n }), fc.integer({ min: 0, max: 2 }))
  .map(([t, value, extraWords]): TtlvItem => {
    // Decoding only records a non-canonical length, so generate either none or a longer one.
    if (extraWords === 0) return { tag: t, type: 'BigInteger', value };
    return { tag: t, type: 'BigInteger', value, encodedLength: canonicalBigIntegerLength(value) + 8 * extraWords };
  });

const primitive: fc.Arbitrary<TtlvItem> = fc.oneof(
  fc.record({ tag, type: fc.constant('Integer' as const), value: fc.integer({ min: -0x80000000, max: 0x7fffffff }) }),
  fc.record({ tag, type: fc.constant('LongInteger' as const), value: int64 }),
  bigInteger,
  fc.record({ tag, type: fc.constant('Enumeration' as const), value: uint32 }),
  fc.record({ tag, type: fc.constant('Boolean' as const), value: fc.boolean() }),
  fc.record({
    tag,
    type: fc.constant('TextString' as const),
    value: fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ maxLength: 40 })),
  }),
  fc.record({
    tag,
    type: fc.constant('ByteString' as const),
    value: fc.uint8Array({ maxLength: 48 }).map((bytes) => Buffer.from(bytes)),
  }),
  fc.record({ tag, type: fc.constant('DateTime' as const), value: int64 }),
  fc.record({ tag, type: fc.constant('Interval' as const), value: uint32 }),
  fc.record({ tag, type: fc.constant('DateTimeExtended' as const), value: int64 }),
);

const tree = fc.letrec<{ item: TtlvItem }>((self) => ({
  item: fc.oneof(
    { depthSize: 'small', maxDepth: 6 },
    primitive,
    fc.record({ tag, type: fc.constant('Structure' as const), value: fc.array(self('item'), { maxLength: 6 }) }),
  ),
})).item;

describe('TTLV round trip (property)', () => {
  it('decode(encode(t)) equals t and re-encoding gives identical bytes', () => {
    fc.assert(
      fc.property(tree, (item) => {
        const bytes = encodeTtlv(item);
        expect(bytes.length % 8).toBe(0);
        const decoded = decodeTtlv(bytes, { maxItems: Infinity, maxMessageLength: Infinity });
        expect(decoded).toEqual(item);
        expect(encodeTtlv(decoded).equals(bytes)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});

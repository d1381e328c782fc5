import { ttlv } from './ttlv-builders';
import { TtlvEncodeError, type TtlvEncodeErrorReason } from './ttlv-encode-error';
import { encodeTtlv, encodedTtlvLength, TTLV_MAX_ENCODE_DEPTH } from './ttlv-encoder';
import type { TtlvItem } from './ttlv-item';
import { vcenterGetResponse } from './vectors/vcenter-messages';

function encodeError(item: TtlvItem): TtlvEncodeError {
  try {
    encodeTtlv(item);
  } catch (err) {
    if (err instanceof TtlvEncodeError) return err;
    throw err;
  }
  throw new Error('expected a TtlvEncodeError, the item encoded');
}

/** Items that only a caller ignoring the types could build. */
const raw = (item: unknown) => item as TtlvItem;

describe('encodeTtlv validation', () => {
  it.each<[string, TtlvItem, TtlvEncodeErrorReason]>([
    ['a tag above 24 bits', ttlv.integer(0x1000000, 1), 'bad-tag'],
    ['a negative tag', ttlv.integer(-1, 1), 'bad-tag'],
    ['a fractional tag', ttlv.integer(1.5, 1), 'bad-tag'],
    ['an Integer above int32', ttlv.integer(0x420020, 0x80000000), 'out-of-range'],
    ['an Integer below int32', ttlv.integer(0x420020, -0x80000001), 'out-of-range'],
    ['a fractional Integer', ttlv.integer(0x420020, 0.5), 'out-of-range'],
    ['a negative Enumeration', ttlv.enumeration(0x420020, -1), 'out-of-range'],
    ['an Enumeration above uint32', ttlv.enumeration(0x420020, 2 ** 32), 'out-of-range'],
    ['an Interval above uint32', ttlv.interval(0x420020, 2 ** 32), 'out-of-range'],
    ['a Long Integer above int64', ttlv.longInteger(0x420020, 1n << 63n), 'out-of-range'],
    ['a Date-Time below int64', ttlv.dateTime(0x420020, -(1n << 63n) - 1n), 'out-of-range'],
    ['a Long Integer given as a number', raw({ tag: 0x420020, type: 'LongInteger', value: 5 }), 'bad-value'],
    ['a Boolean given as a number', raw({ tag: 0x420020, type: 'Boolean', value: 1 }), 'bad-value'],
    ['a Byte String given as an array', raw({ tag: 0x420020, type: 'ByteString', value: [1, 2] }), 'bad-value'],
    ['a Structure that is not an array', raw({ tag: 0x420020, type: 'Structure', value: {} }), 'bad-value'],
    ['an unknown type', raw({ tag: 0x420020, type: 'Float', value: 1 }), 'unknown-type'],
    ['a lone surrogate in a Text String', ttlv.text(0x420020, 'a\uD800b'), 'invalid-text'],
    ['a Big Integer length that is not a multiple of 8', ttlv.bigInteger(0x420020, 1n, 4), 'bad-length'],
    ['a Big Integer length too short for the value', ttlv.bigInteger(0x420020, 1n << 64n, 8), 'bad-length'],
    ['a zero-length non-zero Big Integer', ttlv.bigInteger(0x420020, -1n, 0), 'bad-length'],
  ])('rejects %s', (_name, item, reason) => {
    expect(encodeError(item).reason).toBe(reason);
  });

  it('names the path of the offending item, not its value', () => {
    const item = ttlv.structure(0x420078, [
      ttlv.structure(0x42000f, [ttlv.integer(0x42000d, 1), ttlv.enumeration(0x42005c, -7)]),
    ]);
    const err = encodeError(item);
    expect(err.path).toEqual([0x420078, 0x42000f, 0x42005c]);
    expect(err.message).toContain('420078/42000F/42005C');
    expect(err.message).not.toContain('-7');
  });

  it('refuses trees deeper than it follows instead of overflowing the stack', () => {
    let item: TtlvItem = ttlv.integer(0x420020, 1);
    for (let i = 0; i <= TTLV_MAX_ENCODE_DEPTH; i++) item = ttlv.structure(0x420020, [item]);
    expect(encodeError(item).reason).toBe('too-deep');
  });
});

describe('encodeTtlv output', () => {
  it('zeroes every padding byte although the buffer is not pre-zeroed', () => {
    for (let round = 0; round < 50; round++) {
      // Dirty the allocator's pool so stale bytes would show up in padding.
      Buffer.allocUnsafe(4096).fill(0xaa);
      const bytes = encodeTtlv(
        ttlv.structure(0x420078, [ttlv.text(1, 'abc'), ttlv.bytes(2, Buffer.from([7])), ttlv.integer(3, -1)]),
      );
      expect(bytes.toString('hex')).toBe(
        '42007801000000300000010700000003616263000000000000000208000000010700000000000000000003020000000' +
          '4ffffffff00000000',
      );
    }
  });

  it('computes the same length it writes', () => {
    const message = vcenterGetResponse();
    expect(encodedTtlvLength(message)).toBe(encodeTtlv(message).length);
  });
});

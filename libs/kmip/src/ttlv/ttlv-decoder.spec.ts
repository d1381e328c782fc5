import { ttlv } from './ttlv-builders';
import { TtlvDecodeError, type TtlvDecodeErrorReason } from './ttlv-decode-error';
import { decodeTtlv, decodeTtlvPrefix } from './ttlv-decoder';
import { encodeTtlv } from './ttlv-encoder';
import type { TtlvItem } from './ttlv-item';
import type { TtlvLimits } from './ttlv-limits';
import { hexBytes } from './vectors/hex';
import { MESSAGE_VECTORS } from './vectors/message-vectors';
import { vcenterCreateRequest, vcenterGetResponse } from './vectors/vcenter-messages';

function decodeError(bytes: Uint8Array, limits?: Partial<TtlvLimits>): TtlvDecodeError {
  try {
    decodeTtlv(bytes, limits);
  } catch (err) {
    if (err instanceof TtlvDecodeError) return err;
    throw err;
  }
  throw new Error('expected a TtlvDecodeError, the input decoded');
}

function expectRejected(bytes: Uint8Array, reason: TtlvDecodeErrorReason, limits?: Partial<TtlvLimits>) {
  const err = decodeError(bytes, limits);
  expect(err.reason).toBe(reason);
  return err;
}

/** Several valid messages of different shapes: requests, responses, key material, empty payloads. */
const SAMPLES: readonly Buffer[] = [
  encodeTtlv(vcenterCreateRequest()),
  encodeTtlv(vcenterGetResponse()),
  ...MESSAGE_VECTORS.filter((_, i) => i % 4 === 0).map((v) => hexBytes(v.hex)),
];

describe('decodeTtlv on malformed input', () => {
  it('rejects every strict prefix of valid messages as truncated', () => {
    for (const message of SAMPLES) {
      for (let length = 0; length < message.length; length++) {
        expect(decodeError(message.subarray(0, length)).reason).toBe('truncated');
      }
    }
  });

  it('either decodes or throws TtlvDecodeError for every single-byte mutation, and what it accepts re-encodes as is', () => {
    let accepted = 0;
    let rejected = 0;
    for (const message of SAMPLES) {
      for (let at = 0; at < message.length; at++) {
        for (const mask of [0x01, 0x80, 0xff]) {
          const mutant = Buffer.from(message);
          mutant[at] = mutant[at] ^ mask;
          let item: TtlvItem;
          try {
            item = decodeTtlv(mutant);
          } catch (err) {
            expect(err).toBeInstanceOf(TtlvDecodeError);
            rejected++;
            continue;
          }
          accepted++;
          expect(encodeTtlv(item).equals(mutant)).toBe(true);
        }
      }
    }
    // Tags and values are free-form, so many mutants stay valid; header and padding damage must be caught.
    expect(accepted).toBeGreaterThan(0);
    expect(rejected).toBeGreaterThan(0);
  });

  it('rejects a declared length of 0xFFFFFFFF without allocating it', () => {
    const header = hexBytes('420078 01 FFFFFFF8 42000D 02 00000004 00000001 00000000');
    expectRejected(header, 'too-large');
    // Even with the size limit lifted the decoder only notices the input is short; a 4 GiB allocation would throw
    // a RangeError here instead.
    expectRejected(header, 'truncated', { maxMessageLength: Number.MAX_SAFE_INTEGER });
    const byteString = hexBytes('420043 08 FFFFFFFF 0102030405060708');
    expectRejected(byteString, 'truncated', { maxMessageLength: Number.MAX_SAFE_INTEGER });
    const nested = hexBytes('420078 01 00000010 420043 08 FFFFFFFF 01020304 05060708');
    expectRejected(nested, 'length-mismatch');
  });

  it('reports offset and path of the failing item', () => {
    // Batch Count declared as an Integer of length 8 inside Request Header inside Request Message.
    const bytes = hexBytes(
      '420078 01 00000020 420077 01 00000018 42000D 02 00000008 00000001 00000000 0000000000000000',
    );
    const err = expectRejected(bytes, 'bad-length');
    expect(err.offset).toBe(16);
    expect(err.path).toEqual([0x420078, 0x420077, 0x42000d]);
    expect(err.message).toContain('420078/420077/42000D');
  });

  it.each<[string, string, TtlvDecodeErrorReason, number]>([
    ['an unknown item type', '420020 0C 00000004 00000008 00000000', 'unknown-type', 0],
    ['an Integer of length 8', '420020 02 00000008 00000000 00000008', 'bad-length', 0],
    ['a Boolean of length 4', '420020 06 00000004 00000001 00000000', 'bad-length', 0],
    ['a Big Integer whose length is not a multiple of 8', '420020 04 00000004 00000001 00000000', 'bad-length', 0],
    ['a Structure whose length is not a multiple of 8', '420020 01 00000004 00000000 00000000', 'bad-length', 0],
    ['non-zero Integer padding', '420020 02 00000004 00000008 00000100', 'bad-padding', 14],
    ['non-zero Text String padding', '420020 07 00000001 41 00000000 000001', 'bad-padding', 15],
    ['a Boolean of 2', '420020 06 00000008 00000000 00000002', 'bad-boolean', 8],
    ['a Boolean with high bits set', '420020 06 00000008 00000001 00000001', 'bad-boolean', 8],
    ['a truncated continuation byte', '420020 07 00000002 C328 000000000000', 'invalid-utf8', 8],
    ['an overlong encoding of "/"', '420020 07 00000002 C0AF 000000000000', 'invalid-utf8', 8],
    ['an encoded UTF-16 surrogate', '420020 07 00000003 EDA080 0000000000', 'invalid-utf8', 8],
    ['a code point above U+10FFFF', '420020 07 00000004 F4908080 00000000', 'invalid-utf8', 8],
    [
      'a child that overruns its structure',
      '420078 01 00000008 420020 02 00000004 00000001 00000000',
      'length-mismatch',
      8,
    ],
    ['bytes after the top-level item', '420020 02 00000004 00000001 00000000 00', 'trailing-bytes', 16],
    ['an incomplete header', '420020 02 0000', 'truncated', 0],
    ['empty input', '', 'truncated', 0],
  ])('rejects %s', (_name, hex, reason, offset) => {
    expect(expectRejected(hexBytes(hex), reason).offset).toBe(offset);
  });

  it('keeps key material and other values out of error messages', () => {
    const secret = 'DEADBEEFCAFEF00D';
    const err = expectRejected(hexBytes(`420043 08 00000008 ${secret} 42`), 'trailing-bytes');
    const text = `${err.message} ${String(err.stack)}`.toUpperCase();
    expect(text).not.toContain(secret);
  });
});

describe('decodeTtlv limits', () => {
  function nested(depth: number): Buffer {
    // Built directly: each level is an 8-byte header around the next one.
    const bytes = Buffer.alloc(depth * 8);
    for (let level = 0; level < depth; level++) {
      bytes.writeUIntBE(0x420020, level * 8, 3);
      bytes[level * 8 + 3] = 0x01;
      bytes.writeUInt32BE((depth - level - 1) * 8, level * 8 + 4);
    }
    return bytes;
  }

  it('refuses nesting deeper than maxDepth, and survives hostile depth when the limit is lifted', () => {
    expectRejected(nested(33), 'too-deep');
    expect(decodeTtlv(nested(32)).type).toBe('Structure');
    const deep = nested(200_000);
    const item = decodeTtlv(deep, { maxDepth: Infinity, maxItems: Infinity, maxMessageLength: Infinity });
    expect(item.type).toBe('Structure');
  });

  it('refuses more items than maxItems', () => {
    const items = Array.from({ length: 10 }, (_, i) => ttlv.integer(0x420020, i));
    const bytes = encodeTtlv(ttlv.structure(0x420078, items));
    expectRejected(bytes, 'too-many-items', { maxItems: 10 });
    expect(decodeTtlv(bytes, { maxItems: 11 })).toEqual(ttlv.structure(0x420078, items));
  });

  it('refuses a top-level item longer than maxMessageLength from its header alone', () => {
    const bytes = encodeTtlv(vcenterGetResponse());
    expectRejected(bytes.subarray(0, 8), 'too-large', { maxMessageLength: bytes.length - 1 });
    expect(decodeTtlv(bytes, { maxMessageLength: bytes.length }).tag).toBe(0x42007b);
  });

  it('accepts non-zero padding only when strictPadding is off (and then re-encodes with zeros)', () => {
    const bytes = hexBytes('420020 02 00000004 00000008 00000100');
    expectRejected(bytes, 'bad-padding');
    const item = decodeTtlv(bytes, { strictPadding: false });
    expect(item).toEqual(ttlv.integer(0x420020, 8));
  });
});

describe('decodeTtlv values', () => {
  it('keeps unknown and vendor-extension tags as ordinary items', () => {
    const vendor = ttlv.structure(0x540001, [ttlv.text(0x540002, 'x-vendor'), ttlv.bytes(0x54ffff, Buffer.from([9]))]);
    const message = ttlv.structure(0x420078, [vendor, ttlv.integer(0x000001, -1)]);
    const bytes = encodeTtlv(message);
    expect(decodeTtlv(bytes)).toEqual(message);
    expect(encodeTtlv(decodeTtlv(bytes)).equals(bytes)).toBe(true);
  });

  it('round-trips a Big Integer carrying more sign extension than needed, byte for byte', () => {
    const wide = hexBytes('420020 04 00000010 FFFFFFFFFFFFFFFF FFFFFFFFFFFFFFFE');
    expect(decodeTtlv(wide)).toEqual(ttlv.bigInteger(0x420020, -2n, 16));
    expect(encodeTtlv(decodeTtlv(wide)).equals(wide)).toBe(true);
    const empty = hexBytes('420020 04 00000000');
    expect(decodeTtlv(empty)).toEqual(ttlv.bigInteger(0x420020, 0n, 0));
    expect(encodeTtlv(decodeTtlv(empty)).equals(empty)).toBe(true);
  });

  it('decodes the extremes of the numeric types', () => {
    const item = ttlv.structure(0x420078, [
      ttlv.integer(1, -0x80000000),
      ttlv.enumeration(2, 0xffffffff),
      ttlv.interval(3, 0xffffffff),
      ttlv.longInteger(4, -(1n << 63n)),
      ttlv.dateTime(5, (1n << 63n) - 1n),
      ttlv.dateTimeExtended(6, -1n),
      ttlv.bigInteger(7, -(1n << 200n)),
    ]);
    expect(decodeTtlv(encodeTtlv(item))).toEqual(item);
  });

  it('keeps a UTF-8 byte order mark and non-ASCII text exactly', () => {
    const text = '\uFEFFclé 🔑 鍵';
    const bytes = encodeTtlv(ttlv.text(0x420055, text));
    expect(decodeTtlv(bytes)).toEqual(ttlv.text(0x420055, text));
  });

  it('returns byte strings that do not share memory with the input', () => {
    const bytes = encodeTtlv(ttlv.bytes(0x420043, Buffer.from([1, 2, 3, 4])));
    const item = decodeTtlv(bytes);
    bytes.fill(0);
    expect(item.value).toEqual(Buffer.from([1, 2, 3, 4]));
  });

  it('decodePrefix stops after the first item and reports its length', () => {
    const first = encodeTtlv(vcenterCreateRequest());
    const second = encodeTtlv(vcenterGetResponse());
    const { item, length } = decodeTtlvPrefix(Buffer.concat([first, second]));
    expect(length).toBe(first.length);
    expect(item).toEqual(vcenterCreateRequest());
  });

  it('accepts a plain Uint8Array view into a larger buffer', () => {
    const bytes = encodeTtlv(vcenterCreateRequest());
    const backing = new Uint8Array(bytes.length + 16);
    backing.set(bytes, 8);
    expect(decodeTtlv(backing.subarray(8, 8 + bytes.length))).toEqual(vcenterCreateRequest());
  });
});

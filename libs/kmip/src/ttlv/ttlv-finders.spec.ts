import { TtlvAccessError } from './ttlv-access-error';
import { ttlv } from './ttlv-builders';
import { TtlvEncodeError } from './ttlv-encode-error';
import {
  expectType,
  findItem,
  findItems,
  findValue,
  getBytes,
  getEnumeration,
  getInteger,
  getStructure,
  getText,
  getValue,
} from './ttlv-finders';
import { vcenterGetResponse } from './vectors/vcenter-messages';

const batchItem = ttlv.structure(0x42000f, [
  ttlv.enumeration(0x42005c, 0x0a),
  ttlv.text(0x420094, 'first'),
  ttlv.text(0x420094, 'second'),
]);

function accessError(action: () => unknown): TtlvAccessError {
  try {
    action();
  } catch (err) {
    if (err instanceof TtlvAccessError) return err;
    throw err;
  }
  throw new Error('expected a TtlvAccessError');
}

describe('finders', () => {
  it('find the first or all direct children with a tag', () => {
    expect(findItem(batchItem, 0x420094)).toEqual(ttlv.text(0x420094, 'first'));
    expect(findItems(batchItem, 0x420094).map((i) => i.value)).toEqual(['first', 'second']);
    expect(findItem(batchItem, 0x420001)).toBeUndefined();
    expect(findItems(batchItem, 0x420001)).toEqual([]);
  });

  it('typed getters return values and throw TtlvAccessError when missing or of another type', () => {
    expect(getEnumeration(batchItem, 0x42005c)).toBe(0x0a);
    expect(getText(batchItem, 0x420094)).toBe('first');
    expect(findValue(batchItem, 0x420001, 'Integer')).toBeUndefined();
    expect(accessError(() => getInteger(batchItem, 0x420001))).toMatchObject({ reason: 'missing', tag: 0x420001 });
    expect(accessError(() => getInteger(batchItem, 0x42005c))).toMatchObject({
      reason: 'wrong-type',
      expected: 'Integer',
      actual: 'Enumeration',
    });
    expect(() => findItem(ttlv.integer(1, 1), 1)).toThrow(TtlvAccessError);
  });

  it('walk a decoded Get response down to the key material', () => {
    const response = vcenterGetResponse();
    const item = response.value[1];
    const payload = getStructure(item, 0x42007c);
    const keyBlock = getStructure(getStructure(payload, 0x42008f), 0x420040);
    expect(getBytes(getStructure(keyBlock, 0x420045), 0x420043)).toHaveLength(32);
    expect(getValue(keyBlock, 0x42002a, 'Integer')).toBe(256);
    expect(expectType(item, 'Structure').tag).toBe(0x42000f);
  });
});

describe('builders', () => {
  it('convert Dates and numbers for the 64-bit types', () => {
    expect(ttlv.dateTime(1, new Date('2008-03-14T11:56:40.999Z')).value).toBe(1205495800n);
    expect(ttlv.dateTimeExtended(1, new Date('2008-03-14T11:56:40.123Z')).value).toBe(1205495800123000n);
    expect(ttlv.longInteger(1, 42).value).toBe(42n);
    expect(() => ttlv.longInteger(1, 2 ** 60)).toThrow(TtlvEncodeError);
    expect(() => ttlv.dateTime(1, new Date(NaN))).toThrow(TtlvEncodeError);
  });
});

import { decodeTtlv } from './ttlv-decoder';
import { encodeTtlv } from './ttlv-encoder';
import { expectType, getInteger, getStructure } from './ttlv-finders';
import { hexBytes } from './vectors/hex';
import { MESSAGE_VECTORS, OASIS_HEX_MESSAGE_VECTORS, XML_DERIVED_MESSAGE_VECTORS } from './vectors/message-vectors';
import { SPEC_ITEM_VECTORS } from './vectors/spec-item-vectors';

describe('KMIP specification encoding examples', () => {
  it.each(SPEC_ITEM_VECTORS.map((v) => [v.description, v] as const))('%s', (_name, vector) => {
    const bytes = hexBytes(vector.hex);
    expect(decodeTtlv(bytes)).toEqual(vector.item);
    expect(encodeTtlv(vector.item).toString('hex')).toBe(bytes.toString('hex'));
  });
});

describe('whole messages from the KMIP test-case documents', () => {
  it('covers protocol versions 1.0, 1.1, 1.4 and 2.1 with at least 10 messages', () => {
    const versions = new Set(
      MESSAGE_VECTORS.map((v) => {
        const header = expectType(decodeTtlv(hexBytes(v.hex)), 'Structure').value[0];
        const version = getStructure(header, 0x420069);
        return `${getInteger(version, 0x42006a)}.${getInteger(version, 0x42006b)}`;
      }),
    );
    expect([...versions].sort()).toEqual(['1.0', '1.1', '1.4', '2.1']);
    expect(OASIS_HEX_MESSAGE_VECTORS.length + XML_DERIVED_MESSAGE_VECTORS.length).toBeGreaterThanOrEqual(10);
  });

  it.each(MESSAGE_VECTORS.map((v) => [v.source, v] as const))('%s decodes and re-encodes byte for byte', (_s, v) => {
    const bytes = hexBytes(v.hex);
    const message = decodeTtlv(bytes);
    expect(message.type).toBe('Structure');
    expect([0x420078, 0x42007b]).toContain(message.tag);
    expect(encodeTtlv(message).toString('hex')).toBe(bytes.toString('hex'));
  });
});

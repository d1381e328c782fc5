import { ttlv } from '../ttlv';
import { syntheticKey, vcenterCreateRequest, vcenterGetResponse } from '../ttlv/vectors/vcenter-messages';
import { CredentialType, KeyFormatType, SecretDataType, Tag, WrappingMethod } from '../registry';
import { dumpTtlv } from './ttlv-dump';

function expectNoTrace(dump: string, secret: Buffer): void {
  const hex = secret.toString('hex');
  for (const form of [hex, hex.toUpperCase(), secret.toString('base64'), secret.toString('base64url')]) {
    expect(dump).not.toContain(form);
  }
  // Not even a fragment: any 8 consecutive bytes of the secret.
  for (let i = 0; i + 8 <= secret.length; i++) {
    expect(dump.toLowerCase()).not.toContain(secret.subarray(i, i + 8).toString('hex'));
  }
}

describe('dumpTtlv', () => {
  it('prints a Get response with tag names, enumeration names and types, the key redacted', () => {
    const dump = dumpTtlv(vcenterGetResponse());
    const lines = dump.split('\n');
    expect(lines[0]).toBe('Tag: Response Message (0x42007B), Type: Structure, Data:');
    expect(lines).toContain('    Tag: Operation (0x42005C), Type: Enumeration, Data: 0x0000000A (Get)');
    expect(lines).toContain('      Tag: Object Type (0x420057), Type: Enumeration, Data: 0x00000002 (Symmetric Key)');
    expect(lines).toContain('          Tag: Key Format Type (0x420042), Type: Enumeration, Data: 0x00000001 (Raw)');
    expect(lines).toContain('            Tag: Key Material (0x420043), Type: ByteString, Data: <redacted 32 bytes>');
    expect(lines).toContain(
      '          Tag: Cryptographic Algorithm (0x420028), Type: Enumeration, Data: 0x00000003 (AES)',
    );
    expect(lines).toContain(
      '    Tag: Time Stamp (0x420092), Type: DateTime, Data: 0x000000006553F100 (2023-11-14T22:13:20Z)',
    );
    expectNoTrace(dump, syntheticKey());
  });

  it('names Attribute Values through their Attribute Name and spells masks as flags', () => {
    const dump = dumpTtlv(vcenterCreateRequest());
    expect(dump).toContain('Tag: Attribute Value (0x42000B), Type: Enumeration, Data: 0x00000003 (AES)');
    expect(dump).toContain('Tag: Attribute Value (0x42000B), Type: Integer, Data: 256');
    expect(dump).toContain('Tag: Attribute Value (0x42000B), Type: Integer, Data: 0x0000000C (Encrypt | Decrypt)');
    expect(dumpTtlv(ttlv.integer(Tag.CryptographicUsageMask, 0x4000001))).toContain('(Sign | 0x04000000)');
    expect(dumpTtlv(ttlv.enumeration(Tag.AttributeReference, Tag.State))).toContain('0x0042008D (State)');
  });

  it('redacts every kind of secret: transparent and wrapped keys, secret data, opaque data, passwords', () => {
    const secret = Buffer.from('0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a6978', 'hex');
    const tree = ttlv.structure(Tag.RequestMessage, [
      ttlv.structure(Tag.Credential, [
        ttlv.enumeration(Tag.CredentialType, CredentialType.UsernameAndPassword),
        ttlv.structure(Tag.CredentialValue, [
          ttlv.text(Tag.Username, 'vcenter'),
          ttlv.text(Tag.Password, secret.toString('hex')),
        ]),
      ]),
      ttlv.structure(Tag.SymmetricKey, [
        ttlv.structure(Tag.KeyBlock, [
          ttlv.enumeration(Tag.KeyFormatType, KeyFormatType.TransparentSymmetricKey),
          ttlv.structure(Tag.KeyValue, [ttlv.structure(Tag.KeyMaterial, [ttlv.bytes(Tag.Key, secret)])]),
        ]),
      ]),
      ttlv.structure(Tag.KeyBlock, [
        ttlv.enumeration(Tag.KeyFormatType, KeyFormatType.Raw),
        ttlv.bytes(Tag.KeyValue, secret),
        ttlv.structure(Tag.KeyWrappingData, [ttlv.enumeration(Tag.WrappingMethod, WrappingMethod.Encrypt)]),
      ]),
      ttlv.structure(Tag.SecretData, [ttlv.enumeration(Tag.SecretDataType, SecretDataType.Seed)]),
      ttlv.structure(Tag.OpaqueObject, [ttlv.bytes(Tag.OpaqueDataValue, secret)]),
      ttlv.structure(Tag.PrivateKey, [ttlv.bigInteger(Tag.PrivateExponent, BigInt(`0x${secret.toString('hex')}`))]),
      ttlv.bytes(0x540001, secret),
    ]);
    const dump = dumpTtlv(tree);
    expectNoTrace(dump, secret);
    expect(dump).toContain('Data: "vcenter"');
    expect(dump).toContain('Tag: Password (0x4200A1), Type: TextString, Data: <redacted 48 bytes>');
    expect(dump).toContain('Tag: Key (0x42003F), Type: ByteString, Data: <redacted 24 bytes>');
    expect(dump).toContain('Tag: Key Value (0x420045), Type: ByteString, Data: <redacted 24 bytes>');
    expect(dump).toContain('Tag: Private Exponent (0x420063), Type: BigInteger, Data: <redacted 24 bytes>');
    expect(dump).toContain('Tag: 0x540001, Type: ByteString, Data: <redacted 24 bytes>');
    expect(dump).toContain('Data: 0x00000002 (Seed)');
  });

  it('prints unknown tags as hex, quotes text so it cannot forge a line, and cuts long byte strings', () => {
    expect(dumpTtlv(ttlv.integer(0x54abcd, 7))).toBe('Tag: 0x54ABCD, Type: Integer, Data: 7');
    expect(dumpTtlv(ttlv.text(Tag.ObjectGroup, 'a\nTag: fake'))).toBe(
      'Tag: Object Group (0x420056), Type: TextString, Data: "a\\nTag: fake"',
    );
    expect(dumpTtlv(ttlv.bytes(Tag.UniqueBatchItemID, Buffer.alloc(80, 0xab)), { maxBytes: 4 })).toBe(
      'Tag: Unique Batch Item ID (0x420093), Type: ByteString, Data: 0xABABABAB… (80 bytes)',
    );
    expect(dumpTtlv(ttlv.bigInteger(Tag.Modulus, -129n))).toContain('Data: 0xFF7F');
    expect(dumpTtlv(ttlv.interval(Tag.LeaseTime, 3600))).toContain('Data: 3600 s');
  });
});

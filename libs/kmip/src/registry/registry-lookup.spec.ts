import fc from 'fast-check';
import {
  compareKmipVersions,
  CryptographicUsageMask,
  DigitalSignatureAlgorithm,
  enumName,
  formatTag,
  HashingAlgorithm,
  isExtensionTag,
  isKmipVersion,
  isTagKnownIn,
  kmipVersions,
  maskNames,
  Operation,
  ResultReason,
  Tag,
  tagInfo,
  tagName,
} from './index';

describe('tagName', () => {
  it('names tags as the spec does', () => {
    expect(tagName(Tag.ProtocolVersion)).toBe('Protocol Version');
    expect(tagName(Tag.TemplateAttribute)).toBe('Template-Attribute');
    expect(tagName(Tag.IVCounterNonce)).toBe('IV/Counter/Nonce');
  });

  it('falls back to 0x54xxxx-style hex for vendor and unknown tags', () => {
    expect(tagName(0x540001)).toBe('0x540001');
    expect(tagName(0x54abcd)).toBe('0x54ABCD');
    expect(tagName(0x42013e)).toBe('0x42013E');
    fc.assert(
      fc.property(fc.integer({ min: 0x540000, max: 0x54ffff }), (tag) => {
        expect(isExtensionTag(tag)).toBe(true);
        expect(tagName(tag)).toMatch(/^0x54[0-9A-F]{4}$/);
        expect(parseInt(tagName(tag), 16)).toBe(tag);
      }),
    );
  });

  it('formats any 3-byte tag with six hex digits', () => {
    expect(formatTag(0x000001)).toBe('0x000001');
    expect(formatTag(0xffffff)).toBe('0xFFFFFF');
  });
});

describe('isTagKnownIn', () => {
  it('follows the version the tag appeared in and the version that reserved it', () => {
    expect(isTagKnownIn(Tag.TemplateAttribute, '1.0')).toBe(true);
    expect(isTagKnownIn(Tag.TemplateAttribute, '1.4')).toBe(true);
    expect(isTagKnownIn(Tag.TemplateAttribute, '2.0')).toBe(false);
    expect(isTagKnownIn(Tag.Attributes, '1.4')).toBe(false);
    expect(isTagKnownIn(Tag.Attributes, '2.0')).toBe(true);
    expect(isTagKnownIn(Tag.DeviceIdentifier, '1.0')).toBe(false);
    expect(isTagKnownIn(Tag.DeviceIdentifier, '1.1')).toBe(true);
    expect(isTagKnownIn(Tag.RotateName, '2.0')).toBe(false);
    expect(isTagKnownIn(Tag.RotateName, '2.1')).toBe(true);
  });

  it('never knows vendor extension tags', () => {
    for (const version of kmipVersions) expect(isTagKnownIn(0x540000, version)).toBe(false);
  });

  it('knows every tag in exactly the versions from since up to removedIn', () => {
    for (const tag of tagInfo.values()) {
      const known = kmipVersions.filter((v) => isTagKnownIn(tag.value, v));
      expect(known[0]).toBe(tag.since);
      const last = kmipVersions[kmipVersions.indexOf(known[known.length - 1]) + 1];
      expect(last).toBe(tag.removedIn);
    }
  });
});

describe('enumName', () => {
  it('names an Enumeration item value from its tag', () => {
    expect(enumName(Tag.Operation, Operation.DiscoverVersions)).toBe('Discover Versions');
    expect(enumName(Tag.ResultReason, ResultReason.ItemNotFound)).toBe('Item Not Found');
    expect(enumName(Tag.MaskGeneratorHashingAlgorithm, HashingAlgorithm.SHA256)).toBe('SHA-256');
  });

  it('returns undefined for unknown fields, unknown values and extension values', () => {
    expect(enumName(Tag.UniqueIdentifier, 0x7f)).toBeUndefined();
    expect(enumName(Tag.ProtocolVersionMajor, 1)).toBeUndefined();
    expect(enumName(Tag.Operation, 0x80000001)).toBeUndefined();
  });

  it('restricts names to the given version', () => {
    expect(enumName(Tag.Operation, Operation.Ping, '2.0')).toBeUndefined();
    expect(enumName(Tag.Operation, Operation.Ping, '2.1')).toBe('Ping');
    expect(enumName(Tag.ObjectType, 0x06, '1.4')).toBe('Template');
    expect(enumName(Tag.ObjectType, 0x06, '2.0')).toBeUndefined();
  });

  it('uses the spelling of the given version where the spec renamed a value', () => {
    expect(enumName(Tag.HashingAlgorithm, HashingAlgorithm.SHA3256, '1.4')).toBe('SHA-3-256');
    expect(enumName(Tag.HashingAlgorithm, HashingAlgorithm.SHA3256, '2.1')).toBe('SHA3-256');
    expect(enumName(Tag.ResultReason, ResultReason.ObjectArchived, '1.0')).toBe('Object archived');
    expect(enumName(Tag.ResultReason, ResultReason.ObjectArchived)).toBe('Object Archived');
    const md2 = DigitalSignatureAlgorithm.MD2WithRSAEncryption;
    expect(DigitalSignatureAlgorithm.MD2WithRSAEncryptionPKCS1V15).toBe(md2);
    expect(enumName(Tag.DigitalSignatureAlgorithm, md2, '1.1')).toBe('MD2 with RSA Encryption (PKCS#1 v1.5)');
    expect(enumName(Tag.DigitalSignatureAlgorithm, md2)).toBe('MD2 with RSA Encryption');
  });

  it('names tag-valued enumerations (Tag, Attribute Reference) with the tag name', () => {
    expect(enumName(Tag.Tag, Tag.ActivationDate)).toBe('Activation Date');
    expect(enumName(Tag.AttributeReference, Tag.CryptographicAlgorithm, '2.1')).toBe('Cryptographic Algorithm');
    expect(enumName(Tag.Tag, Tag.TemplateAttribute, '2.0')).toBeUndefined();
  });
});

describe('maskNames', () => {
  it('lists the set bits, lowest first, with hex for bits the registry does not name', () => {
    const mask = CryptographicUsageMask.Decrypt | CryptographicUsageMask.Encrypt | 0x10000000;
    expect(maskNames(Tag.CryptographicUsageMask, mask)).toEqual(['Encrypt', 'Decrypt', '0x10000000']);
    expect(maskNames(Tag.CryptographicUsageMask, 0)).toEqual([]);
    expect(maskNames(Tag.CryptographicUsageMask, 0x80000000)).toEqual(['0x80000000']);
  });

  it('restricts bit names to the given version', () => {
    expect(maskNames(Tag.CryptographicUsageMask, CryptographicUsageMask.Export, '1.4')).toEqual(['Export']);
    expect(maskNames(Tag.CryptographicUsageMask, CryptographicUsageMask.Export, '2.0')).toEqual(['0x00000040']);
    expect(maskNames(Tag.StorageStatusMask, 0x7, '2.1')).toEqual([
      'On-line storage',
      'Archival storage',
      'Destroyed storage',
    ]);
  });

  it('returns undefined for tags that carry no mask', () => {
    expect(maskNames(Tag.Operation, 1)).toBeUndefined();
  });
});

describe('KMIP versions', () => {
  it('are ordered oldest first', () => {
    for (let i = 1; i < kmipVersions.length; i++) {
      expect(compareKmipVersions(kmipVersions[i - 1], kmipVersions[i])).toBeLessThan(0);
    }
    expect(isKmipVersion('2.1')).toBe(true);
    expect(isKmipVersion('3.0')).toBe(false);
  });
});

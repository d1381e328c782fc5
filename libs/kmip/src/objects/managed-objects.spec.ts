import { encodeTtlv, ttlv, type TtlvItem } from '../ttlv';
import {
  BlockCipherMode,
  CertificateType,
  CryptographicAlgorithm,
  KeyFormatType,
  ObjectType,
  Operation,
  SecretDataType,
  Tag,
  WrappingMethod,
} from '../registry';
import { makeAttribute } from '../attributes';
import { KmipError } from '../messages/kmip-error';
import { KMIP_1_1, KMIP_1_4, KMIP_2_1, type ProtocolVersion } from '../messages/protocol-version';
import { payloadCodec } from '../payloads';
import type { ManagedObject } from './managed-object';

const KEY = Buffer.from('000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f', 'hex');
const keyBlock = (...fields: TtlvItem[]) => ttlv.structure(Tag.KeyBlock, fields);

/** A Get response payload carrying `object`; returns the decoded object after checking it re-encodes unchanged. */
function throughGet(objectType: number, object: TtlvItem, version: ProtocolVersion = KMIP_1_4): ManagedObject {
  const payload = ttlv.structure(Tag.ResponsePayload, [
    ttlv.enumeration(Tag.ObjectType, objectType),
    ttlv.text(Tag.UniqueIdentifier, 'obj-1'),
    object,
  ]);
  const get = payloadCodec(Operation.Get);
  const response = get.decodeResponse(payload, version);
  expect(encodeTtlv(get.encodeResponse(response, version))).toEqual(encodeTtlv(payload));
  return response.object;
}

describe('managed objects', () => {
  it('a Transparent Symmetric Key', () => {
    const object = throughGet(
      ObjectType.SymmetricKey,
      ttlv.structure(Tag.SymmetricKey, [
        keyBlock(
          ttlv.enumeration(Tag.KeyFormatType, KeyFormatType.TransparentSymmetricKey),
          ttlv.structure(Tag.KeyValue, [ttlv.structure(Tag.KeyMaterial, [ttlv.bytes(Tag.Key, KEY)])]),
          ttlv.enumeration(Tag.CryptographicAlgorithm, CryptographicAlgorithm.AES),
          ttlv.integer(Tag.CryptographicLength, 256),
        ),
      ]),
    );
    expect(object).toEqual({
      kind: 'SymmetricKey',
      keyBlock: {
        keyFormatType: KeyFormatType.TransparentSymmetricKey,
        keyValue: { kind: 'plain', keyMaterial: { kind: 'transparent-symmetric', key: KEY } },
        cryptographicAlgorithm: CryptographicAlgorithm.AES,
        cryptographicLength: 256,
      },
    });
  });

  it('a wrapped key: Key Value as bytes, Key Wrapping Data with key information, parameters and IV', () => {
    const parameters = ttlv.structure(Tag.CryptographicParameters, [
      ttlv.enumeration(Tag.BlockCipherMode, BlockCipherMode.NISTKeyWrap),
    ]);
    const object = throughGet(
      ObjectType.SymmetricKey,
      ttlv.structure(Tag.SymmetricKey, [
        keyBlock(
          ttlv.enumeration(Tag.KeyFormatType, KeyFormatType.Raw),
          ttlv.bytes(Tag.KeyValue, Buffer.concat([KEY, KEY.subarray(0, 8)])),
          ttlv.enumeration(Tag.CryptographicAlgorithm, CryptographicAlgorithm.AES),
          ttlv.integer(Tag.CryptographicLength, 256),
          ttlv.structure(Tag.KeyWrappingData, [
            ttlv.enumeration(Tag.WrappingMethod, WrappingMethod.Encrypt),
            ttlv.structure(Tag.EncryptionKeyInformation, [ttlv.text(Tag.UniqueIdentifier, 'kek-0'), parameters]),
            ttlv.bytes(Tag.IVCounterNonce, Buffer.alloc(12, 1)),
          ]),
        ),
      ]),
    );
    if (object.kind !== 'SymmetricKey') throw new Error(object.kind);
    expect(object.keyBlock.keyValue).toEqual({ kind: 'wrapped', bytes: Buffer.concat([KEY, KEY.subarray(0, 8)]) });
    expect(object.keyBlock.keyWrappingData).toEqual({
      wrappingMethod: WrappingMethod.Encrypt,
      encryptionKeyInformation: { uniqueIdentifier: 'kek-0', cryptographicParameters: parameters },
      ivCounterNonce: Buffer.alloc(12, 1),
    });
  });

  it('Secret Data and an Opaque Object', () => {
    const secret = throughGet(
      ObjectType.SecretData,
      ttlv.structure(Tag.SecretData, [
        ttlv.enumeration(Tag.SecretDataType, SecretDataType.Password),
        keyBlock(
          ttlv.enumeration(Tag.KeyFormatType, KeyFormatType.Opaque),
          ttlv.structure(Tag.KeyValue, [ttlv.bytes(Tag.KeyMaterial, Buffer.from('correct horse'))]),
        ),
      ]),
    );
    expect(secret).toMatchObject({ kind: 'SecretData', secretDataType: SecretDataType.Password });
    const opaque = throughGet(
      ObjectType.OpaqueObject,
      ttlv.structure(Tag.OpaqueObject, [
        ttlv.enumeration(Tag.OpaqueDataType, 0x80000001),
        ttlv.bytes(Tag.OpaqueDataValue, Buffer.from([1, 2, 3])),
      ]),
    );
    expect(opaque).toEqual({
      kind: 'OpaqueObject',
      opaqueDataType: 0x80000001,
      opaqueDataValue: Buffer.from([1, 2, 3]),
    });
  });

  it('certificates and asymmetric keys decode as raw trees and are written back unchanged', () => {
    const certificate = ttlv.structure(Tag.Certificate, [
      ttlv.enumeration(Tag.CertificateType, CertificateType.X509),
      ttlv.bytes(Tag.CertificateValue, Buffer.from('3082010a', 'hex')),
    ]);
    const privateKey = ttlv.structure(Tag.PrivateKey, [
      keyBlock(
        ttlv.enumeration(Tag.KeyFormatType, KeyFormatType.TransparentRSAPrivateKey),
        ttlv.structure(Tag.KeyValue, [
          ttlv.structure(Tag.KeyMaterial, [
            ttlv.bigInteger(Tag.Modulus, 0xc5n),
            ttlv.bigInteger(Tag.PrivateExponent, 0x1dn),
          ]),
        ]),
      ),
    ]);
    expect(throughGet(ObjectType.Certificate, certificate)).toEqual({
      kind: 'Raw',
      objectType: ObjectType.Certificate,
      structure: certificate,
    });
    expect(throughGet(ObjectType.PrivateKey, privateKey)).toMatchObject({
      kind: 'Raw',
      objectType: ObjectType.PrivateKey,
    });
    for (const [type, tag] of [
      [ObjectType.PublicKey, Tag.PublicKey],
      [ObjectType.SplitKey, Tag.SplitKey],
      [ObjectType.Template, Tag.Template],
      [ObjectType.PGPKey, Tag.PGPKey],
    ] as const) {
      expect(throughGet(type, ttlv.structure(tag, []))).toMatchObject({ kind: 'Raw', objectType: type });
    }
  });

  it('Key Value attributes in the 1.x and 2.x shapes', () => {
    const cryptographicLength = makeAttribute('Cryptographic Length', { type: 'Integer', value: 256 });
    const keyValue11 = ttlv.structure(Tag.KeyValue, [
      ttlv.bytes(Tag.KeyMaterial, KEY),
      ttlv.structure(Tag.Attribute, [
        ttlv.text(Tag.AttributeName, 'Cryptographic Length'),
        ttlv.integer(Tag.AttributeValue, 256),
      ]),
    ]);
    const keyValue21 = ttlv.structure(Tag.KeyValue, [
      ttlv.bytes(Tag.KeyMaterial, KEY),
      ttlv.structure(Tag.Attributes, [ttlv.integer(Tag.CryptographicLength, 256)]),
    ]);
    for (const [version, keyValue] of [
      [KMIP_1_1, keyValue11],
      [KMIP_2_1, keyValue21],
    ] as const) {
      const object = throughGet(
        ObjectType.SymmetricKey,
        ttlv.structure(Tag.SymmetricKey, [keyBlock(ttlv.enumeration(Tag.KeyFormatType, KeyFormatType.Raw), keyValue)]),
        version,
      );
      if (object.kind !== 'SymmetricKey') throw new Error(object.kind);
      expect(object.keyBlock.keyValue).toEqual({
        kind: 'plain',
        keyMaterial: { kind: 'bytes', bytes: KEY },
        attributes: [cryptographicLength],
      });
    }
  });

  it('a Register whose object is not the one its Object Type announces is refused', () => {
    const register = payloadCodec(Operation.Register);
    const payload = ttlv.structure(Tag.RequestPayload, [
      ttlv.enumeration(Tag.ObjectType, ObjectType.SecretData),
      ttlv.structure(Tag.TemplateAttribute, []),
      ttlv.structure(Tag.SymmetricKey, [keyBlock(ttlv.enumeration(Tag.KeyFormatType, KeyFormatType.Raw))]),
    ]);
    expect(() => register.decodeRequest(payload, KMIP_1_1)).toThrow(KmipError);
    expect(() => register.decodeRequest(payload, KMIP_1_1)).toThrow(
      'the Secret Data the Object Type announces is missing',
    );
  });

  it('a Register in 2.1: Attributes, the key, Protection Storage Masks', () => {
    const register = payloadCodec(Operation.Register);
    const payload = ttlv.structure(Tag.RequestPayload, [
      ttlv.enumeration(Tag.ObjectType, ObjectType.SymmetricKey),
      ttlv.structure(Tag.Attributes, [ttlv.text(Tag.ObjectGroup, 'vsan')]),
      ttlv.structure(Tag.SymmetricKey, [
        keyBlock(
          ttlv.enumeration(Tag.KeyFormatType, KeyFormatType.Raw),
          ttlv.structure(Tag.KeyValue, [ttlv.bytes(Tag.KeyMaterial, KEY)]),
        ),
      ]),
      ttlv.structure(Tag.ProtectionStorageMasks, [ttlv.integer(Tag.ProtectionStorageMask, 1)]),
    ]);
    const request = register.decodeRequest(payload, KMIP_2_1);
    expect(request.attributes).toEqual([makeAttribute('Object Group', { type: 'TextString', value: 'vsan' })]);
    expect(request.object.kind).toBe('SymmetricKey');
    expect(encodeTtlv(register.encodeRequest(request, KMIP_2_1))).toEqual(encodeTtlv(payload));
  });
});

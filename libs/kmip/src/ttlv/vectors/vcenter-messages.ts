import { ttlv } from '../ttlv-builders';
import type { TtlvStructure } from '../ttlv-item';

/** KMIP 1.x tag values (KMIP 1.4 §9.1.3.1) of the fields these messages use; the codec itself needs none. */
const Tag = {
  Attribute: 0x420008,
  AttributeName: 0x42000a,
  AttributeValue: 0x42000b,
  BatchCount: 0x42000d,
  BatchItem: 0x42000f,
  CryptographicAlgorithm: 0x420028,
  CryptographicLength: 0x42002a,
  KeyBlock: 0x420040,
  KeyFormatType: 0x420042,
  KeyMaterial: 0x420043,
  KeyValue: 0x420045,
  ObjectType: 0x420057,
  Operation: 0x42005c,
  ProtocolVersion: 0x420069,
  ProtocolVersionMajor: 0x42006a,
  ProtocolVersionMinor: 0x42006b,
  RequestHeader: 0x420077,
  RequestMessage: 0x420078,
  RequestPayload: 0x420079,
  ResponseHeader: 0x42007a,
  ResponseMessage: 0x42007b,
  ResponsePayload: 0x42007c,
  ResultStatus: 0x42007f,
  SymmetricKey: 0x42008f,
  TemplateAttribute: 0x420091,
  TimeStamp: 0x420092,
  UniqueBatchItemId: 0x420093,
  UniqueIdentifier: 0x420094,
} as const;

const OPERATION_CREATE = 0x01;
const OPERATION_GET = 0x0a;
const OBJECT_TYPE_SYMMETRIC_KEY = 0x02;
const ALGORITHM_AES = 0x03;
const KEY_FORMAT_RAW = 0x01;
const RESULT_SUCCESS = 0x00;

const protocolVersion11 = ttlv.structure(Tag.ProtocolVersion, [
  ttlv.integer(Tag.ProtocolVersionMajor, 1),
  ttlv.integer(Tag.ProtocolVersionMinor, 1),
]);

function attribute(name: string, value: ReturnType<typeof ttlv.integer> | ReturnType<typeof ttlv.enumeration>) {
  return ttlv.structure(Tag.Attribute, [ttlv.text(Tag.AttributeName, name), value]);
}

/** The Create request vCenter sends for a new KEK: KMIP 1.1 header, AES-256, usage mask Encrypt|Decrypt (12). */
export function vcenterCreateRequest(): TtlvStructure {
  return ttlv.structure(Tag.RequestMessage, [
    ttlv.structure(Tag.RequestHeader, [protocolVersion11, ttlv.integer(Tag.BatchCount, 1)]),
    ttlv.structure(Tag.BatchItem, [
      ttlv.enumeration(Tag.Operation, OPERATION_CREATE),
      ttlv.structure(Tag.RequestPayload, [
        ttlv.enumeration(Tag.ObjectType, OBJECT_TYPE_SYMMETRIC_KEY),
        ttlv.structure(Tag.TemplateAttribute, [
          attribute('Cryptographic Algorithm', ttlv.enumeration(Tag.AttributeValue, ALGORITHM_AES)),
          attribute('Cryptographic Length', ttlv.integer(Tag.AttributeValue, 256)),
          attribute('Cryptographic Usage Mask', ttlv.integer(Tag.AttributeValue, 12)),
        ]),
      ]),
    ]),
  ]);
}

function getResponseItem(uniqueIdentifier: string, key: Uint8Array, batchItemId?: Uint8Array): TtlvStructure {
  return ttlv.structure(Tag.BatchItem, [
    ttlv.enumeration(Tag.Operation, OPERATION_GET),
    ...(batchItemId === undefined ? [] : [ttlv.bytes(Tag.UniqueBatchItemId, batchItemId)]),
    ttlv.enumeration(Tag.ResultStatus, RESULT_SUCCESS),
    ttlv.structure(Tag.ResponsePayload, [
      ttlv.enumeration(Tag.ObjectType, OBJECT_TYPE_SYMMETRIC_KEY),
      ttlv.text(Tag.UniqueIdentifier, uniqueIdentifier),
      ttlv.structure(Tag.SymmetricKey, [
        ttlv.structure(Tag.KeyBlock, [
          ttlv.enumeration(Tag.KeyFormatType, KEY_FORMAT_RAW),
          ttlv.structure(Tag.KeyValue, [ttlv.bytes(Tag.KeyMaterial, key)]),
          ttlv.enumeration(Tag.CryptographicAlgorithm, ALGORITHM_AES),
          ttlv.integer(Tag.CryptographicLength, 256),
        ]),
      ]),
    ]),
  ]);
}

function responseHeader(batchCount: number) {
  return ttlv.structure(Tag.ResponseHeader, [
    protocolVersion11,
    ttlv.dateTime(Tag.TimeStamp, 1700000000n),
    ttlv.integer(Tag.BatchCount, batchCount),
  ]);
}

/** A fixed, obviously synthetic 32-byte "key" (bytes 0..31): benchmarks and tests need no real key material. */
export function syntheticKey(seed = 0): Buffer {
  return Buffer.from(Array.from({ length: 32 }, (_, i) => (seed + i) & 0xff));
}

/** The answer to vCenter's Get: Symmetric Key → Key Block (Raw, 32 bytes, AES, 256). */
export function vcenterGetResponse(): TtlvStructure {
  return ttlv.structure(Tag.ResponseMessage, [
    responseHeader(1),
    getResponseItem('6c2d9c2a-5b0e-4a4f-9a43-0c1d2e3f4a5b', syntheticKey()),
  ]);
}

/** A response batch of `count` Get results, each with an 8-byte Unique Batch Item ID as vCenter sends them. */
export function getResponseBatch(count = 100): TtlvStructure {
  const items = Array.from({ length: count }, (_, i) => {
    const id = Buffer.alloc(8);
    id.writeUInt32BE(i, 4);
    return getResponseItem(`key-${String(i).padStart(6, '0')}`, syntheticKey(i), id);
  });
  return ttlv.structure(Tag.ResponseMessage, [responseHeader(count), ...items]);
}

import { ttlv, type TtlvItem, type TtlvStructure } from '../ttlv';
import { KeyFormatType, Tag } from '../registry';
import type { Attribute } from '../attributes/attribute';
import { decodeAttributeV1, encodeAttributeV1 } from '../attributes/attribute-v1.codec';
import { decodeAttributesV2, encodeAttributesV2 } from '../attributes/attribute-v2.codec';
import { enumerationIf, integerIf, itemIf } from '../messages/optional-fields';
import { usesAttributesStructure, type ProtocolVersion } from '../messages/protocol-version';
import { StructureReader } from '../messages/structure-reader';
import { decodeKeyWrappingData, encodeKeyWrappingData, type KeyWrappingData } from './key-wrapping-data';

/**
 * Key Material (KMIP 1.4 §2.1.4, §2.1.7): a Byte String for Raw, Opaque, PKCS#1, PKCS#8, X.509 … formats; for
 * Transparent Symmetric Key a structure holding Key; other transparent formats (RSA, DSA, DH, EC) are kept as trees.
 */
export type KeyMaterial =
  | { readonly kind: 'bytes'; readonly bytes: Uint8Array }
  | { readonly kind: 'transparent-symmetric'; readonly key: Uint8Array }
  | { readonly kind: 'structure'; readonly structure: TtlvStructure };

/**
 * Key Value (KMIP 1.4 §2.1.4): in the clear, Key Material and attributes; wrapped (Key Wrapping Data present and the
 * whole Key Value encrypted), a Byte String.
 */
export type KeyValue =
  | { readonly kind: 'plain'; readonly keyMaterial: KeyMaterial; readonly attributes?: readonly Attribute[] }
  | { readonly kind: 'wrapped'; readonly bytes: Uint8Array };

/** Key Block (KMIP 1.4 §2.1.3). */
export interface KeyBlock {
  readonly keyFormatType: number;
  readonly keyCompressionType?: number;
  /** Optional from KMIP 1.2 on (Key Value Location); required by every object this server hands out. */
  readonly keyValue?: KeyValue;
  readonly cryptographicAlgorithm?: number;
  readonly cryptographicLength?: number;
  readonly keyWrappingData?: KeyWrappingData;
}

export function decodeKeyBlock(item: TtlvItem, version: ProtocolVersion): KeyBlock {
  const reader = new StructureReader(item, 'Key Block');
  const keyFormatType = reader.enumeration(Tag.KeyFormatType);
  const keyValue = reader.optionalItem(Tag.KeyValue);
  const wrapping = reader.optionalItem(Tag.KeyWrappingData);
  const block: KeyBlock = {
    keyFormatType,
    keyCompressionType: reader.optionalEnumeration(Tag.KeyCompressionType),
    keyValue: keyValue === undefined ? undefined : decodeKeyValue(keyValue, keyFormatType, version),
    cryptographicAlgorithm: reader.optionalEnumeration(Tag.CryptographicAlgorithm),
    cryptographicLength: reader.optionalInteger(Tag.CryptographicLength),
    keyWrappingData: wrapping === undefined ? undefined : decodeKeyWrappingData(wrapping),
  };
  reader.done();
  return block;
}

export function encodeKeyBlock(block: KeyBlock, version: ProtocolVersion): TtlvStructure {
  return ttlv.structure(Tag.KeyBlock, [
    ttlv.enumeration(Tag.KeyFormatType, block.keyFormatType),
    ...enumerationIf(Tag.KeyCompressionType, block.keyCompressionType),
    ...itemIf(block.keyValue === undefined ? undefined : encodeKeyValue(block.keyValue, version)),
    ...enumerationIf(Tag.CryptographicAlgorithm, block.cryptographicAlgorithm),
    ...integerIf(Tag.CryptographicLength, block.cryptographicLength),
    ...itemIf(block.keyWrappingData === undefined ? undefined : encodeKeyWrappingData(block.keyWrappingData)),
  ]);
}

function decodeKeyValue(item: TtlvItem, keyFormatType: number, version: ProtocolVersion): KeyValue {
  if (item.type === 'ByteString') return { kind: 'wrapped', bytes: item.value };
  const reader = new StructureReader(item, 'Key Value');
  const keyMaterial = decodeKeyMaterial(reader.requiredItem(Tag.KeyMaterial), keyFormatType);
  let attributes: Attribute[] | undefined;
  if (usesAttributesStructure(version)) {
    const list = reader.optionalItem(Tag.Attributes);
    attributes = list === undefined ? undefined : decodeAttributesV2(list, version);
  } else {
    const list = reader.manyItems(Tag.Attribute).map((attribute) => decodeAttributeV1(attribute, version));
    attributes = list.length === 0 ? undefined : list;
  }
  reader.done();
  return { kind: 'plain', keyMaterial, attributes };
}

function encodeKeyValue(value: KeyValue, version: ProtocolVersion): TtlvItem {
  if (value.kind === 'wrapped') return ttlv.bytes(Tag.KeyValue, value.bytes);
  const attributes = value.attributes;
  return ttlv.structure(Tag.KeyValue, [
    encodeKeyMaterial(value.keyMaterial),
    ...(attributes === undefined
      ? []
      : usesAttributesStructure(version)
        ? [encodeAttributesV2(attributes)]
        : attributes.map((attribute) => encodeAttributeV1(attribute))),
  ]);
}

function decodeKeyMaterial(item: TtlvItem, keyFormatType: number): KeyMaterial {
  if (item.type === 'ByteString') return { kind: 'bytes', bytes: item.value };
  const reader = new StructureReader(item, 'Key Material');
  if (keyFormatType !== KeyFormatType.TransparentSymmetricKey)
    return { kind: 'structure', structure: item as TtlvStructure };
  const key = reader.bytes(Tag.Key);
  reader.done();
  return { kind: 'transparent-symmetric', key };
}

function encodeKeyMaterial(material: KeyMaterial): TtlvItem {
  switch (material.kind) {
    case 'bytes':
      return ttlv.bytes(Tag.KeyMaterial, material.bytes);
    case 'transparent-symmetric':
      return ttlv.structure(Tag.KeyMaterial, [ttlv.bytes(Tag.Key, material.key)]);
    case 'structure':
      return material.structure;
  }
}

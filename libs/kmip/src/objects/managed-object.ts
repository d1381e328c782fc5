import { ttlv, type TtlvItem, type TtlvStructure } from '../ttlv';
import { ObjectType, Tag, tagName } from '../registry';
import { KmipError } from '../messages/kmip-error';
import type { ProtocolVersion } from '../messages/protocol-version';
import { StructureReader } from '../messages/structure-reader';
import { decodeKeyBlock, encodeKeyBlock, type KeyBlock } from './key-block';

/** Symmetric Key (KMIP 1.4 §2.2.2): a Key Block. */
export interface SymmetricKeyObject {
  readonly kind: 'SymmetricKey';
  readonly keyBlock: KeyBlock;
}

/** Secret Data (KMIP 1.4 §2.2.7): Secret Data Type (Password, Seed) and a Key Block. */
export interface SecretDataObject {
  readonly kind: 'SecretData';
  readonly secretDataType: number;
  readonly keyBlock: KeyBlock;
}

/** Opaque Object (KMIP 1.4 §2.2.8): Opaque Data Type (vendor values only) and the bytes. */
export interface OpaqueObjectValue {
  readonly kind: 'OpaqueObject';
  readonly opaqueDataType: number;
  readonly opaqueDataValue: Uint8Array;
}

/**
 * Certificate, Public Key, Private Key, Split Key, Template, PGP Key, Certificate Request: decoded as far as knowing
 * which object it is, the structure kept as sent (and written back unchanged).
 */
export interface RawManagedObject {
  readonly kind: 'Raw';
  readonly objectType: number;
  readonly structure: TtlvStructure;
}

export type ManagedObject = SymmetricKeyObject | SecretDataObject | OpaqueObjectValue | RawManagedObject;

/** The tag of each Object Type's structure (KMIP 1.4 §2.2, KMIP 2.1 §2.2). */
const OBJECT_TAG_BY_TYPE: ReadonlyMap<number, number> = new Map([
  [ObjectType.Certificate, Tag.Certificate],
  [ObjectType.SymmetricKey, Tag.SymmetricKey],
  [ObjectType.PublicKey, Tag.PublicKey],
  [ObjectType.PrivateKey, Tag.PrivateKey],
  [ObjectType.SplitKey, Tag.SplitKey],
  [ObjectType.Template, Tag.Template],
  [ObjectType.SecretData, Tag.SecretData],
  [ObjectType.OpaqueObject, Tag.OpaqueObject],
  [ObjectType.PGPKey, Tag.PGPKey],
  [ObjectType.CertificateRequest, Tag.CertificateRequest],
]);
const OBJECT_TYPE_BY_TAG: ReadonlyMap<number, number> = new Map([...OBJECT_TAG_BY_TYPE].map(([t, tag]) => [tag, t]));

/** The tag under which an object of `objectType` travels; undefined for unknown types. */
export function managedObjectTag(objectType: number): number | undefined {
  return OBJECT_TAG_BY_TYPE.get(objectType);
}

export function isManagedObjectTag(tag: number): boolean {
  return OBJECT_TYPE_BY_TAG.has(tag);
}

export function managedObjectType(object: ManagedObject): number {
  switch (object.kind) {
    case 'SymmetricKey':
      return ObjectType.SymmetricKey;
    case 'SecretData':
      return ObjectType.SecretData;
    case 'OpaqueObject':
      return ObjectType.OpaqueObject;
    case 'Raw':
      return object.objectType;
  }
}

export function decodeManagedObject(item: TtlvItem, version: ProtocolVersion): ManagedObject {
  const objectType = OBJECT_TYPE_BY_TAG.get(item.tag);
  if (objectType === undefined) throw new KmipError('InvalidField', `${tagName(item.tag)} is not a managed object`);
  const reader = new StructureReader(item, tagName(item.tag));
  let object: ManagedObject;
  switch (objectType) {
    case ObjectType.SymmetricKey:
      object = { kind: 'SymmetricKey', keyBlock: decodeKeyBlock(reader.requiredItem(Tag.KeyBlock), version) };
      break;
    case ObjectType.SecretData:
      object = {
        kind: 'SecretData',
        secretDataType: reader.enumeration(Tag.SecretDataType),
        keyBlock: decodeKeyBlock(reader.requiredItem(Tag.KeyBlock), version),
      };
      break;
    case ObjectType.OpaqueObject:
      object = {
        kind: 'OpaqueObject',
        opaqueDataType: reader.enumeration(Tag.OpaqueDataType),
        opaqueDataValue: reader.bytes(Tag.OpaqueDataValue),
      };
      break;
    default:
      return { kind: 'Raw', objectType, structure: item as TtlvStructure };
  }
  reader.done();
  return object;
}

export function encodeManagedObject(object: ManagedObject, version: ProtocolVersion): TtlvStructure {
  switch (object.kind) {
    case 'SymmetricKey':
      return ttlv.structure(Tag.SymmetricKey, [encodeKeyBlock(object.keyBlock, version)]);
    case 'SecretData':
      return ttlv.structure(Tag.SecretData, [
        ttlv.enumeration(Tag.SecretDataType, object.secretDataType),
        encodeKeyBlock(object.keyBlock, version),
      ]);
    case 'OpaqueObject':
      return ttlv.structure(Tag.OpaqueObject, [
        ttlv.enumeration(Tag.OpaqueDataType, object.opaqueDataType),
        ttlv.bytes(Tag.OpaqueDataValue, object.opaqueDataValue),
      ]);
    case 'Raw':
      return object.structure;
  }
}

/**
 * Reads the one managed object field of a payload (Register request, Get response) and checks it against the
 * payload's Object Type.
 */
export function readManagedObject(
  reader: StructureReader,
  objectType: number,
  version: ProtocolVersion,
): ManagedObject {
  const tag = managedObjectTag(objectType);
  if (tag === undefined) throw reader.error(`${reader.what}: unknown Object Type ${objectType}`, 'InvalidField');
  const item = reader.optionalItem(tag);
  if (item === undefined)
    throw reader.error(`${reader.what}: the ${tagName(tag)} the Object Type announces is missing`);
  return decodeManagedObject(item, version);
}

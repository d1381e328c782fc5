export type { KeyBlock, KeyMaterial, KeyValue } from './key-block';
export { decodeKeyBlock, encodeKeyBlock } from './key-block';
export type { KeyInformation, KeyWrappingData } from './key-wrapping-data';
export {
  decodeManagedObject,
  encodeManagedObject,
  isManagedObjectTag,
  managedObjectTag,
  managedObjectType,
  type ManagedObject,
  type OpaqueObjectValue,
  type RawManagedObject,
  type SecretDataObject,
  type SymmetricKeyObject,
} from './managed-object';

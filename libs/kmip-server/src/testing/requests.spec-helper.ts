import {
  CryptographicAlgorithm,
  makeAttribute,
  nameAttributeValue,
  ObjectType,
  type Attribute,
  type CreateRequest,
} from '@kmip/kmip';

export const algorithm = (value: number = CryptographicAlgorithm.AES): Attribute =>
  makeAttribute('Cryptographic Algorithm', { type: 'Enumeration', value });
export const length = (bits: number): Attribute =>
  makeAttribute('Cryptographic Length', { type: 'Integer', value: bits });
export const usageMask = (mask = 12): Attribute =>
  makeAttribute('Cryptographic Usage Mask', { type: 'Integer', value: mask });
export const name = (value: string): Attribute => makeAttribute('Name', nameAttributeValue(value));
export const text = (attributeName: string, value: string): Attribute =>
  makeAttribute(attributeName, { type: 'TextString', value });

/** vCenter's Create (DESIGN §6): AES, 256 bits, usage mask 12 (Encrypt | Decrypt), no Name. */
export function aesCreate(bits = 256, extra: readonly Attribute[] = []): CreateRequest {
  return { objectType: ObjectType.SymmetricKey, attributes: [algorithm(), length(bits), usageMask(), ...extra] };
}

import { ttlv, type TtlvItem, type TtlvStructure } from '../ttlv';
import { Tag } from '../registry';
import { KmipError } from '../messages/kmip-error';
import { integerIf } from '../messages/optional-fields';
import { registryVersionOf, type ProtocolVersion } from '../messages/protocol-version';
import { StructureReader } from '../messages/structure-reader';
import { attributeValueItem, attributeValueOf, type Attribute, type AttributeValue } from './attribute';
import { attributeTagOfName, expectedAttributeType } from './standard-attributes';

/** KMIP 1.x Attribute structure (KMIP 1.4 §2.1.1): Attribute Name, Attribute Index?, Attribute Value. */
export function decodeAttributeV1(item: TtlvItem, version: ProtocolVersion): Attribute {
  const reader = new StructureReader(item, 'Attribute');
  const name = reader.text(Tag.AttributeName);
  const index = reader.optionalInteger(Tag.AttributeIndex);
  const value = attributeValueOf(reader.requiredItem(Tag.AttributeValue));
  reader.done();
  return makeAttribute(name, value, index, version);
}

export function encodeAttributeV1(attribute: Attribute, tag: number = Tag.Attribute): TtlvStructure {
  return ttlv.structure(tag, [
    ttlv.text(Tag.AttributeName, attribute.name),
    ...integerIf(Tag.AttributeIndex, attribute.index),
    attributeValueItem(Tag.AttributeValue, attribute.value),
  ]);
}

/**
 * An Attribute in internal form from its 1.x name, checking that a standard attribute's value has the spec's type
 * (Invalid Field otherwise). Also the way to build attributes in code: `makeAttribute('Cryptographic Length',
 * { type: 'Integer', value: 256 })`.
 */
export function makeAttribute(
  name: string,
  value: AttributeValue,
  index?: number,
  version?: ProtocolVersion,
): Attribute {
  const tag = attributeTagOfName(name);
  checkAttributeType(name, tag, value, version);
  return { name, tag, index, value };
}

export function checkAttributeType(
  name: string,
  tag: number | undefined,
  value: AttributeValue,
  version: ProtocolVersion | undefined,
): void {
  const expected = expectedAttributeType(tag, version === undefined ? '2.1' : registryVersionOf(version));
  if (expected !== undefined && value.type !== expected) {
    throw new KmipError('InvalidField', `attribute ${name}: value is ${value.type}, expected ${expected}`);
  }
}

import { ttlv, type TtlvItem, type TtlvStructure } from '../ttlv';
import { Tag, tagName } from '../registry';
import { KmipError } from '../messages/kmip-error';
import type { ProtocolVersion } from '../messages/protocol-version';
import { StructureReader } from '../messages/structure-reader';
import { attributeValueItem, attributeValueOf, type Attribute } from './attribute';
import { checkAttributeType } from './attribute-v1.codec';
import { attributeNameOfTag, attributeTagOfName } from './standard-attributes';
import { joinVendorAttributeName, splitVendorAttributeName } from './vendor-attribute-name';

/*
 * KMIP 2.x attribute shapes (KMIP 2.1 §2.1.1-2.1.2, §4.x): inside an Attributes structure (and New Attribute, Current
 * Attribute) a standard attribute is an item with the attribute's own tag, and a vendor attribute is an Attribute
 * structure holding Vendor Identification, Attribute Name and Attribute Value.
 */

/** One attribute item of a 2.x Attributes, New Attribute or Current Attribute structure. */
export function decodeAttributeV2(item: TtlvItem, version: ProtocolVersion): Attribute {
  if (item.tag === Tag.Attribute) {
    const reader = new StructureReader(item, 'Attribute');
    const vendor = reader.text(Tag.VendorIdentification);
    const attributeName = reader.text(Tag.AttributeName);
    const value = attributeValueOf(reader.requiredItem(Tag.AttributeValue));
    reader.done();
    const name = joinVendorAttributeName(vendor, attributeName);
    if (name === undefined)
      throw new KmipError('InvalidField', 'Attribute: Vendor Identification is not [A-Za-z0-9_.]');
    return { name, tag: undefined, index: undefined, value };
  }
  const name = attributeNameOfTag(item.tag);
  if (name === undefined) throw new KmipError('InvalidField', `${tagName(item.tag)} is not an attribute`);
  const value = attributeValueOf(item);
  checkAttributeType(name, item.tag, value, version);
  return { name, tag: item.tag, index: undefined, value };
}

/** The 2.x item of an attribute. Attribute Index has no 2.x form and is dropped. */
export function encodeAttributeV2(attribute: Attribute): TtlvItem {
  const tag = attribute.tag ?? attributeTagOfName(attribute.name);
  if (tag !== undefined) return attributeValueItem(tag, attribute.value);
  const vendor = splitVendorAttributeName(attribute.name);
  if (vendor === undefined) {
    throw new KmipError('InvalidField', `attribute ${attribute.name} is neither standard nor vendor-named`);
  }
  return ttlv.structure(Tag.Attribute, [
    ttlv.text(Tag.VendorIdentification, vendor.vendorIdentification),
    ttlv.text(Tag.AttributeName, vendor.attributeName),
    attributeValueItem(Tag.AttributeValue, attribute.value),
  ]);
}

/** Attributes structure (KMIP 2.x): zero or more attribute items. */
export function decodeAttributesV2(item: TtlvItem, version: ProtocolVersion, what = 'Attributes'): Attribute[] {
  if (item.type !== 'Structure') throw new KmipError('InvalidMessage', `${what} is ${item.type}, expected Structure`);
  return item.value.map((child) => decodeAttributeV2(child, version));
}

export function encodeAttributesV2(attributes: readonly Attribute[], tag: number = Tag.Attributes): TtlvStructure {
  return ttlv.structure(tag, attributes.map(encodeAttributeV2));
}

/** New Attribute / Current Attribute (KMIP 2.x): a structure holding exactly one attribute. */
export function decodeSingleAttributeV2(item: TtlvItem, version: ProtocolVersion): Attribute {
  const what = tagName(item.tag);
  if (item.type !== 'Structure') throw new KmipError('InvalidMessage', `${what} is ${item.type}, expected Structure`);
  if (item.value.length !== 1) {
    throw new KmipError('InvalidMessage', `${what} holds ${item.value.length} items, expected one attribute`);
  }
  return decodeAttributeV2(item.value[0], version);
}

export function encodeSingleAttributeV2(tag: number, attribute: Attribute): TtlvStructure {
  return ttlv.structure(tag, [encodeAttributeV2(attribute)]);
}

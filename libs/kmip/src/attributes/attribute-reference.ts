import { ttlv, type TtlvItem } from '../ttlv';
import { Tag, tagName } from '../registry';
import { KmipError } from '../messages/kmip-error';
import { StructureReader } from '../messages/structure-reader';
import { attributeNameOfTag, attributeTagOfName, standardAttributeByName } from './standard-attributes';
import { joinVendorAttributeName, splitVendorAttributeName } from './vendor-attribute-name';

/**
 * Attribute Reference (KMIP 2.x), the 2.x counterpart of a 1.x Attribute Name: an Enumeration whose value is the
 * attribute's tag, or for vendor attributes a structure of Vendor Identification and Attribute Name. Decoded to the
 * same name as the attribute's 1.x Attribute Name, so both versions' requests read alike.
 */
export function decodeAttributeReference(item: TtlvItem): string {
  if (item.type === 'Enumeration') {
    const name = attributeNameOfTag(item.value);
    if (name === undefined) {
      throw new KmipError('InvalidField', `Attribute Reference: ${tagName(item.value)} is not an attribute`);
    }
    return name;
  }
  const reader = new StructureReader(item, 'Attribute Reference');
  const vendor = reader.text(Tag.VendorIdentification);
  const attributeName = reader.text(Tag.AttributeName);
  reader.done();
  // A structure with an empty vendor naming a standard attribute is the same reference as its tag.
  if (vendor === '' && standardAttributeByName(attributeName) !== undefined) return attributeName;
  const name = joinVendorAttributeName(vendor, attributeName);
  if (name === undefined) {
    throw new KmipError('InvalidField', 'Attribute Reference: Vendor Identification is not [A-Za-z0-9_.]');
  }
  return name;
}

export function encodeAttributeReference(name: string): TtlvItem {
  const tag = attributeTagOfName(name);
  if (tag !== undefined) return ttlv.enumeration(Tag.AttributeReference, tag);
  const vendor = splitVendorAttributeName(name);
  if (vendor === undefined) {
    throw new KmipError('InvalidField', `attribute ${name} is neither standard nor vendor-named`);
  }
  return ttlv.structure(Tag.AttributeReference, [
    ttlv.text(Tag.VendorIdentification, vendor.vendorIdentification),
    ttlv.text(Tag.AttributeName, vendor.attributeName),
  ]);
}

import { type TtlvItem } from '../ttlv';
import { Tag } from '../registry';
import { usesAttributesStructure, type ProtocolVersion } from '../messages/protocol-version';
import type { StructureReader } from '../messages/structure-reader';
import { decodeAttributesV2, encodeAttributesV2 } from './attribute-v2.codec';
import { decodeTemplateAttribute, encodeTemplateAttribute, type TemplateAttribute } from './template-attribute';

/*
 * The attribute list of Create, Register, Re-key and friends, in the shape of the message's version: a
 * Template-Attribute in KMIP 1.x, an Attributes structure in 2.x. Both read into a TemplateAttribute (2.x never has
 * template names) and are written back in the shape of the version given.
 */

export function readAttributeList(reader: StructureReader, version: ProtocolVersion): TemplateAttribute | undefined {
  if (usesAttributesStructure(version)) {
    const item = reader.optionalItem(Tag.Attributes);
    return item === undefined ? undefined : { attributes: decodeAttributesV2(item, version) };
  }
  const item = reader.optionalItem(Tag.TemplateAttribute);
  return item === undefined ? undefined : decodeTemplateAttribute(item, version);
}

export function requireAttributeList(reader: StructureReader, version: ProtocolVersion): TemplateAttribute {
  const list = readAttributeList(reader, version);
  if (list === undefined) {
    const field = usesAttributesStructure(version) ? 'Attributes' : 'Template-Attribute';
    throw reader.error(`${reader.what}: required field ${field} is missing`);
  }
  return list;
}

export function writeAttributeList(list: TemplateAttribute, version: ProtocolVersion): TtlvItem {
  return usesAttributesStructure(version) ? encodeAttributesV2(list.attributes) : encodeTemplateAttribute(list);
}

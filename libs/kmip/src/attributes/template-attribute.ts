import { ttlv, type TtlvItem, type TtlvStructure } from '../ttlv';
import { Tag } from '../registry';
import type { ProtocolVersion } from '../messages/protocol-version';
import { StructureReader } from '../messages/structure-reader';
import type { Attribute } from './attribute';
import { decodeAttributeV1, encodeAttributeV1 } from './attribute-v1.codec';
import { decodeName, encodeName, type KmipName } from './kmip-name';

/**
 * Template-Attribute (KMIP 1.4 §2.1.8): Name fields referring to Template objects (deprecated in 1.3, gone in 2.0)
 * and Attribute fields. Also the shape of Common/Private Key/Public Key Template-Attribute.
 */
export interface TemplateAttribute {
  readonly templateNames?: readonly KmipName[];
  readonly attributes: readonly Attribute[];
}

export function decodeTemplateAttribute(item: TtlvItem, version: ProtocolVersion): TemplateAttribute {
  const reader = new StructureReader(item, 'Template-Attribute');
  const names = reader.manyItems(Tag.Name).map(decodeName);
  const attributes = reader.manyItems(Tag.Attribute).map((attribute) => decodeAttributeV1(attribute, version));
  reader.done();
  return { templateNames: names.length === 0 ? undefined : names, attributes };
}

export function encodeTemplateAttribute(
  template: TemplateAttribute,
  tag: number = Tag.TemplateAttribute,
): TtlvStructure {
  return ttlv.structure(tag, [
    ...(template.templateNames ?? []).map(encodeName),
    ...template.attributes.map((attribute) => encodeAttributeV1(attribute)),
  ]);
}

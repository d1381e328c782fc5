import type { TtlvItem } from '../ttlv';
import { Tag } from '../registry';
import type { Attribute } from '../attributes/attribute';
import { decodeAttributeV1, encodeAttributeV1 } from '../attributes/attribute-v1.codec';
import { decodeSingleAttributeV2, encodeSingleAttributeV2 } from '../attributes/attribute-v2.codec';
import { usesAttributesStructure, type ProtocolVersion } from '../messages/protocol-version';
import type { StructureReader } from '../messages/structure-reader';

/*
 * The single-attribute field of Add / Modify / Set Attribute: an Attribute structure in KMIP 1.x, a New Attribute
 * (or Current Attribute) structure holding one attribute in 2.x.
 */

export function readNewAttribute(reader: StructureReader, version: ProtocolVersion): Attribute {
  return usesAttributesStructure(version)
    ? decodeSingleAttributeV2(reader.requiredItem(Tag.NewAttribute), version)
    : decodeAttributeV1(reader.requiredItem(Tag.Attribute), version);
}

export function writeNewAttribute(attribute: Attribute, version: ProtocolVersion): TtlvItem {
  return usesAttributesStructure(version)
    ? encodeSingleAttributeV2(Tag.NewAttribute, attribute)
    : encodeAttributeV1(attribute);
}

/** The Attribute a 1.x response echoes; 2.x responses carry none. */
export function readEchoedAttribute(reader: StructureReader, version: ProtocolVersion): Attribute | undefined {
  if (usesAttributesStructure(version)) return undefined;
  return decodeAttributeV1(reader.requiredItem(Tag.Attribute), version);
}

export function writeEchoedAttribute(attribute: Attribute | undefined, version: ProtocolVersion): TtlvItem[] {
  return attribute === undefined || usesAttributesStructure(version) ? [] : [encodeAttributeV1(attribute)];
}

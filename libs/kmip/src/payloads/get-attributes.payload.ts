import { ttlv } from '../ttlv';
import { Operation, Tag } from '../registry';
import type { Attribute } from '../attributes/attribute';
import { decodeAttributeReference, encodeAttributeReference } from '../attributes/attribute-reference';
import { decodeAttributeV1, encodeAttributeV1 } from '../attributes/attribute-v1.codec';
import { decodeAttributesV2, encodeAttributesV2 } from '../attributes/attribute-v2.codec';
import { usesAttributesStructure } from '../messages/protocol-version';
import type { PayloadCodec } from './payload-codec';
import { nonEmpty, readPayload } from './payload-reader';
import {
  readRequestUniqueIdentifier,
  writeRequestUniqueIdentifier,
  type UniqueIdentifierValue,
} from './unique-identifier';

/**
 * Get Attributes (KMIP 1.4 §4.12, KMIP 2.1 §6.1.24). Attribute names are 1.x Attribute Names; 2.x Attribute
 * References read into the same names ('x-Vendor', 'State').
 */
export interface GetAttributesRequest {
  readonly uniqueIdentifier?: UniqueIdentifierValue;
  /** Absent: all attributes. */
  readonly attributeNames?: readonly string[];
}

/** An attribute the object lacks is simply not listed (vCenter relies on that: DESIGN §6). */
export interface GetAttributesResponse {
  readonly uniqueIdentifier: string;
  readonly attributes: readonly Attribute[];
}

export const getAttributesCodec: PayloadCodec<GetAttributesRequest, GetAttributesResponse> = {
  operation: Operation.GetAttributes,
  decodeRequest: (payload, version) =>
    readPayload(payload, 'Get Attributes', (reader) => ({
      uniqueIdentifier: readRequestUniqueIdentifier(reader, version),
      attributeNames: nonEmpty(
        usesAttributesStructure(version)
          ? reader.manyItems(Tag.AttributeReference).map(decodeAttributeReference)
          : reader.many(Tag.AttributeName, 'TextString').map((item) => item.value),
      ),
    })),
  encodeRequest: (request, version) =>
    ttlv.structure(Tag.RequestPayload, [
      ...writeRequestUniqueIdentifier(request.uniqueIdentifier),
      ...(request.attributeNames ?? []).map((name) =>
        usesAttributesStructure(version) ? encodeAttributeReference(name) : ttlv.text(Tag.AttributeName, name),
      ),
    ]),
  decodeResponse: (payload, version) =>
    readPayload(payload, 'Get Attributes', (reader) => ({
      uniqueIdentifier: reader.text(Tag.UniqueIdentifier),
      attributes: usesAttributesStructure(version)
        ? decodeAttributesV2(reader.requiredItem(Tag.Attributes), version)
        : reader.manyItems(Tag.Attribute).map((item) => decodeAttributeV1(item, version)),
    })),
  encodeResponse: (response, version) =>
    ttlv.structure(Tag.ResponsePayload, [
      ttlv.text(Tag.UniqueIdentifier, response.uniqueIdentifier),
      ...(usesAttributesStructure(version)
        ? [encodeAttributesV2(response.attributes)]
        : response.attributes.map((attribute) => encodeAttributeV1(attribute))),
    ]),
};

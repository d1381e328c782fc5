import { ttlv } from '../ttlv';
import { Operation, Tag } from '../registry';
import { decodeAttributeReference, encodeAttributeReference } from '../attributes/attribute-reference';
import { usesAttributesStructure } from '../messages/protocol-version';
import type { PayloadCodec } from './payload-codec';
import { readPayload } from './payload-reader';
import {
  readRequestUniqueIdentifier,
  writeRequestUniqueIdentifier,
  type UniqueIdentifierValue,
} from './unique-identifier';

/** Get Attribute List (KMIP 1.4 §4.13, KMIP 2.1 §6.1.25). */
export interface GetAttributeListRequest {
  readonly uniqueIdentifier?: UniqueIdentifierValue;
}

/** Names in 1.x form; written as Attribute Name (1.x) or Attribute Reference (2.x). */
export interface GetAttributeListResponse {
  readonly uniqueIdentifier: string;
  readonly attributeNames: readonly string[];
}

export const getAttributeListCodec: PayloadCodec<GetAttributeListRequest, GetAttributeListResponse> = {
  operation: Operation.GetAttributeList,
  decodeRequest: (payload, version) =>
    readPayload(payload, 'Get Attribute List', (reader) => ({
      uniqueIdentifier: readRequestUniqueIdentifier(reader, version),
    })),
  encodeRequest: (request) =>
    ttlv.structure(Tag.RequestPayload, writeRequestUniqueIdentifier(request.uniqueIdentifier)),
  decodeResponse: (payload, version) =>
    readPayload(payload, 'Get Attribute List', (reader) => ({
      uniqueIdentifier: reader.text(Tag.UniqueIdentifier),
      attributeNames: usesAttributesStructure(version)
        ? reader.manyItems(Tag.AttributeReference).map(decodeAttributeReference)
        : reader.many(Tag.AttributeName, 'TextString').map((item) => item.value),
    })),
  encodeResponse: (response, version) =>
    ttlv.structure(Tag.ResponsePayload, [
      ttlv.text(Tag.UniqueIdentifier, response.uniqueIdentifier),
      ...response.attributeNames.map((name) =>
        usesAttributesStructure(version) ? encodeAttributeReference(name) : ttlv.text(Tag.AttributeName, name),
      ),
    ]),
};

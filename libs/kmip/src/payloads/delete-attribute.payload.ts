import { ttlv } from '../ttlv';
import { Operation, Tag } from '../registry';
import type { Attribute } from '../attributes/attribute';
import { decodeAttributeReference, encodeAttributeReference } from '../attributes/attribute-reference';
import { decodeSingleAttributeV2, encodeSingleAttributeV2 } from '../attributes/attribute-v2.codec';
import { KmipError } from '../messages/kmip-error';
import { integerIf } from '../messages/optional-fields';
import { usesAttributesStructure } from '../messages/protocol-version';
import { readEchoedAttribute, writeEchoedAttribute } from './attribute-fields';
import type { PayloadCodec } from './payload-codec';
import { readPayload } from './payload-reader';
import {
  readRequestUniqueIdentifier,
  writeRequestUniqueIdentifier,
  type UniqueIdentifierValue,
} from './unique-identifier';

/**
 * Delete Attribute (KMIP 1.4 §4.16, KMIP 2.1 §6.1.9). 1.x names the attribute (and an index); 2.x gives either the
 * Current Attribute (one instance, by value) or an Attribute Reference (every instance). `attributeName` is always
 * set; `currentAttribute` only when the client picked an instance by value.
 */
export interface DeleteAttributeRequest {
  readonly uniqueIdentifier?: UniqueIdentifierValue;
  readonly attributeName: string;
  /** KMIP 1.x only. */
  readonly attributeIndex?: number;
  /** KMIP 2.x only. */
  readonly currentAttribute?: Attribute;
}

export interface DeleteAttributeResponse {
  readonly uniqueIdentifier: string;
  /** KMIP 1.x only: the attribute deleted. */
  readonly attribute?: Attribute;
}

export const deleteAttributeCodec: PayloadCodec<DeleteAttributeRequest, DeleteAttributeResponse> = {
  operation: Operation.DeleteAttribute,
  decodeRequest: (payload, version) =>
    readPayload(payload, 'Delete Attribute', (reader): DeleteAttributeRequest => {
      const uniqueIdentifier = readRequestUniqueIdentifier(reader, version);
      if (!usesAttributesStructure(version)) {
        return {
          uniqueIdentifier,
          attributeName: reader.text(Tag.AttributeName),
          attributeIndex: reader.optionalInteger(Tag.AttributeIndex),
        };
      }
      const current = reader.optionalItem(Tag.CurrentAttribute);
      const reference = reader.optionalItem(Tag.AttributeReference);
      if (current !== undefined) {
        const currentAttribute = decodeSingleAttributeV2(current, version);
        if (reference !== undefined && decodeAttributeReference(reference) !== currentAttribute.name) {
          throw new KmipError('InvalidField', 'Delete Attribute: Current Attribute and Attribute Reference differ');
        }
        return { uniqueIdentifier, attributeName: currentAttribute.name, currentAttribute };
      }
      if (reference === undefined) {
        throw reader.error(`${reader.what}: either Current Attribute or Attribute Reference is required`);
      }
      return { uniqueIdentifier, attributeName: decodeAttributeReference(reference) };
    }),
  encodeRequest: (request, version) =>
    ttlv.structure(Tag.RequestPayload, [
      ...writeRequestUniqueIdentifier(request.uniqueIdentifier),
      ...(!usesAttributesStructure(version)
        ? [
            ttlv.text(Tag.AttributeName, request.attributeName),
            ...integerIf(Tag.AttributeIndex, request.attributeIndex),
          ]
        : request.currentAttribute !== undefined
          ? [encodeSingleAttributeV2(Tag.CurrentAttribute, request.currentAttribute)]
          : [encodeAttributeReference(request.attributeName)]),
    ]),
  decodeResponse: (payload, version) =>
    readPayload(payload, 'Delete Attribute', (reader) => ({
      uniqueIdentifier: reader.text(Tag.UniqueIdentifier),
      attribute: readEchoedAttribute(reader, version),
    })),
  encodeResponse: (response, version) =>
    ttlv.structure(Tag.ResponsePayload, [
      ttlv.text(Tag.UniqueIdentifier, response.uniqueIdentifier),
      ...writeEchoedAttribute(response.attribute, version),
    ]),
};

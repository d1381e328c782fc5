import { ttlv } from '../ttlv';
import { Operation, Tag } from '../registry';
import type { Attribute } from '../attributes/attribute';
import { decodeSingleAttributeV2, encodeSingleAttributeV2 } from '../attributes/attribute-v2.codec';
import { usesAttributesStructure } from '../messages/protocol-version';
import { readEchoedAttribute, readNewAttribute, writeEchoedAttribute, writeNewAttribute } from './attribute-fields';
import type { PayloadCodec } from './payload-codec';
import { readPayload } from './payload-reader';
import {
  readRequestUniqueIdentifier,
  writeRequestUniqueIdentifier,
  type UniqueIdentifierValue,
} from './unique-identifier';

/**
 * Modify Attribute (KMIP 1.4 §4.15, KMIP 2.1 §6.1.30). 1.x: the Attribute with its new value (Attribute Index picks
 * the instance). 2.x: an optional Current Attribute picking the instance, and the New Attribute.
 */
export interface ModifyAttributeRequest {
  readonly uniqueIdentifier?: UniqueIdentifierValue;
  /** KMIP 2.x only. */
  readonly currentAttribute?: Attribute;
  readonly attribute: Attribute;
}

export interface ModifyAttributeResponse {
  readonly uniqueIdentifier: string;
  /** KMIP 1.x only: the attribute with its new value. */
  readonly attribute?: Attribute;
}

export const modifyAttributeCodec: PayloadCodec<ModifyAttributeRequest, ModifyAttributeResponse> = {
  operation: Operation.ModifyAttribute,
  decodeRequest: (payload, version) =>
    readPayload(payload, 'Modify Attribute', (reader) => {
      const uniqueIdentifier = readRequestUniqueIdentifier(reader, version);
      const current = usesAttributesStructure(version) ? reader.optionalItem(Tag.CurrentAttribute) : undefined;
      return {
        uniqueIdentifier,
        currentAttribute: current === undefined ? undefined : decodeSingleAttributeV2(current, version),
        attribute: readNewAttribute(reader, version),
      };
    }),
  encodeRequest: (request, version) =>
    ttlv.structure(Tag.RequestPayload, [
      ...writeRequestUniqueIdentifier(request.uniqueIdentifier),
      ...(request.currentAttribute !== undefined && usesAttributesStructure(version)
        ? [encodeSingleAttributeV2(Tag.CurrentAttribute, request.currentAttribute)]
        : []),
      writeNewAttribute(request.attribute, version),
    ]),
  decodeResponse: (payload, version) =>
    readPayload(payload, 'Modify Attribute', (reader) => ({
      uniqueIdentifier: reader.text(Tag.UniqueIdentifier),
      attribute: readEchoedAttribute(reader, version),
    })),
  encodeResponse: (response, version) =>
    ttlv.structure(Tag.ResponsePayload, [
      ttlv.text(Tag.UniqueIdentifier, response.uniqueIdentifier),
      ...writeEchoedAttribute(response.attribute, version),
    ]),
};

import { ttlv } from '../ttlv';
import { Operation, Tag } from '../registry';
import type { Attribute } from '../attributes/attribute';
import { readEchoedAttribute, readNewAttribute, writeEchoedAttribute, writeNewAttribute } from './attribute-fields';
import type { PayloadCodec } from './payload-codec';
import { readPayload } from './payload-reader';
import {
  readRequestUniqueIdentifier,
  writeRequestUniqueIdentifier,
  type UniqueIdentifierValue,
} from './unique-identifier';

/** Add Attribute (KMIP 1.4 §4.14, KMIP 2.1 §6.1.3): vCenter adds x-Vendor, x-Product, … after Create. */
export interface AddAttributeRequest {
  readonly uniqueIdentifier?: UniqueIdentifierValue;
  readonly attribute: Attribute;
}

export interface AddAttributeResponse {
  readonly uniqueIdentifier: string;
  /** KMIP 1.x: the attribute as added (required there); 2.x responses carry none. */
  readonly attribute?: Attribute;
}

export const addAttributeCodec: PayloadCodec<AddAttributeRequest, AddAttributeResponse> = {
  operation: Operation.AddAttribute,
  decodeRequest: (payload, version) =>
    readPayload(payload, 'Add Attribute', (reader) => ({
      uniqueIdentifier: readRequestUniqueIdentifier(reader, version),
      attribute: readNewAttribute(reader, version),
    })),
  encodeRequest: (request, version) =>
    ttlv.structure(Tag.RequestPayload, [
      ...writeRequestUniqueIdentifier(request.uniqueIdentifier),
      writeNewAttribute(request.attribute, version),
    ]),
  decodeResponse: (payload, version) =>
    readPayload(payload, 'Add Attribute', (reader) => ({
      uniqueIdentifier: reader.text(Tag.UniqueIdentifier),
      attribute: readEchoedAttribute(reader, version),
    })),
  encodeResponse: (response, version) =>
    ttlv.structure(Tag.ResponsePayload, [
      ttlv.text(Tag.UniqueIdentifier, response.uniqueIdentifier),
      ...writeEchoedAttribute(response.attribute, version),
    ]),
};

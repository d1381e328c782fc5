import { ttlv } from '../ttlv';
import { Operation, Tag } from '../registry';
import type { Attribute } from '../attributes/attribute';
import { decodeSingleAttributeV2, encodeSingleAttributeV2 } from '../attributes/attribute-v2.codec';
import { decodeIdentifiedResponse, encodeIdentifiedResponse, type IdentifiedResponse } from './identified-response';
import type { PayloadCodec } from './payload-codec';
import { readPayload } from './payload-reader';
import {
  readRequestUniqueIdentifier,
  writeRequestUniqueIdentifier,
  type UniqueIdentifierValue,
} from './unique-identifier';

/** Set Attribute (KMIP 2.0+, KMIP 2.1 §6.1.50): add the attribute, or replace its only instance. 2.x shape always. */
export interface SetAttributeRequest {
  readonly uniqueIdentifier?: UniqueIdentifierValue;
  readonly attribute: Attribute;
}

export type SetAttributeResponse = IdentifiedResponse;

export const setAttributeCodec: PayloadCodec<SetAttributeRequest, SetAttributeResponse> = {
  operation: Operation.SetAttribute,
  decodeRequest: (payload, version) =>
    readPayload(payload, 'Set Attribute', (reader) => ({
      uniqueIdentifier: readRequestUniqueIdentifier(reader, version),
      attribute: decodeSingleAttributeV2(reader.requiredItem(Tag.NewAttribute), version),
    })),
  encodeRequest: (request) =>
    ttlv.structure(Tag.RequestPayload, [
      ...writeRequestUniqueIdentifier(request.uniqueIdentifier),
      encodeSingleAttributeV2(Tag.NewAttribute, request.attribute),
    ]),
  decodeResponse: (payload) => decodeIdentifiedResponse(payload, 'Set Attribute'),
  encodeResponse: encodeIdentifiedResponse,
};

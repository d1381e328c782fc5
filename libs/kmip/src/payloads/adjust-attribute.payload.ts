import { ttlv } from '../ttlv';
import { Operation, Tag } from '../registry';
import { attributeValueItem, attributeValueOf, type AttributeValue } from '../attributes/attribute';
import { decodeAttributeReference, encodeAttributeReference } from '../attributes/attribute-reference';
import { decodeIdentifiedResponse, encodeIdentifiedResponse, type IdentifiedResponse } from './identified-response';
import type { PayloadCodec } from './payload-codec';
import { readPayload } from './payload-reader';
import {
  readRequestUniqueIdentifier,
  writeRequestUniqueIdentifier,
  type UniqueIdentifierValue,
} from './unique-identifier';

/**
 * Adjust Attribute (KMIP 2.0+, KMIP 2.1 §6.1.2): increment, decrement or negate a numeric or date attribute. The
 * Adjustment Value's type follows the attribute's (Integer, Long Integer, Big Integer, Interval, Date-Time).
 */
export interface AdjustAttributeRequest {
  readonly uniqueIdentifier?: UniqueIdentifierValue;
  /** From the Attribute Reference, in 1.x name form. */
  readonly attributeName: string;
  /** An Adjustment Type value: Increment, Decrement, Negate. */
  readonly adjustmentType: number;
  readonly adjustmentValue?: AttributeValue;
}

export type AdjustAttributeResponse = IdentifiedResponse;

export const adjustAttributeCodec: PayloadCodec<AdjustAttributeRequest, AdjustAttributeResponse> = {
  operation: Operation.AdjustAttribute,
  decodeRequest: (payload, version) =>
    readPayload(payload, 'Adjust Attribute', (reader) => {
      const uniqueIdentifier = readRequestUniqueIdentifier(reader, version);
      const attributeName = decodeAttributeReference(reader.requiredItem(Tag.AttributeReference));
      const adjustmentType = reader.enumeration(Tag.AdjustmentType);
      const value = reader.optionalItem(Tag.AdjustmentValue);
      return {
        uniqueIdentifier,
        attributeName,
        adjustmentType,
        adjustmentValue: value === undefined ? undefined : attributeValueOf(value),
      };
    }),
  encodeRequest: (request) =>
    ttlv.structure(Tag.RequestPayload, [
      ...writeRequestUniqueIdentifier(request.uniqueIdentifier),
      encodeAttributeReference(request.attributeName),
      ttlv.enumeration(Tag.AdjustmentType, request.adjustmentType),
      ...(request.adjustmentValue === undefined
        ? []
        : [attributeValueItem(Tag.AdjustmentValue, request.adjustmentValue)]),
    ]),
  decodeResponse: (payload) => decodeIdentifiedResponse(payload, 'Adjust Attribute'),
  encodeResponse: encodeIdentifiedResponse,
};

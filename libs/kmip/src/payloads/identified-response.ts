import { ttlv, type TtlvItem, type TtlvStructure } from '../ttlv';
import { Tag } from '../registry';
import { readPayload } from './payload-reader';

/** The response of Activate, Destroy, Revoke, Set Attribute, Adjust Attribute: the object's Unique Identifier. */
export interface IdentifiedResponse {
  readonly uniqueIdentifier: string;
}

export function decodeIdentifiedResponse(payload: TtlvItem, operationName: string): IdentifiedResponse {
  return readPayload(payload, operationName, (reader) => ({ uniqueIdentifier: reader.text(Tag.UniqueIdentifier) }));
}

export function encodeIdentifiedResponse(response: IdentifiedResponse): TtlvStructure {
  return ttlv.structure(Tag.ResponsePayload, [ttlv.text(Tag.UniqueIdentifier, response.uniqueIdentifier)]);
}

import { ttlv, type TtlvItem, type TtlvStructure } from '../ttlv';
import { Tag } from '../registry';
import type { ProtocolVersion } from '../messages/protocol-version';
import { readPayload } from './payload-reader';
import {
  readRequestUniqueIdentifier,
  writeRequestUniqueIdentifier,
  type UniqueIdentifierValue,
} from './unique-identifier';

/** The request of Activate and Destroy: only the object's Unique Identifier, absent for the ID Placeholder. */
export interface IdentifiedRequest {
  readonly uniqueIdentifier?: UniqueIdentifierValue;
}

export function decodeIdentifiedRequest(
  payload: TtlvItem,
  version: ProtocolVersion,
  operationName: string,
): IdentifiedRequest {
  return readPayload(payload, operationName, (reader) => ({
    uniqueIdentifier: readRequestUniqueIdentifier(reader, version),
  }));
}

export function encodeIdentifiedRequest(request: IdentifiedRequest): TtlvStructure {
  return ttlv.structure(Tag.RequestPayload, writeRequestUniqueIdentifier(request.uniqueIdentifier));
}

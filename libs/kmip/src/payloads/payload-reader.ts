import { tagName, Tag } from '../registry';
import type { TtlvItem } from '../ttlv';
import { StructureReader } from '../messages/structure-reader';

/** A strict reader over a Request or Response Payload, named for messages ('Get request payload'). */
export function payloadReader(payload: TtlvItem, operationName: string): StructureReader {
  const direction = payload.tag === Tag.ResponsePayload ? 'response' : 'request';
  const reader = new StructureReader(payload, `${operationName} ${direction} payload`);
  if (payload.tag !== Tag.RequestPayload && payload.tag !== Tag.ResponsePayload) {
    throw reader.error(`${tagName(payload.tag)} is not a Request or Response Payload`);
  }
  return reader;
}

/** Runs `read` over the payload and refuses fields it left unread. */
export function readPayload<T>(payload: TtlvItem, operationName: string, read: (reader: StructureReader) => T): T {
  const reader = payloadReader(payload, operationName);
  const result = read(reader);
  reader.done();
  return result;
}

/** `undefined` for an empty list: repeated optional fields that were absent stay absent in the model. */
export function nonEmpty<T>(list: T[]): T[] | undefined {
  return list.length === 0 ? undefined : list;
}

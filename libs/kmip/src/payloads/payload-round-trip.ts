import type { RequestMessage } from '../messages/request-message';
import type { ResponseMessage } from '../messages/response-message';
import { isSupportedOperation, payloadCodec } from './payload-codecs';
import { decodeRequestPayload } from './request-payload';
import { decodeResponsePayload } from './response-payload';

/*
 * Pass every payload of a message through its typed model and back: the result encodes to the same bytes exactly
 * when the model holds everything the client sent. Used to check interoperability captures and spec vectors.
 * Payloads of operations without a codec, and failed response items, are left as they are.
 */

export function remodelRequestPayloads(message: RequestMessage): RequestMessage {
  const version = message.header.protocolVersion;
  return {
    ...message,
    batchItems: message.batchItems.map((item) => {
      if (!isSupportedOperation(item.operation)) return item;
      const { operation, payload } = decodeRequestPayload(item, version);
      return { ...item, payload: payloadCodec(operation).encodeRequest(payload, version) };
    }),
  };
}

export function remodelResponsePayloads(message: ResponseMessage): ResponseMessage {
  const version = message.header.protocolVersion;
  return {
    ...message,
    batchItems: message.batchItems.map((item) => {
      const operation = item.operation;
      if (operation === undefined || !isSupportedOperation(operation) || item.payload === undefined) return item;
      const payload = decodeResponsePayload(operation, item, version);
      return { ...item, payload: payloadCodec(operation).encodeResponse(payload, version) };
    }),
  };
}

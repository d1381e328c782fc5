import type { TtlvStructure } from '../ttlv';
import { KmipError } from '../messages/kmip-error';
import type { ProtocolVersion } from '../messages/protocol-version';
import type { ResponseBatchItem } from '../messages/response-batch-item';
import { payloadCodec, type ResponsePayloadOf, type SupportedOperation } from './payload-codecs';

/** The server side: a typed response payload encoded in the shape of the request's version. */
export function encodeResponsePayload<Op extends SupportedOperation>(
  operation: Op,
  response: ResponsePayloadOf<Op>,
  version: ProtocolVersion,
): TtlvStructure {
  return payloadCodec(operation).encodeResponse(response, version);
}

/** The client side: the typed payload of a successful response item. */
export function decodeResponsePayload<Op extends SupportedOperation>(
  operation: Op,
  item: ResponseBatchItem,
  version: ProtocolVersion,
): ResponsePayloadOf<Op> {
  if (item.payload === undefined) throw new KmipError('InvalidMessage', 'Batch Item: no Response Payload');
  return payloadCodec(operation).decodeResponse(item.payload, version);
}

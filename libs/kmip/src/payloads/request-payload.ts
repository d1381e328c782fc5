import type { TtlvStructure } from '../ttlv';
import { enumName, formatTag, Tag } from '../registry';
import { KmipError } from '../messages/kmip-error';
import type { ProtocolVersion } from '../messages/protocol-version';
import type { RequestBatchItem } from '../messages/request-batch-item';
import type { RequestMessage } from '../messages/request-message';
import { isSupportedOperation, payloadCodec, type RequestPayloadOf, type SupportedOperation } from './payload-codecs';

/** A request batch item's payload in typed form; switch on `operation` to narrow `payload`. */
export type DecodedRequest = {
  [Op in SupportedOperation]: { readonly operation: Op; readonly payload: RequestPayloadOf<Op> };
}[SupportedOperation];

/**
 * Decodes one batch item's payload for its operation. Throws a batch-item-scoped KmipError: Operation Not Supported
 * for operations without a codec, Invalid Message / Invalid Field for a malformed payload.
 */
export function decodeRequestPayload(item: RequestBatchItem, version: ProtocolVersion): DecodedRequest {
  const operation = item.operation;
  if (!isSupportedOperation(operation)) {
    const name = enumName(Tag.Operation, operation) ?? formatTag(operation);
    throw new KmipError('OperationNotSupported', `operation ${name} is not supported`);
  }
  if (item.payload === undefined) {
    throw new KmipError('InvalidMessage', 'Batch Item: required field Request Payload is missing');
  }
  const payload = payloadCodec(operation).decodeRequest(item.payload, version);
  return { operation, payload } as DecodedRequest;
}

/** Every item of a request decoded on its own: a failure stays with its item. */
export type DecodedBatchItem =
  | { readonly ok: true; readonly item: RequestBatchItem; readonly request: DecodedRequest }
  | { readonly ok: false; readonly item: RequestBatchItem; readonly error: KmipError };

export function decodeRequestPayloads(message: RequestMessage): DecodedBatchItem[] {
  return message.batchItems.map((item) => {
    try {
      return { ok: true, item, request: decodeRequestPayload(item, message.header.protocolVersion) };
    } catch (err) {
      if (err instanceof KmipError) return { ok: false, item, error: err };
      throw err;
    }
  });
}

/** The client side: a request batch item carrying `request` encoded for `version`. */
export function requestBatchItem<Op extends SupportedOperation>(
  operation: Op,
  request: RequestPayloadOf<Op>,
  version: ProtocolVersion,
  uniqueBatchItemId?: Uint8Array,
): RequestBatchItem {
  const payload: TtlvStructure = payloadCodec(operation).encodeRequest(request, version);
  return { operation, uniqueBatchItemId, payload };
}

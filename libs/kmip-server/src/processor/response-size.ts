import {
  encodeResponseBytes,
  KmipError,
  messageFailureResponse,
  ResultReason,
  ResultStatus,
  type ResponseBatchItem,
  type ResponseMessage,
} from '@kmip/kmip';

const TOO_LARGE = 'the response exceeds the Maximum Response Size';

/**
 * Encodes the response within the request's Maximum Response Size (KMIP 1.4 §6.3): when it is too large, the items
 * carrying payloads are answered Response Too Large instead, last first, until it fits; if even that is too large,
 * the whole message is.
 */
export function encodeWithinLimit(response: ResponseMessage, maximumResponseSize: number | undefined): Buffer {
  let bytes = encodeResponseBytes(response);
  if (maximumResponseSize === undefined || bytes.length <= maximumResponseSize) return bytes;
  const items: ResponseBatchItem[] = [...response.batchItems];
  for (let i = items.length - 1; i >= 0 && bytes.length > maximumResponseSize; i--) {
    if (items[i].payload === undefined) continue;
    items[i] = {
      operation: items[i].operation,
      uniqueBatchItemId: items[i].uniqueBatchItemId,
      resultStatus: ResultStatus.OperationFailed,
      resultReason: ResultReason.ResponseTooLarge,
      resultMessage: TOO_LARGE,
    };
    bytes = encodeResponseBytes({ ...response, batchItems: items });
  }
  if (bytes.length <= maximumResponseSize) return bytes;
  const error = new KmipError('ResponseTooLarge', TOO_LARGE, 'message', response.header.protocolVersion);
  return encodeResponseBytes(messageFailureResponse(error, response.header.timeStamp));
}

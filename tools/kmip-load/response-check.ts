import {
  decodeResponseBytes,
  enumName,
  KmipError,
  ResultStatus,
  Tag,
  type ResponseBatchItem,
  type ResponseMessage,
} from '@kmip/kmip';
import type { PreparedRequest } from './prepared-request';

/**
 * The verdict on one response. A failure's `reason` is short and drawn from a small set ("Operation Failed: Item Not
 * Found", "malformed response: InvalidMessage", …) so that failures can be counted per reason; it never holds a value
 * from the payload (a Get response carries key material).
 */
export type ResponseVerdict =
  { readonly ok: true; readonly message: ResponseMessage } | { readonly ok: false; readonly reason: string };

/** Checks that a response answers `request` with Result Status Success in its single batch item. */
export function checkResponse(bytes: Uint8Array, request: PreparedRequest): ResponseVerdict {
  let message: ResponseMessage;
  try {
    message = decodeResponseBytes(bytes);
  } catch (err) {
    if (err instanceof KmipError) return { ok: false, reason: `malformed response: ${err.reason}` };
    throw err;
  }
  if (message.batchItems.length !== 1) {
    return { ok: false, reason: `${message.batchItems.length} batch items in the response, expected 1` };
  }
  const item = message.batchItems[0];
  if (item.resultStatus !== ResultStatus.Success) return { ok: false, reason: describeFailure(item) };
  // A message-level error is answered without Operation (KMIP 1.4 §11.1); a success must echo the request's.
  if (item.operation !== request.operation) {
    const operation = item.operation === undefined ? 'none' : nameOf(Tag.Operation, item.operation);
    return {
      ok: false,
      reason: `response Operation ${operation}, expected ${nameOf(Tag.Operation, request.operation)}`,
    };
  }
  return { ok: true, message };
}

function describeFailure(item: ResponseBatchItem): string {
  const status = nameOf(Tag.ResultStatus, item.resultStatus);
  return item.resultReason === undefined ? status : `${status}: ${nameOf(Tag.ResultReason, item.resultReason)}`;
}

function nameOf(tag: number, value: number): string {
  return enumName(tag, value) ?? `0x${value.toString(16).padStart(8, '0')}`;
}

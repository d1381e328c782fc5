import {
  decodeResponseBytes,
  encodeTtlv,
  enumName,
  KmipError,
  ResultStatus,
  Tag,
  ttlv,
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

/**
 * Where the Response Header's Time Stamp value lies in a response (the one part that changes every second): its
 * item, encoded again from the decoded header, is the first such item in the bytes, since the header comes first.
 */
function timeStampValue(bytes: Buffer, message: ResponseMessage): { readonly start: number; readonly end: number } {
  const item = encodeTtlv(ttlv.dateTime(Tag.TimeStamp, message.header.timeStamp));
  const at = bytes.indexOf(item);
  // A tag, type and length of 8 bytes, then the value.
  return at < 0 ? { start: 0, end: 0 } : { start: at + 8, end: at + item.length };
}

/**
 * `checkResponse` for a stream of responses to one request. A response equal, but for its Time Stamp, to one that
 * passed the full check is accepted by comparing bytes instead of decoding it again: the same verdict for a fraction
 * of the load generator's CPU, which shares the machine with the server it measures. Anything else (a new Unique
 * Identifier, a failure) is decoded and checked in full.
 */
export class ResponseChecker {
  private reference: { readonly bytes: Buffer; readonly stamp: { start: number; end: number } } | undefined;
  /** Responses decoded and checked in full (the others matched the first good one). */
  decoded = 0;

  constructor(private readonly request: PreparedRequest) {}

  check(bytes: Uint8Array): { readonly ok: true } | { readonly ok: false; readonly reason: string } {
    if (this.reference !== undefined && this.matchesReference(bytes)) return { ok: true };
    this.decoded++;
    const verdict = checkResponse(bytes, this.request);
    if (!verdict.ok) return verdict;
    if (this.reference === undefined) {
      const copy = Buffer.from(bytes);
      this.reference = { bytes: copy, stamp: timeStampValue(copy, verdict.message) };
    }
    return { ok: true };
  }

  private matchesReference(bytes: Uint8Array): boolean {
    const { bytes: ref, stamp } = this.reference!;
    if (bytes.length !== ref.length) return false;
    return (
      ref.compare(bytes, 0, stamp.start, 0, stamp.start) === 0 &&
      ref.compare(bytes, stamp.end, bytes.length, stamp.end, ref.length) === 0
    );
  }
}

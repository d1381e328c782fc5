import { ttlv, type TtlvItem, type TtlvStructure } from '../ttlv';
import { Tag, tagName } from '../registry';
import { KmipError } from './kmip-error';
import { decodeResponseBatchItem, encodeResponseBatchItem, type ResponseBatchItem } from './response-batch-item';
import { decodeResponseHeader, encodeResponseHeader, type ResponseHeader } from './response-header';

/** Response Message (KMIP 1.4 §7.1): a header and one batch item per request item (or one for a message error). */
export interface ResponseMessage {
  readonly header: ResponseHeader;
  readonly batchItems: readonly ResponseBatchItem[];
}

/** The client side: decodes a response strictly, payloads left as TTLV trees (see `decodeResponsePayload`). */
export function decodeResponseMessage(item: TtlvItem): ResponseMessage {
  if (item.tag !== Tag.ResponseMessage || item.type !== 'Structure') {
    throw new KmipError('InvalidMessage', `expected a Response Message structure, got ${tagName(item.tag)}`, 'message');
  }
  const [first, ...rest] = item.value;
  if (first?.tag !== Tag.ResponseHeader) {
    throw new KmipError('InvalidMessage', 'Response Message: the Response Header must come first', 'message');
  }
  const { header, batchCount } = decodeResponseHeader(first);
  const fail = (detail: string) => new KmipError('InvalidMessage', detail, 'message', header.protocolVersion);
  const batchItems = rest.map((child, index) => {
    if (child.tag !== Tag.BatchItem) throw fail(`Response Message: unexpected field ${tagName(child.tag)}`);
    try {
      return decodeResponseBatchItem(child, index + 1);
    } catch (err) {
      throw err instanceof KmipError ? err.atMessageLevel(header.protocolVersion) : err;
    }
  });
  if (batchItems.length === 0) throw fail('Response Message: no Batch Item');
  if (batchCount !== batchItems.length) {
    throw fail(`Response Message: Batch Count is ${batchCount} but the message holds ${batchItems.length} batch items`);
  }
  return { header, batchItems };
}

export function encodeResponseMessage(message: ResponseMessage): TtlvStructure {
  return ttlv.structure(Tag.ResponseMessage, [
    encodeResponseHeader(message.header, message.batchItems.length),
    ...message.batchItems.map(encodeResponseBatchItem),
  ]);
}

import { ttlv, type TtlvItem, type TtlvStructure } from '../ttlv';
import { Tag, tagName } from '../registry';
import { KmipError } from './kmip-error';
import { decodeRequestBatchItem, encodeRequestBatchItem, type RequestBatchItem } from './request-batch-item';
import { decodeRequestHeader, encodeRequestHeader, type RequestHeader } from './request-header';

/** Request Message (KMIP 1.4 §7.1): a header and one or more batch items. */
export interface RequestMessage {
  readonly header: RequestHeader;
  readonly batchItems: readonly RequestBatchItem[];
}

/**
 * Decodes the message frame strictly: the header in full, and each batch item's Operation and Unique Batch Item ID.
 * Throws a message-scoped KmipError (Invalid Message) for anything wrong at that level, carrying the protocol version
 * when the header got that far. Payloads are left as TTLV trees (see `decodeRequestPayload`).
 */
export function decodeRequestMessage(item: TtlvItem): RequestMessage {
  if (item.tag !== Tag.RequestMessage || item.type !== 'Structure') {
    throw new KmipError('InvalidMessage', `expected a Request Message structure, got ${tagName(item.tag)}`, 'message');
  }
  const [first, ...rest] = item.value;
  if (first?.tag !== Tag.RequestHeader) {
    throw new KmipError('InvalidMessage', 'Request Message: the Request Header must come first', 'message');
  }
  const { header, batchCount } = decodeRequestHeader(first);
  const fail = (detail: string) => new KmipError('InvalidMessage', detail, 'message', header.protocolVersion);
  const batchItems = rest.map((child, index) => {
    if (child.tag !== Tag.BatchItem) throw fail(`Request Message: unexpected field ${tagName(child.tag)}`);
    try {
      return decodeRequestBatchItem(child, index + 1);
    } catch (err) {
      throw err instanceof KmipError ? err.atMessageLevel(header.protocolVersion) : err;
    }
  });
  if (batchItems.length === 0) throw fail('Request Message: no Batch Item');
  if (batchCount !== batchItems.length) {
    throw fail(`Request Message: Batch Count is ${batchCount} but the message holds ${batchItems.length} batch items`);
  }
  const ids = new Set<string>();
  for (const { uniqueBatchItemId } of batchItems) {
    if (uniqueBatchItemId === undefined) continue;
    const key = Buffer.from(uniqueBatchItemId).toString('hex');
    if (ids.has(key)) throw fail('Request Message: two batch items have the same Unique Batch Item ID');
    ids.add(key);
  }
  return { header, batchItems };
}

export function encodeRequestMessage(message: RequestMessage): TtlvStructure {
  return ttlv.structure(Tag.RequestMessage, [
    encodeRequestHeader(message.header, message.batchItems.length),
    ...message.batchItems.map(encodeRequestBatchItem),
  ]);
}

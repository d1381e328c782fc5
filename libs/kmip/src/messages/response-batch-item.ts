import { ttlv, type TtlvItem, type TtlvStructure } from '../ttlv';
import { Tag } from '../registry';
import { bytesIf, enumerationIf, itemIf, textIf } from './optional-fields';
import { StructureReader } from './structure-reader';

/**
 * A response Batch Item (KMIP 1.4 §7.2, KMIP 2.1 §8.2). Operation and Unique Batch Item ID echo the request item's;
 * a message-level failure is answered with one item that has neither (KMIP 1.4 §11.1).
 */
export interface ResponseBatchItem {
  readonly operation?: number;
  readonly uniqueBatchItemId?: Uint8Array;
  /** A Result Status value: Success, Operation Failed, Operation Pending, Operation Undone. */
  readonly resultStatus: number;
  /** Required when the status is Operation Failed. */
  readonly resultReason?: number;
  readonly resultMessage?: string;
  /** Required when the status is Operation Pending. */
  readonly asynchronousCorrelationValue?: Uint8Array;
  /** The Response Payload as a TTLV tree; decode it per operation with `decodeResponsePayload`. */
  readonly payload?: TtlvStructure;
  readonly messageExtension?: TtlvStructure;
}

export function decodeResponseBatchItem(item: TtlvItem, position: number): ResponseBatchItem {
  const reader = new StructureReader(item, `Batch Item ${position}`, 'message');
  const batchItem: ResponseBatchItem = {
    operation: reader.optionalEnumeration(Tag.Operation),
    uniqueBatchItemId: reader.optionalBytes(Tag.UniqueBatchItemID),
    resultStatus: reader.enumeration(Tag.ResultStatus),
    resultReason: reader.optionalEnumeration(Tag.ResultReason),
    resultMessage: reader.optionalText(Tag.ResultMessage),
    asynchronousCorrelationValue: reader.optionalBytes(Tag.AsynchronousCorrelationValue),
    payload: reader.optional(Tag.ResponsePayload, 'Structure'),
    messageExtension: reader.optional(Tag.MessageExtension, 'Structure'),
  };
  reader.done();
  return batchItem;
}

export function encodeResponseBatchItem(item: ResponseBatchItem): TtlvStructure {
  return ttlv.structure(Tag.BatchItem, [
    ...enumerationIf(Tag.Operation, item.operation),
    ...bytesIf(Tag.UniqueBatchItemID, item.uniqueBatchItemId),
    ttlv.enumeration(Tag.ResultStatus, item.resultStatus),
    ...enumerationIf(Tag.ResultReason, item.resultReason),
    ...textIf(Tag.ResultMessage, item.resultMessage),
    ...bytesIf(Tag.AsynchronousCorrelationValue, item.asynchronousCorrelationValue),
    ...itemIf(item.payload),
    ...itemIf(item.messageExtension),
  ]);
}

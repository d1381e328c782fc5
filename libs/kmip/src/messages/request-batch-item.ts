import { ttlv, type TtlvItem, type TtlvStructure } from '../ttlv';
import { Tag } from '../registry';
import { booleanIf, bytesIf, itemIf } from './optional-fields';
import { StructureReader } from './structure-reader';

/**
 * A request Batch Item (KMIP 1.4 §7.2, KMIP 2.1 §8.2). The payload stays the TTLV tree the client sent: it is decoded
 * per operation on demand (see `decodeRequestPayload`), so that one malformed payload fails its own batch item only.
 */
export interface RequestBatchItem {
  /** An Operation enumeration value; unknown values are kept, and answered with Operation Not Supported. */
  readonly operation: number;
  /** KMIP 2.0+. */
  readonly ephemeral?: boolean;
  /** Opaque bytes chosen by the client, echoed as-is in the response item. */
  readonly uniqueBatchItemId?: Uint8Array;
  /** The Request Payload as sent; absent when the client sent none (that fails the item, not the message). */
  readonly payload?: TtlvItem;
  /** Kept as sent; its Criticality Indicator is the server's business. */
  readonly messageExtension?: TtlvStructure;
}

/** Reads Operation and Unique Batch Item ID strictly; any other defect is left to the payload decoder. */
export function decodeRequestBatchItem(item: TtlvItem, position: number): RequestBatchItem {
  const reader = new StructureReader(item, `Batch Item ${position}`, 'message');
  const batchItem: RequestBatchItem = {
    operation: reader.enumeration(Tag.Operation),
    ephemeral: reader.optionalBoolean(Tag.Ephemeral),
    uniqueBatchItemId: reader.optionalBytes(Tag.UniqueBatchItemID),
    payload: reader.optionalItem(Tag.RequestPayload),
    messageExtension: reader.optional(Tag.MessageExtension, 'Structure'),
  };
  reader.done();
  return batchItem;
}

export function encodeRequestBatchItem(item: RequestBatchItem): TtlvStructure {
  return ttlv.structure(Tag.BatchItem, [
    ttlv.enumeration(Tag.Operation, item.operation),
    ...booleanIf(Tag.Ephemeral, item.ephemeral),
    ...bytesIf(Tag.UniqueBatchItemID, item.uniqueBatchItemId),
    ...itemIf(item.payload),
    ...itemIf(item.messageExtension),
  ]);
}

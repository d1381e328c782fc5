import {
  failureItem,
  KmipError,
  ResultStatus,
  statusOnlyItem,
  successItem,
  type RequestBatchItem,
  type ResponseBatchItem,
  type ResultReasonName,
  type TtlvStructure,
} from '@kmip/kmip';

export type ItemResult =
  | { readonly kind: 'success'; readonly payload: TtlvStructure; readonly dispose?: () => void }
  | { readonly kind: 'failure'; readonly reason: ResultReasonName; readonly message: string }
  /** Batch Error Continuation Option Undo: the item succeeded, then a later one failed. */
  | { readonly kind: 'undone' }
  /** After a failure under Stop or Undo, the items that were not processed. */
  | { readonly kind: 'skipped' };

/** What became of one batch item. */
export interface ItemOutcome {
  readonly item: RequestBatchItem;
  /** The operation's name without spaces, or 'Unknown'. */
  readonly operation: string;
  readonly objectId?: string;
  readonly result: ItemResult;
}

export function failed(reason: ResultReasonName, message: string): ItemResult {
  return { kind: 'failure', reason, message };
}

/**
 * The response item. Items skipped after a failure are answered Operation Failed, General Failure, saying why:
 * KMIP has no "not processed" status, and every request item gets its answer.
 */
export function responseItem(outcome: ItemOutcome): ResponseBatchItem {
  const { item, result } = outcome;
  switch (result.kind) {
    case 'success':
      return successItem(item, result.payload);
    case 'failure':
      return failureItem(item, new KmipError(result.reason, result.message));
    case 'undone':
      return statusOnlyItem(item, ResultStatus.OperationUndone);
    case 'skipped':
      return failureItem(
        item,
        new KmipError('GeneralFailure', 'not processed: an earlier batch item failed and the batch stopped there'),
      );
  }
}

export function resultName(result: ItemResult): string {
  switch (result.kind) {
    case 'success':
      return 'Success';
    case 'failure':
      return result.reason;
    case 'undone':
      return 'Undone';
    case 'skipped':
      return 'NotProcessed';
  }
}

export function disposeOutcome(outcome: ItemOutcome): void {
  if (outcome.result.kind === 'success') outcome.result.dispose?.();
}

import type { TtlvStructure } from '../ttlv';
import { ResultStatus } from '../registry';
import type { KmipError } from './kmip-error';
import { KMIP_1_0, type ProtocolVersion } from './protocol-version';
import type { RequestBatchItem } from './request-batch-item';
import type { ResponseBatchItem } from './response-batch-item';
import type { ResponseMessage } from './response-message';

/*
 * Building the server's answers. Each response item echoes the request item's Operation and Unique Batch Item ID
 * (KMIP 1.4 §7.2: "Yes, if specified in Request").
 */

export function successItem(request: RequestBatchItem, payload: TtlvStructure): ResponseBatchItem {
  return {
    operation: request.operation,
    uniqueBatchItemId: request.uniqueBatchItemId,
    resultStatus: ResultStatus.Success,
    payload,
  };
}

/** Operation Failed for one item; the KmipError's message becomes the Result Message. */
export function failureItem(request: RequestBatchItem, error: KmipError): ResponseBatchItem {
  return {
    operation: request.operation,
    uniqueBatchItemId: request.uniqueBatchItemId,
    resultStatus: ResultStatus.OperationFailed,
    resultReason: error.resultReason,
    resultMessage: error.message,
  };
}

/** Operation Undone (Batch Error Continuation Option Undo) or skipped items after a Stop: no reason, no payload. */
export function statusOnlyItem(request: RequestBatchItem, resultStatus: number): ResponseBatchItem {
  return { operation: request.operation, uniqueBatchItemId: request.uniqueBatchItemId, resultStatus };
}

/**
 * The answer to a message-level error (KMIP 1.4 §11.1): a header and one Batch Item without Operation, Operation
 * Failed with the error's reason. Written in the request's version when its header could be read, else `fallback`.
 */
export function messageFailureResponse(
  error: KmipError,
  timeStamp: bigint,
  fallback: ProtocolVersion = KMIP_1_0,
): ResponseMessage {
  return {
    header: { protocolVersion: error.protocolVersion ?? fallback, timeStamp },
    batchItems: [
      {
        resultStatus: ResultStatus.OperationFailed,
        resultReason: error.resultReason,
        resultMessage: error.message,
      },
    ],
  };
}

import type { DecisionError } from '@kmip/key-lifecycle';
import type { ResultReasonName } from '@kmip/kmip';

/**
 * A refusal an operation handler answers with. `reason` is the precise Result Reason (KMIP 2.x), `legacyReason` the
 * one a 1.x response carries where 2.x introduced a finer one. The message names fields and objects, never a value.
 */
export class OperationError extends Error {
  override readonly name = 'OperationError';

  constructor(
    readonly reason: ResultReasonName,
    message: string,
    readonly legacyReason: ResultReasonName = reason,
  ) {
    super(message);
  }

  /** The refusal of a key-lifecycle decider, as the error the processor answers. */
  static fromDecision(error: DecisionError): OperationError {
    return new OperationError(error.reason, error.message, error.legacyReason);
  }
}

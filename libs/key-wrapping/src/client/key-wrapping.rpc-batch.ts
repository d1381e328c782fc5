/**
 * Several generate / register / unwrap calls in one RPC message (pattern `kek.batch`): the client gathers the calls
 * its gateway makes in one turn of the event loop, the service runs them concurrently and answers each on its own,
 * a value or an error. One message, one TLS record and one pass through the RPC framework for many Gets or Creates.
 */
import {
  InvalidKeyWrappingRequestError,
  KeyWrappingInternalError,
  type KeyWrappingClientError,
} from './key-wrapping-client.errors';
import { fromRpcErrorWire, type RpcErrorWire } from './key-wrapping.rpc-contract';
import type { Settled } from '../batching/micro-batcher';

/** Calls per batch message at most (the client sends at most 128). */
export const MAX_BATCH_CALLS = 256;

export type BatchOperation = 'generate' | 'register' | 'unwrap';

/** One call: the operation and the payload its single-call pattern takes. */
export interface BatchCallWire {
  readonly op: BatchOperation;
  readonly data: object;
}

export interface BatchRequestWire {
  readonly calls: readonly BatchCallWire[];
}

export type BatchResultWire = { readonly reply: unknown } | { readonly error: RpcErrorWire };

export interface BatchReplyWire {
  readonly results: readonly BatchResultWire[];
}

const OPERATIONS: readonly BatchOperation[] = ['generate', 'register', 'unwrap'];

/**
 * The service's reading of a batch: each call's operation and payload, or why that call is refused (the others
 * still run). A message that is not a batch at all is refused whole.
 */
export function parseBatchRequest(
  data: unknown,
): ({ readonly op: BatchOperation; readonly data: unknown } | { readonly invalid: InvalidKeyWrappingRequestError })[] {
  const calls = (data as Partial<BatchRequestWire> | null)?.calls;
  if (!Array.isArray(calls) || calls.length === 0 || calls.length > MAX_BATCH_CALLS) {
    throw new InvalidKeyWrappingRequestError(`a batch holds 1 to ${MAX_BATCH_CALLS} calls`);
  }
  return calls.map((call: unknown) => {
    const { op, data: payload } = (typeof call === 'object' && call !== null ? call : {}) as Record<string, unknown>;
    if (!OPERATIONS.includes(op as BatchOperation)) {
      return {
        invalid: new InvalidKeyWrappingRequestError(`a batch call's op must be one of ${OPERATIONS.join(', ')}`),
      };
    }
    return { op: op as BatchOperation, data: payload };
  });
}

/** The client's reading of a batch reply: one outcome per call sent, errors as the client's typed errors. */
export function parseBatchReply(value: unknown, calls: number): Settled<unknown>[] {
  const results = (value as Partial<BatchReplyWire> | null)?.results;
  if (!Array.isArray(results) || results.length !== calls) {
    throw new KeyWrappingInternalError(
      `the key-wrapping service answered a batch of ${calls} calls with another count`,
    );
  }
  return results.map((result: unknown): Settled<unknown> => {
    const r = (typeof result === 'object' && result !== null ? result : {}) as Record<string, unknown>;
    if ('reply' in r) return { ok: true, value: r.reply };
    const error: KeyWrappingClientError =
      fromRpcErrorWire(r.error) ??
      new KeyWrappingInternalError('the key-wrapping service sent an unreadable batch result');
    return { ok: false, error };
  });
}

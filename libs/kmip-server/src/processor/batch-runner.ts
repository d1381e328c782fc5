import type { Actor, IsoDateTime } from '@kmip/key-lifecycle';
import {
  BatchErrorContinuationOption,
  decodeRequestPayloads,
  encodeResponsePayload,
  KmipError,
  type DecodedBatchItem,
  type ProtocolVersion,
  type RequestMessage,
  type SupportedOperation,
} from '@kmip/kmip';
import { OperationError } from '../errors/operation-error';
import { mapFailure } from '../errors/result-reason.mapping';
import { WriteFailure } from '../errors/write-failure';
import type {
  OperationContext,
  OperationHandlers,
  OperationOutcome,
  OperationServices,
} from '../operations/operation-handler';
import { ImmediateWrites } from '../write/immediate-writes';
import type { ObjectStore, WriteScope } from '../write/object-write';
import { StagedWrites } from '../write/staged-writes';
import type { WriteDependencies } from '../write/write-protocol';
import { disposeOutcome, failed, type ItemOutcome } from './item-outcome';
import type { KmipClient } from './kmip-client';
import { operationName } from './operation-names';
import type { ProcessorObserver } from './processor-observer';

export interface BatchDependencies {
  readonly handlers: OperationHandlers;
  readonly services: OperationServices;
  readonly writes: WriteDependencies;
  readonly observer: ProcessorObserver;
}

type AnyHandler = (request: unknown, context: OperationContext) => Promise<OperationOutcome<SupportedOperation>>;

interface Run {
  readonly deps: BatchDependencies;
  readonly version: ProtocolVersion;
  readonly client: KmipClient;
  readonly scope: WriteScope;
}

/**
 * Runs the items of a request in order, honouring the Batch Error Continuation Option (KMIP 1.4 §6.13, 2.1 §7.7):
 * - Continue: every item runs; a failure fails its item only.
 * - Stop (the default): the items after a failure are not processed; completed items stay done.
 * - Undo: the items run on staged state and nothing is recorded until all succeeded; then their events are appended
 *   as one command that the projector applies all or none. After a failure, the items that had succeeded are answered
 *   Operation Undone (no change of theirs was ever recorded) and the rest are not processed. A conflict on that
 *   final append runs the whole batch again (bounded); a timeout or a refused append fails every item.
 * An ID Placeholder set by one item (Create, Register, a Locate finding one object) serves the items after it.
 */
export async function runBatch(
  deps: BatchDependencies,
  message: RequestMessage,
  version: ProtocolVersion,
  client: KmipClient,
  now: IsoDateTime,
): Promise<ItemOutcome[]> {
  const decoded = decodeRequestPayloads(message);
  const actor: Actor = { kind: 'client', fingerprint: client.fingerprint, address: client.address };
  const run: Run = { deps, version, client, scope: { tenant: client.tenant, actor, now } };
  const option = message.header.batchErrorContinuationOption ?? BatchErrorContinuationOption.Stop;
  if (option !== BatchErrorContinuationOption.Undo) {
    const stopOnFailure = option !== BatchErrorContinuationOption.Continue;
    return runItems(run, decoded, new ImmediateWrites(deps.writes, run.scope), stopOnFailure);
  }
  for (let attempt = 0; ; attempt++) {
    const staged = new StagedWrites(deps.writes, run.scope);
    const outcomes = await runItems(run, decoded, staged, true);
    if (outcomes.some((o) => o.result.kind === 'failure')) return outcomes.map(undoneIfSucceeded);
    let verdict;
    try {
      verdict = await staged.commit();
    } catch (error) {
      return failAll(outcomes, error, version);
    }
    if (verdict === 'applied') return outcomes;
    outcomes.forEach(disposeOutcome);
    if (verdict === 'conflict' && attempt < deps.writes.maxConflictRetries) continue;
    return failAll(outcomes, new WriteFailure(verdict), version);
  }
}

async function runItems(
  run: Run,
  decoded: readonly DecodedBatchItem[],
  objects: ObjectStore,
  stopOnFailure: boolean,
): Promise<ItemOutcome[]> {
  const outcomes: ItemOutcome[] = [];
  let idPlaceholder: string | undefined;
  let stopped = false;
  for (const entry of decoded) {
    if (stopped) {
      outcomes.push({ item: entry.item, operation: operationName(entry.item.operation), result: { kind: 'skipped' } });
      continue;
    }
    const { outcome, placeholder } = await runItem(run, entry, objects, idPlaceholder);
    outcomes.push(outcome);
    if (outcome.result.kind === 'failure') stopped = stopOnFailure;
    else if (placeholder !== undefined) idPlaceholder = placeholder;
  }
  return outcomes;
}

async function runItem(
  run: Run,
  entry: DecodedBatchItem,
  objects: ObjectStore,
  idPlaceholder: string | undefined,
): Promise<{ outcome: ItemOutcome; placeholder?: string }> {
  const { item } = entry;
  const operation = operationName(item.operation);
  try {
    if (!entry.ok) throw entry.error;
    const handler = run.deps.handlers[entry.request.operation] as AnyHandler | undefined;
    if (handler === undefined) throw new KmipError('OperationNotSupported', `operation ${operation} is not supported`);
    // Deny by default: only the operations on the client's allow-list entry.
    if (!run.client.allowedOperations.includes(operation)) {
      throw new OperationError('PermissionDenied', `the client is not allowed the operation ${operation}`);
    }
    const context: OperationContext = {
      version: run.version,
      tenant: run.client.tenant,
      actor: run.scope.actor,
      now: run.scope.now,
      idPlaceholder,
      objects,
      services: run.deps.services,
    };
    const result = await handler(entry.request.payload, context);
    let payload;
    try {
      payload = encodeResponsePayload(entry.request.operation, result.response, run.version);
    } catch (error) {
      result.dispose?.();
      throw error;
    }
    return {
      outcome: {
        item,
        operation,
        ...(result.objectId === undefined ? {} : { objectId: result.objectId }),
        result: { kind: 'success', payload, ...(result.dispose === undefined ? {} : { dispose: result.dispose }) },
      },
      ...(result.idPlaceholder === undefined ? {} : { placeholder: result.idPlaceholder }),
    };
  } catch (error) {
    if (!(error instanceof OperationError) && !(error instanceof KmipError)) {
      run.deps.observer.unexpectedError?.(operation, error);
    }
    const mapped = mapFailure(error, run.version);
    const objectId = targetOf(entry, idPlaceholder);
    return {
      outcome: {
        item,
        operation,
        ...(objectId === undefined ? {} : { objectId }),
        result: failed(mapped.reason, mapped.message),
      },
    };
  }
}

/** The object a failed item referred to, for the access log: its own identifier or the placeholder it relied on. */
export function targetOf(entry: DecodedBatchItem, idPlaceholder: string | undefined): string | undefined {
  if (!entry.ok) return undefined;
  const payload = entry.request.payload as { uniqueIdentifier?: unknown };
  if (!('uniqueIdentifier' in payload)) return undefined;
  const id = payload.uniqueIdentifier;
  return typeof id === 'string' ? id : id === undefined ? idPlaceholder : undefined;
}

function undoneIfSucceeded(outcome: ItemOutcome): ItemOutcome {
  if (outcome.result.kind !== 'success') return outcome;
  disposeOutcome(outcome);
  return { ...outcome, result: { kind: 'undone' } };
}

function failAll(outcomes: readonly ItemOutcome[], error: unknown, version: ProtocolVersion): ItemOutcome[] {
  const mapped = mapFailure(error, version);
  return outcomes.map((outcome) => {
    disposeOutcome(outcome);
    return { ...outcome, result: failed(mapped.reason, mapped.message) };
  });
}

import { initialManagedObjectState, toEnvelopes, type ManagedObjectEvent } from '@kmip/key-lifecycle';
import { WriteFailure } from '../errors/write-failure';
import type { EventAppender, CommandVerdict } from '../ports/event-appender.port';
import type { IdGenerator } from '../ports/id-generator.port';
import type { InventoryReader } from '../ports/inventory-reader.port';
import { decideCommands } from './decide-commands';
import type { ObjectWrite, WriteResult, WriteScope } from './object-write';

export interface WriteDependencies {
  readonly inventory: InventoryReader;
  readonly events: EventAppender;
  readonly ids: IdGenerator;
  /** How long to wait for the projector's verdict on one command. */
  readonly verdictTimeoutMs: number;
  /** Re-reads and re-decisions after a conflict before giving up. */
  readonly maxConflictRetries: number;
}

/** The events decided for one object, and the version they were decided on. */
export interface ObjectChange {
  readonly objectId: string;
  readonly expectedVersion: number;
  readonly events: readonly ManagedObjectEvent[];
}

/**
 * The write protocol of DESIGN §3 for one object: read the object (state and version) from the read model, decide,
 * answer a refusal at once (an OperationError the processor records on `kmip.access`), append the events with their
 * expected versions, and wait for the projector's verdict. A conflict means the decision was made on a stale state:
 * read, decide and append again, at most `maxConflictRetries` more times. A timeout is answered as such (the events
 * are in the log and may still be applied).
 */
export async function runWriteProtocol(
  deps: WriteDependencies,
  scope: WriteScope,
  write: ObjectWrite,
): Promise<WriteResult> {
  for (let attempt = 0; ; attempt++) {
    const state =
      attempt === 0 && write.isNew === true
        ? initialManagedObjectState()
        : await deps.inventory.getObject(scope.tenant, write.objectId);
    const decided = decideCommands(write.commands(state), state);
    if (decided.events.length === 0) return { state, events: [] };
    const verdict = await appendChanges(deps, scope, [
      { objectId: write.objectId, expectedVersion: state.version, events: decided.events },
    ]);
    if (verdict === 'applied') return decided;
    if (verdict === 'conflict' && attempt < deps.maxConflictRetries) continue;
    throw new WriteFailure(verdict === 'conflict' ? 'conflict' : verdict);
  }
}

/**
 * Appends the changes of one or more objects of the scope's tenant as one command (applied all or none) and returns
 * the projector's verdict. A log that refuses or cannot confirm the append is a WriteFailure.
 */
export async function appendChanges(
  deps: Pick<WriteDependencies, 'events' | 'ids' | 'verdictTimeoutMs'>,
  scope: WriteScope,
  changes: readonly ObjectChange[],
): Promise<CommandVerdict> {
  const envelopes = changes.flatMap((change) =>
    toEnvelopes(change.events, {
      tenant: scope.tenant,
      objectId: change.objectId,
      actor: scope.actor,
      occurredAt: scope.now,
      expectedVersion: change.expectedVersion,
      newId: () => deps.ids.newId(),
    }),
  );
  if (envelopes.length === 0) return 'applied';
  try {
    return await deps.events.appendCommand(
      { commandId: deps.ids.newId(), tenant: scope.tenant, envelopes },
      deps.verdictTimeoutMs,
    );
  } catch (cause) {
    throw new WriteFailure('append-failed', { cause });
  }
}

import {
  EVENT_CATALOG,
  evolveManagedObject,
  evolveTenant,
  toEvent,
  type EventEnvelope,
  type ManagedObjectEvent,
  type ManagedObjectState,
  type TenantEvent,
  type TenantState,
} from '@kmip/key-lifecycle';
import type { CommandGroup } from './command-grouping';
import type { DecodedRecord } from './decoded-record';
import { streamKey, type StreamRef } from './stream-key';
import type { VerdictKind } from './verdict';

export type StreamState = ManagedObjectState | TenantState;

/** The decision for one record of a command. */
export interface RecordOutcome {
  readonly decoded: DecodedRecord;
  readonly verdict: VerdictKind;
  /** After the event when applied, the stream's current version on a conflict; absent when rejected. */
  readonly version?: number;
  /** Why it was not applied (never a field value). */
  readonly reason?: string;
  /**
   * False for a record repeating an event id that already has a verdict (e.g. an append retried after an unknown
   * outcome): the first verdict stands, so this record gets an audit row only.
   */
  readonly recordsVerdict: boolean;
}

export interface CommandJudgement {
  readonly outcomes: RecordOutcome[];
  /** The streams the command changed, with their new state; empty unless every event was applied. */
  readonly changes: Map<string, { readonly ref: StreamRef; readonly state: StreamState; readonly at: string }>;
}

export function streamOf(envelope: EventEnvelope): StreamRef {
  return EVENT_CATALOG[envelope.type].stream === 'object' && envelope.objectId !== undefined
    ? { kind: 'object', tenant: envelope.tenant, objectId: envelope.objectId }
    : { kind: 'tenant', tenant: envelope.tenant };
}

function evolve(ref: StreamRef, state: StreamState, envelope: EventEnvelope): StreamState {
  const event = toEvent(envelope);
  return ref.kind === 'object'
    ? evolveManagedObject(state as ManagedObjectState, event as ManagedObjectEvent)
    : evolveTenant(state as TenantState, event as TenantEvent);
}

const rejectAll = (decoded: readonly DecodedRecord[], reasonOf: (d: DecodedRecord) => string): CommandJudgement => ({
  outcomes: decoded.map((d) => ({ decoded: d, verdict: 'rejected', reason: reasonOf(d), recordsVerdict: true })),
  changes: new Map(),
});

/**
 * Decides one command's events, all or nothing (DESIGN §3, write protocol step 4): each event applies only if its
 * `expectedVersion` (when it has one) equals its stream's version at that point; if any event of the command
 * conflicts, every event of it is a conflict and nothing changes. A malformed event, an incomplete command or a
 * repeated event id rejects the whole command. `current` answers a stream's state before this command.
 */
export function judgeCommand(
  group: CommandGroup,
  decoded: readonly DecodedRecord[],
  current: (ref: StreamRef) => StreamState,
  hasVerdict: (eventId: string) => boolean,
): CommandJudgement {
  if (group.status === 'interrupted') {
    return rejectAll(decoded, () => 'IncompleteCommand: the other events of its command never followed it');
  }
  if (decoded.some((d) => !d.ok)) {
    return rejectAll(decoded, (d) => (d.ok ? 'RejectedCommand: another event of its command is malformed' : d.error));
  }
  const envelopes = decoded.map((d) => (d as Extract<DecodedRecord, { ok: true }>).envelope);
  const ids = envelopes.map((e) => e.id);
  const repeated = ids.map((id, i) => hasVerdict(id) || ids.indexOf(id) < i);
  if (repeated.some(Boolean)) {
    return {
      outcomes: decoded.map((d, i) => ({
        decoded: d,
        verdict: 'rejected',
        reason: repeated[i]
          ? 'DuplicateEvent: this event id already has a verdict'
          : 'RejectedCommand: another event of its command repeats an event id',
        recordsVerdict: !repeated[i],
      })),
      changes: new Map(),
    };
  }

  const changes: CommandJudgement['changes'] = new Map();
  const stateOf = (ref: StreamRef): StreamState => changes.get(streamKey(ref))?.state ?? current(ref);
  const applied: { ref: StreamRef; version: number }[] = [];
  let conflict: string | undefined;
  for (const envelope of envelopes) {
    const ref = streamOf(envelope);
    const state = stateOf(ref);
    if (envelope.expectedVersion !== undefined && envelope.expectedVersion !== state.version) {
      conflict = `Conflict: event ${envelope.id} expected version ${envelope.expectedVersion}, the stream is at ${state.version}`;
      break;
    }
    const next = evolve(ref, state, envelope);
    changes.set(streamKey(ref), { ref, state: next, at: envelope.occurredAt });
    applied.push({ ref, version: next.version });
  }
  if (conflict !== undefined) {
    const reason = conflict;
    return {
      outcomes: decoded.map((d, i) => ({
        decoded: d,
        verdict: 'conflict',
        version: current(streamOf(envelopes[i])).version,
        reason,
        recordsVerdict: true,
      })),
      changes: new Map(),
    };
  }
  return {
    outcomes: decoded.map((d, i) => ({
      decoded: d,
      verdict: 'applied',
      version: applied[i].version,
      recordsVerdict: true,
    })),
    changes,
  };
}

/**
 * Tells the log that objects' key material is now wrapped by a newer root key version: one KeyRewrapped per object,
 * decided by the key-lifecycle decider's Rewrap command against the object's current state and appended with its
 * `expectedVersion` (DESIGN §3 write protocol). Then it reads the objects again past the appended records: an event
 * that lost a conflict (another event took that version first) is decided and appended again, a bounded number of
 * times. Deciding against the current state is what makes a replay emit nothing: objects already at the new version
 * get no event.
 */
import { randomUUID } from 'node:crypto';
import type { AppendRecord, EventLog, RecordPosition } from '@kmip/event-log';
import {
  decideManagedObject,
  encodeEnvelope,
  normalizeDateTime,
  toEnvelopes,
  type Actor,
  type EventEnvelope,
  type RootKeyRef,
} from '@kmip/key-lifecycle';
import type { ServiceLogger } from '../service.logger';
import type { ObjectStates } from './object-states.port';

/** The same record headers the gateway's command records carry (each KeyRewrapped is a command of its own). */
const COMMAND_ID_HEADER = 'command-id';
const COMMAND_EVENTS_HEADER = 'command-events';
const EVENT_TYPE_HEADER = 'event-type';

export const KEY_WRAPPING_ACTOR: Actor = { kind: 'system', component: 'key-wrapping' };

export interface RewrapPublication {
  /** KeyRewrapped events appended (retries after a conflict included). */
  readonly appended: number;
  /** Objects the read model already shows at (or past) the version: nothing to say. */
  readonly unchanged: number;
  /** Objects the read model does not know, or whose Rewrap the decider refused (destroyed material, other root key). */
  readonly skipped: number;
  /** Objects still not shown at the version after the last attempt. */
  readonly unconfirmed: number;
}

export interface RewrapEventsPublisherOptions {
  readonly log: EventLog;
  readonly topic: string;
  readonly states: ObjectStates;
  readonly logger: ServiceLogger;
  /** Rounds of decide, append, check. Default 5. */
  readonly maxAttempts?: number;
  /** Records per append. Default 500. */
  readonly chunkSize?: number;
  readonly now?: () => Date;
}

export class RewrapEventsPublisher {
  constructor(private readonly options: RewrapEventsPublisherOptions) {}

  /** `seen`: the position of the RootKeyRotated record; the states read must reflect it. */
  async publish(
    tenant: string,
    objectIds: readonly string[],
    wrappedBy: RootKeyRef,
    seen: RecordPosition,
  ): Promise<RewrapPublication> {
    const chunkSize = this.options.chunkSize ?? 500;
    const total = { appended: 0, unchanged: 0, skipped: 0, unconfirmed: 0 };
    for (let i = 0; i < objectIds.length; i += chunkSize) {
      const part = await this.publishChunk(tenant, objectIds.slice(i, i + chunkSize), wrappedBy, seen);
      total.appended += part.appended;
      total.unchanged += part.unchanged;
      total.skipped += part.skipped;
      total.unconfirmed += part.unconfirmed;
    }
    return total;
  }

  private async publishChunk(
    tenant: string,
    objectIds: readonly string[],
    wrappedBy: RootKeyRef,
    seen: RecordPosition,
  ): Promise<RewrapPublication> {
    const maxAttempts = this.options.maxAttempts ?? 5;
    let appended = 0;
    let unchanged = 0;
    let skipped = 0;
    let pending = [...objectIds];
    let position = seen;
    for (let attempt = 1; attempt <= maxAttempts && pending.length > 0; attempt++) {
      const envelopes: EventEnvelope[] = [];
      for (const objectId of pending) {
        const outcome = await this.decide(tenant, objectId, wrappedBy, position);
        if (outcome === 'unchanged') unchanged++;
        else if (outcome === 'skipped') skipped++;
        else envelopes.push(...outcome);
      }
      if (envelopes.length === 0) return { appended, unchanged, skipped, unconfirmed: 0 };
      const positions = await this.options.log.append(this.options.topic, envelopes.map(toRecord));
      appended += envelopes.length;
      position = positions[positions.length - 1];
      // Check what the read model made of them; a conflict goes round again.
      pending = [];
      for (const envelope of envelopes) {
        const state = await this.options.states.read(tenant, envelope.objectId!, position);
        const applied =
          state?.status === 'Known' &&
          state.wrapping.rootKeyId === wrappedBy.rootKeyId &&
          state.wrapping.rootKeyVersion >= wrappedBy.rootKeyVersion;
        if (!applied) pending.push(envelope.objectId!);
      }
    }
    if (pending.length > 0) {
      this.options.logger.warn(
        `tenant ${tenant}: ${pending.length} KeyRewrapped events not confirmed by the read model after ${maxAttempts} attempts`,
      );
    }
    return { appended, unchanged, skipped, unconfirmed: pending.length };
  }

  private async decide(
    tenant: string,
    objectId: string,
    wrappedBy: RootKeyRef,
    seen: RecordPosition,
  ): Promise<EventEnvelope[] | 'unchanged' | 'skipped'> {
    const state = await this.options.states.read(tenant, objectId, seen);
    if (state?.status !== 'Known') return 'skipped';
    const now = normalizeDateTime((this.options.now?.() ?? new Date()).toISOString())!;
    const decision = decideManagedObject({ type: 'Rewrap', data: { objectId, tenant, now, wrappedBy } }, state);
    if (!decision.ok) {
      this.options.logger.warn(`tenant ${tenant}: no KeyRewrapped for ${objectId}: ${decision.error.reason}`);
      return 'skipped';
    }
    if (decision.events.length === 0) return 'unchanged';
    return toEnvelopes(decision.events, {
      tenant,
      objectId,
      actor: KEY_WRAPPING_ACTOR,
      occurredAt: now,
      expectedVersion: state.version,
      newId: randomUUID,
    });
  }
}

function toRecord(envelope: EventEnvelope): AppendRecord {
  const encoded = encodeEnvelope(envelope);
  if (!encoded.ok) throw new Error(`KeyRewrapped ${envelope.id} cannot be encoded: ${encoded.error.kind}`);
  return {
    key: envelope.tenant,
    value: encoded.value,
    headers: { [COMMAND_ID_HEADER]: envelope.id, [COMMAND_EVENTS_HEADER]: '1', [EVENT_TYPE_HEADER]: envelope.type },
  };
}

import type { Actor } from '../shared/actor';
import type { EventMetadata } from '../shared/event';
import type { IsoDateTime } from '../shared/iso-date-time';
import { EVENT_CATALOG, type LifecycleEvent } from './event-catalog';
import type { EventEnvelope } from './event-envelope';

export interface EnvelopeContext {
  readonly tenant: string;
  readonly objectId?: string;
  readonly actor: Actor;
  readonly occurredAt: IsoDateTime;
  /** The stream's version as read before deciding; the events expect version, version + 1, … */
  readonly expectedVersion?: number;
  /** Supplies event ids (a UUID generator): the library itself draws no randomness. */
  readonly newId: () => string;
}

/** Wraps decided events for the log, in order, each expecting the version its predecessor leaves. */
export function toEnvelopes(events: readonly LifecycleEvent[], ctx: EnvelopeContext): EventEnvelope[] {
  return events.map(
    (event, i) =>
      ({
        id: ctx.newId(),
        type: event.type,
        schemaVersion: EVENT_CATALOG[event.type].schemaVersion,
        tenant: ctx.tenant,
        ...(ctx.objectId === undefined ? {} : { objectId: ctx.objectId }),
        ...(ctx.expectedVersion === undefined ? {} : { expectedVersion: ctx.expectedVersion + i }),
        actor: ctx.actor,
        occurredAt: ctx.occurredAt,
        data: event.data,
      }) as EventEnvelope,
  );
}

/** The domain event an envelope carries, with where it came from as metadata. */
export function toEvent(envelope: EventEnvelope): LifecycleEvent {
  const metadata: EventMetadata = {
    eventId: envelope.id,
    tenant: envelope.tenant,
    ...(envelope.objectId === undefined ? {} : { objectId: envelope.objectId }),
    actor: envelope.actor,
    occurredAt: envelope.occurredAt,
  };
  return { type: envelope.type, data: envelope.data, metadata } as LifecycleEvent;
}

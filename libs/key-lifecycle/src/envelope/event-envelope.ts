import type { Actor } from '../shared/actor';
import type { IsoDateTime } from '../shared/iso-date-time';
import type { LifecycleEvent, LifecycleEventType } from './event-catalog';

interface EnvelopeFields {
  /** A UUID, unique per event. */
  readonly id: string;
  readonly schemaVersion: number;
  /** The Kafka message key: all events of a tenant are ordered in one partition (DESIGN §3). */
  readonly tenant: string;
  /** The object an object event belongs to; absent on tenant events. */
  readonly objectId?: string;
  /** The stream version this event expects to follow: the projector applies it only if its version matches. */
  readonly expectedVersion?: number;
  readonly actor: Actor;
  readonly occurredAt: IsoDateTime;
}

/** The JSON record of one event on the log (DESIGN §3). */
export type EventEnvelope = {
  [T in LifecycleEventType]: EnvelopeFields & {
    readonly type: T;
    readonly data: Extract<LifecycleEvent, { type: T }>['data'];
  };
}[LifecycleEventType];

/** Why a record could not be read (or written) as an envelope; the message never holds a field's value. */
export interface EnvelopeError {
  readonly kind:
    | 'MalformedJson'
    | 'InvalidEnvelope'
    | 'UnknownEventType'
    | 'UnsupportedSchemaVersion'
    | 'InvalidEventData'
    | 'ForbiddenField';
  readonly message: string;
}

export type EnvelopeResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: EnvelopeError };

import fc from 'fast-check';
import { decideManagedObject } from '../managed-object/managed-object.decider';
import type { ManagedObjectEvent } from '../managed-object/managed-object.events';
import { foldManagedObject } from '../replay';
import type { Actor } from '../shared/actor';
import { EVENT_EXAMPLES } from '../testing/event-examples.spec-helper';
import { command, HISTORY, OBJECT_ID, T3, TENANT } from '../testing/fixtures.spec-helper';
import { decodeEnvelope, encodeEnvelope } from './envelope-codec';
import { EVENT_CATALOG, type LifecycleEvent } from './event-catalog';
import type { EventEnvelope } from './event-envelope';
import { toEnvelopes, toEvent } from './to-envelopes';

const ACTOR: Actor = { kind: 'client', fingerprint: 'a1'.repeat(32), address: '10.0.0.7:51234' };
let counter = 0;
const newId = (): string => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`;

const envelopeOf = (event: LifecycleEvent, expectedVersion = 0): EventEnvelope => {
  const objectEvent = EVENT_CATALOG[event.type].stream === 'object';
  return toEnvelopes([event], {
    tenant: TENANT,
    ...(objectEvent ? { objectId: OBJECT_ID } : {}),
    actor: ACTOR,
    occurredAt: T3,
    expectedVersion,
    newId,
  })[0];
};

const encode = (envelope: EventEnvelope): string => {
  const encoded = encodeEnvelope(envelope);
  if (!encoded.ok) throw new Error(encoded.error.message);
  return encoded.value;
};

const record = (event: LifecycleEvent): Record<string, unknown> =>
  JSON.parse(encode(envelopeOf(event))) as Record<string, unknown>;

describe('envelope round trip through JSON', () => {
  it.each(Object.values(EVENT_EXAMPLES).map((e) => [e.type, e] as const))(
    '%s reads back as it was written',
    (_, event) => {
      const envelope = envelopeOf(event, 4);
      const decoded = decodeEnvelope(encode(envelope));
      expect(decoded).toEqual({ ok: true, value: envelope });
      if (!decoded.ok) return;
      expect(decoded.value.schemaVersion).toBe(EVENT_CATALOG[event.type].schemaVersion);
      expect(toEvent(decoded.value)).toEqual({
        ...event,
        metadata: {
          eventId: envelope.id,
          tenant: TENANT,
          ...(envelope.objectId === undefined ? {} : { objectId: OBJECT_ID }),
          actor: ACTOR,
          occurredAt: T3,
        },
      });
    },
  );

  it('numbers the expected versions of decided events from the version read', () => {
    const decision = decideManagedObject(
      command.add('Activation Date', { kind: 'dateTime', value: T3 }, T3),
      foldManagedObject(HISTORY.PreActive),
    );
    if (!decision.ok) throw new Error(decision.error.message);
    const envelopes = toEnvelopes(decision.events, {
      tenant: TENANT,
      objectId: OBJECT_ID,
      actor: ACTOR,
      occurredAt: T3,
      expectedVersion: 1,
      newId,
    });
    expect(envelopes.map((e) => [e.type, e.expectedVersion])).toEqual([
      ['AttributeAdded', 1],
      ['KeyActivated', 2],
    ]);
  });

  it('an object replayed from decoded records equals the object replayed from the events', () => {
    const events: ManagedObjectEvent[] = [...HISTORY.DestroyedCompromised];
    const replayed = events.map((e, i) => {
      const decoded = decodeEnvelope(encode(envelopeOf(e, i)));
      if (!decoded.ok) throw new Error(decoded.error.message);
      return toEvent(decoded.value) as ManagedObjectEvent;
    });
    expect(foldManagedObject(replayed)).toStrictEqual(foldManagedObject(events));
  });
});

describe('malformed records are typed errors, not crashes', () => {
  const valid = record(EVENT_EXAMPLES.KeyActivated);
  const kind = (json: string) => {
    const decoded = decodeEnvelope(json);
    return decoded.ok ? 'ok' : decoded.error.kind;
  };

  it.each([
    ['not JSON', '{"type": ', 'MalformedJson'],
    ['an array', '[]', 'InvalidEnvelope'],
    ['an unknown type', JSON.stringify({ ...valid, type: 'KeyLost' }), 'UnknownEventType'],
    ['a newer schema version', JSON.stringify({ ...valid, schemaVersion: 9 }), 'UnsupportedSchemaVersion'],
    ['a schema version of 0', JSON.stringify({ ...valid, schemaVersion: 0 }), 'InvalidEnvelope'],
    ['an id that is no UUID', JSON.stringify({ ...valid, id: 'x' }), 'InvalidEnvelope'],
    ['an actor of no known kind', JSON.stringify({ ...valid, actor: { kind: 'robot' } }), 'InvalidEnvelope'],
    ['a date that is not ISO-8601', JSON.stringify({ ...valid, occurredAt: '01/05/2024' }), 'InvalidEnvelope'],
    ['a negative expected version', JSON.stringify({ ...valid, expectedVersion: -1 }), 'InvalidEnvelope'],
    ['an object event without its object', JSON.stringify({ ...valid, objectId: undefined }), 'InvalidEnvelope'],
    [
      'a tenant event naming an object',
      JSON.stringify({ ...record(EVENT_EXAMPLES.ClientRemoved), objectId: OBJECT_ID }),
      'InvalidEnvelope',
    ],
    ['data missing a field', JSON.stringify({ ...valid, data: { at: T3 } }), 'InvalidEventData'],
    [
      'data with a field of the wrong type',
      JSON.stringify({ ...valid, data: { activationDate: 5, at: T3 } }),
      'InvalidEventData',
    ],
    [
      'data with an unexpected field',
      JSON.stringify({ ...valid, data: { ...(valid.data as object), extra: 1 } }),
      'InvalidEventData',
    ],
    ['an envelope with an unexpected field', JSON.stringify({ ...valid, partition: 3 }), 'InvalidEnvelope'],
    [
      'a credential password that is not a scrypt hash',
      JSON.stringify({
        ...record(EVENT_EXAMPLES.ClientAllowed),
        data: { ...EVENT_EXAMPLES.ClientAllowed.data, credential: { username: 'vcenter', passwordHash: 'hunter2' } },
      }),
      'InvalidEventData',
    ],
    [
      'key material in the data',
      JSON.stringify({ ...valid, data: { ...(valid.data as object), keyMaterial: 'ab' } }),
      'ForbiddenField',
    ],
  ])('%s', (_, json, expected) => {
    expect(kind(json)).toBe(expected);
  });

  it('never puts a field value into an error message', () => {
    const secretLooking = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
    const decoded = decodeEnvelope(JSON.stringify({ ...valid, data: { activationDate: secretLooking, at: T3 } }));
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.error.message).not.toContain(secretLooking);
  });

  it('refuses to write what it could not read back', () => {
    const envelope = envelopeOf(EVENT_EXAMPLES.KeyActivated);
    const withMaterial = { ...envelope, data: { ...envelope.data, plaintext: 'ab' } } as unknown as EventEnvelope;
    expect(encodeEnvelope(withMaterial)).toMatchObject({ ok: false, error: { kind: 'ForbiddenField' } });
    expect(encodeEnvelope({ ...envelope, tenant: '' })).toMatchObject({
      ok: false,
      error: { kind: 'InvalidEnvelope' },
    });
  });

  it('answers every random record without throwing', () => {
    const mutated = fc
      .tuple(fc.constantFrom(...Object.keys(valid)), fc.jsonValue())
      .map(([key, value]) => JSON.stringify({ ...valid, [key]: value }));
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
          mutated,
        ),
        (json) => {
          const decoded = decodeEnvelope(json);
          expect(decoded.ok === true || typeof decoded.error.kind === 'string').toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});

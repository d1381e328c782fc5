import type { AppendRecord, EventLog, RecordPosition } from '@kmip/event-log';
import {
  decodeEnvelope,
  evolveManagedObject,
  foldManagedObject,
  keyActivated,
  keyCreated,
  toEvent,
  type ManagedObjectEvent,
  type ManagedObjectState,
} from '@kmip/key-lifecycle';
import type { ServiceLogger } from '../service.logger';
import type { ObjectStates } from './object-states.port';
import { RewrapEventsPublisher } from './rewrap-events.publisher';

const AT = '2024-05-01T12:00:00Z';
const quiet: ServiceLogger = { info: () => undefined, warn: () => undefined, error: () => undefined };

function createdAt(objectId: string, rootKeyVersion: number): ManagedObjectEvent {
  return keyCreated({
    objectId,
    tenant: 't',
    objectType: 'SymmetricKey',
    cryptographicAlgorithm: 'AES',
    cryptographicLength: 256,
    cryptographicUsageMask: 12,
    attributes: [],
    wrappedBy: { rootKeyId: 'crk', rootKeyVersion },
    state: 'PreActive',
    at: AT,
  });
}

/**
 * A log and a read model in one: appended object events apply when their expectedVersion matches, as the projector
 * does. `interfere` lets another writer take a version just before our append lands.
 */
class LogAndReadModel implements ObjectStates {
  readonly appended: AppendRecord[] = [];
  readonly states = new Map<string, ManagedObjectState>();
  interfere: ((objectId: string) => void) | undefined;

  readonly log = {
    append: (_topic: string, records: readonly AppendRecord[]): Promise<RecordPosition[]> => {
      return Promise.resolve(
        records.map((record) => {
          const decoded = decodeEnvelope(String(record.value));
          if (!decoded.ok) throw new Error(decoded.error.message);
          const envelope = decoded.value;
          this.interfere?.(envelope.objectId!);
          const state = this.states.get(envelope.objectId!)!;
          if (envelope.expectedVersion === state.version) {
            this.states.set(envelope.objectId!, evolveManagedObject(state, toEvent(envelope) as ManagedObjectEvent));
          }
          this.appended.push(record);
          return { partition: 0, offset: this.appended.length - 1 };
        }),
      );
    },
  } as unknown as EventLog;

  read(_tenant: string, objectId: string): Promise<ManagedObjectState | undefined> {
    return Promise.resolve(this.states.get(objectId));
  }
}

function publisher(world: LogAndReadModel, maxAttempts = 5): RewrapEventsPublisher {
  return new RewrapEventsPublisher({ log: world.log, topic: 'events', states: world, logger: quiet, maxAttempts });
}

const seen = { partition: 0, offset: 0 };
const toVersion2 = { rootKeyId: 'crk', rootKeyVersion: 2 };

describe('RewrapEventsPublisher', () => {
  it('appends one KeyRewrapped per object still at an older version, expecting its version', async () => {
    const world = new LogAndReadModel();
    world.states.set('a', foldManagedObject([createdAt('a', 1)]));
    world.states.set('b', foldManagedObject([createdAt('b', 2)]));
    const result = await publisher(world).publish('t', ['a', 'b', 'unknown'], toVersion2, seen);
    expect(result).toEqual({ appended: 1, unchanged: 1, skipped: 1, unconfirmed: 0 });
    const envelope = JSON.parse(String(world.appended[0].value)) as Record<string, unknown>;
    expect(envelope).toMatchObject({
      type: 'KeyRewrapped',
      objectId: 'a',
      expectedVersion: 1,
      actor: { kind: 'system', component: 'key-wrapping' },
      data: { rootKeyId: 'crk', rootKeyVersion: 2, previousRootKeyVersion: 1 },
    });
    expect(world.appended[0].key).toBe('t');
  });

  it('decides again on the new version after losing a conflict', async () => {
    const world = new LogAndReadModel();
    world.states.set('a', foldManagedObject([createdAt('a', 1)]));
    let raced = false;
    world.interfere = (objectId) => {
      if (raced) return;
      raced = true; // a gateway's Activate lands first and takes version 1
      world.states.set(
        objectId,
        evolveManagedObject(world.states.get(objectId)!, keyActivated({ activationDate: AT, at: AT })),
      );
    };
    const result = await publisher(world).publish('t', ['a'], toVersion2, seen);
    expect(result).toMatchObject({ appended: 2, unconfirmed: 0 });
    const expected = world.appended.map(
      (r) => (JSON.parse(String(r.value)) as { expectedVersion: number }).expectedVersion,
    );
    expect(expected).toEqual([1, 2]);
    expect(world.states.get('a')).toMatchObject({ state: 'Active', wrapping: toVersion2, version: 3 });
  });

  it('gives up after the bounded number of attempts and says so', async () => {
    const world = new LogAndReadModel();
    world.states.set('a', foldManagedObject([createdAt('a', 1)]));
    world.interfere = (objectId) =>
      world.states.set(
        objectId,
        evolveManagedObject(world.states.get(objectId)!, keyActivated({ activationDate: AT, at: AT })),
      );
    expect(await publisher(world, 3).publish('t', ['a'], toVersion2, seen)).toMatchObject({
      appended: 3,
      unconfirmed: 1,
    });
  });
});

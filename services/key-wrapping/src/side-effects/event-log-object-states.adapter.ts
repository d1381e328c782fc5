/**
 * ObjectStates from the events topic itself, until the service is wired to the inventory read model: folds every
 * object event of the topic in memory, applying an event only when its `expectedVersion` (if any) equals the stream's
 * version, as the projector does. It catches up (one replay of what it has not read) only when asked about a position
 * it has not seen. Simplifications against the projector: no all-or-nothing for multi-event commands, no duplicate
 * event ids; every object of the topic is kept in memory. Meant for development and tests.
 */
import type { EventLog, LoggedRecord, RecordPosition } from '@kmip/event-log';
import {
  decodeEnvelope,
  EVENT_CATALOG,
  evolveManagedObject,
  initialManagedObjectState,
  toEvent,
  type ManagedObjectEvent,
  type ManagedObjectState,
} from '@kmip/key-lifecycle';
import type { ObjectStates } from './object-states.port';

export class EventLogObjectStates implements ObjectStates {
  private readonly states = new Map<string, ManagedObjectState>();
  private readonly next = new Map<number, number>();
  private catchingUp: Promise<void> = Promise.resolve();

  constructor(
    private readonly log: EventLog,
    private readonly topic: string,
  ) {}

  async read(tenant: string, objectId: string, seen: RecordPosition): Promise<ManagedObjectState | undefined> {
    if ((this.next.get(seen.partition) ?? 0) <= seen.offset) {
      // One replay at a time; a caller that queued behind another checks again what it still needs.
      this.catchingUp = this.catchingUp.then(() =>
        (this.next.get(seen.partition) ?? 0) <= seen.offset ? this.catchUp() : undefined,
      );
      await this.catchingUp;
    }
    return this.states.get(key(tenant, objectId));
  }

  private async catchUp(): Promise<void> {
    await this.log.read({
      topic: this.topic,
      from: { offsets: new Map(this.next) },
      handle: (records) => Promise.resolve(this.apply(records)),
    });
  }

  private apply(records: readonly LoggedRecord[]): void {
    for (const record of records) {
      this.next.set(record.partition, record.offset + 1);
      const decoded = decodeEnvelope(record.value.toString('utf8'));
      if (!decoded.ok) continue;
      const envelope = decoded.value;
      if (EVENT_CATALOG[envelope.type].stream !== 'object' || envelope.objectId === undefined) continue;
      const k = key(envelope.tenant, envelope.objectId);
      const state = this.states.get(k) ?? initialManagedObjectState();
      if (envelope.expectedVersion !== undefined && envelope.expectedVersion !== state.version) continue;
      this.states.set(k, evolveManagedObject(state, toEvent(envelope) as ManagedObjectEvent));
    }
  }
}

function key(tenant: string, objectId: string): string {
  return `${tenant}\u0000${objectId}`;
}

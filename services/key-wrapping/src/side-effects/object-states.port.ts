/**
 * The little the side effects need of the inventory read model (DESIGN §3): an object's current state, whose
 * `version` is the stream version the next event must expect. `seen` is a log position the answer must reflect:
 * the read model has judged every event of that partition up to and including it (the adapter waits or catches up).
 */
import type { RecordPosition } from '@kmip/event-log';
import type { ManagedObjectState } from '@kmip/key-lifecycle';

export interface ObjectStates {
  /** Undefined when the read model cannot answer (e.g. it did not catch up in time). */
  read(tenant: string, objectId: string, seen: RecordPosition): Promise<ManagedObjectState | undefined>;
}

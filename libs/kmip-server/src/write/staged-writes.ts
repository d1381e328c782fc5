import { initialManagedObjectState, type ManagedObjectEvent, type ManagedObjectState } from '@kmip/key-lifecycle';
import type { CommandVerdict } from '../ports/event-appender.port';
import { decideCommands } from './decide-commands';
import type { ObjectStore, ObjectWrite, WriteResult, WriteScope } from './object-write';
import { appendChanges, type WriteDependencies } from './write-protocol';

interface StagedObject {
  readonly baseVersion: number;
  state: ManagedObjectState;
  readonly events: ManagedObjectEvent[];
}

/**
 * Batch Error Continuation Option Undo: the items decide on the states the earlier items of the batch left, and
 * nothing is appended until every item succeeded; `commit` then appends all their events as one command, which the
 * projector applies all or none (so "undo" never has to reverse a recorded change). A conflict on commit means some
 * object changed meanwhile: the caller runs the whole batch again.
 */
export class StagedWrites implements ObjectStore {
  private readonly staged = new Map<string, StagedObject>();

  constructor(
    private readonly deps: WriteDependencies,
    private readonly scope: WriteScope,
  ) {}

  async read(objectId: string): Promise<ManagedObjectState> {
    return (await this.object(objectId)).state;
  }

  async write(write: ObjectWrite): Promise<WriteResult> {
    const object = await this.object(write.objectId, write.isNew === true);
    const decided = decideCommands(write.commands(object.state), object.state);
    object.state = decided.state;
    object.events.push(...decided.events);
    return decided;
  }

  /** Appends every staged change as one command; 'applied' when there was nothing to append. */
  commit(): Promise<CommandVerdict> {
    const changes = [...this.staged.entries()]
      .filter(([, object]) => object.events.length > 0)
      .map(([objectId, object]) => ({ objectId, expectedVersion: object.baseVersion, events: object.events }));
    return appendChanges(this.deps, this.scope, changes);
  }

  private async object(objectId: string, isNew = false): Promise<StagedObject> {
    let object = this.staged.get(objectId);
    if (object === undefined) {
      const state = isNew
        ? initialManagedObjectState()
        : await this.deps.inventory.getObject(this.scope.tenant, objectId);
      // Another item may have staged it while the read model was asked.
      object = this.staged.get(objectId) ?? { baseVersion: state.version, state, events: [] };
      this.staged.set(objectId, object);
    }
    return object;
  }
}

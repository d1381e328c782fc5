import type { ManagedObjectState } from '@kmip/key-lifecycle';
import type { ObjectStore, ObjectWrite, WriteResult, WriteScope } from './object-write';
import { runWriteProtocol, type WriteDependencies } from './write-protocol';

/** Batch Error Continuation Option Stop or Continue: each item's change is recorded before the next item runs. */
export class ImmediateWrites implements ObjectStore {
  constructor(
    private readonly deps: WriteDependencies,
    private readonly scope: WriteScope,
  ) {}

  read(objectId: string): Promise<ManagedObjectState> {
    return this.deps.inventory.getObject(this.scope.tenant, objectId);
  }

  write(write: ObjectWrite): Promise<WriteResult> {
    return runWriteProtocol(this.deps, this.scope, write);
  }
}

import type {
  Actor,
  IsoDateTime,
  ManagedObjectCommand,
  ManagedObjectEvent,
  ManagedObjectState,
} from '@kmip/key-lifecycle';

/** A change to one object: the commands to decide on its current state (re-run when the state was stale). */
export interface ObjectWrite {
  readonly objectId: string;
  /**
   * The id was just made for this write (Create, Register): no state can exist yet, so the first decision is made on
   * the initial state without asking the read model. The projector's expected-version check still guards it.
   */
  readonly isNew?: boolean;
  /** The commands for `state`, decided in order; throws an OperationError when the request does not fit it. */
  commands(state: ManagedObjectState): readonly ManagedObjectCommand[];
}

/** The state the write left (the state read, when it changed nothing) and the events it recorded. */
export interface WriteResult {
  readonly state: ManagedObjectState;
  readonly events: readonly ManagedObjectEvent[];
}

/** Who writes, for whom, when: the same for every item of one request message. */
export interface WriteScope {
  readonly tenant: string;
  readonly actor: Actor;
  readonly now: IsoDateTime;
}

/** How the operation handlers read and change objects of the request's tenant. */
export interface ObjectStore {
  read(objectId: string): Promise<ManagedObjectState>;
  write(write: ObjectWrite): Promise<WriteResult>;
}

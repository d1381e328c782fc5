import { randomUUID } from 'node:crypto';

/** Unique identifiers: object ids (opaque strings to clients), event ids, command ids, access record ids. */
export interface IdGenerator {
  newId(): string;
}

export const uuidGenerator: IdGenerator = { newId: () => randomUUID() };

import { uuidV7 } from './uuid-v7';

/** Unique identifiers: object ids (opaque strings to clients), event ids, command ids, access record ids. */
export interface IdGenerator {
  newId(): string;
}

/** Version 7 UUIDs: unique, and in creation order, which keeps the indexes keyed by them cheap to insert into. */
export const uuidGenerator: IdGenerator = { newId: () => uuidV7() };

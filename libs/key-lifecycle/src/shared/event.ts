import type { Actor } from './actor';

/** Where a stored event came from; set when an event is read back from its envelope, absent on a decided event. */
export interface EventMetadata {
  readonly eventId: string;
  readonly tenant: string;
  readonly objectId?: string;
  readonly actor: Actor;
  readonly occurredAt: string;
}

/** A domain event: plain readonly data, named in the past tense. */
export type Event<Type extends string, Data extends object> = Readonly<{
  type: Type;
  data: Readonly<Data>;
  metadata?: EventMetadata;
}>;

/** A command: what someone asks for; the decider answers with events or a refusal. */
export type Command<Type extends string, Data extends object> = Readonly<{
  type: Type;
  data: Readonly<Data>;
}>;

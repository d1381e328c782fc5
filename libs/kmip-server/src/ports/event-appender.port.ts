import type { EventEnvelope } from '@kmip/key-lifecycle';

/** The events of one command: appended together to `kmip.events`, keyed by tenant, applied all or none. */
export interface CommandEvents {
  /** Names the command in the record headers (`command-id`); the projector groups its events by it. */
  readonly commandId: string;
  readonly tenant: string;
  readonly envelopes: readonly EventEnvelope[];
}

/**
 * How the projector judged a command (DESIGN §3, steps 4-5): `applied`; `conflict` (decided on a stale state: re-read
 * and decide again); `rejected` (the records cannot be applied as they are); `timeout` (no verdict in time: the events
 * may still be applied later).
 */
export type CommandVerdict = 'applied' | 'conflict' | 'rejected' | 'timeout';

/** Appends a command's events and waits for the projector's verdict on them. */
export interface EventAppender {
  /** Rejects when the log refused or could not confirm the append. */
  appendCommand(command: CommandEvents, timeoutMs: number): Promise<CommandVerdict>;
}

/**
 * Why a change could not be confirmed (DESIGN §3, write protocol steps 3-5):
 * - `timeout`: the projector gave no verdict in time; the events are in the log and may still take effect;
 * - `conflict`: the object changed under every attempt (bounded retries exhausted); nothing was changed;
 * - `rejected`: the projector refused the records as they are; nothing was changed;
 * - `append-failed`: the log refused the append or could not confirm it.
 */
export type WriteFailureKind = 'timeout' | 'conflict' | 'rejected' | 'append-failed';

const MESSAGES: Readonly<Record<WriteFailureKind, string>> = {
  timeout: 'the change was not confirmed in time; it may still take effect',
  conflict: 'the object was changed concurrently; try again',
  rejected: 'the change could not be recorded',
  'append-failed': 'the event log did not acknowledge the change',
};

export class WriteFailure extends Error {
  override readonly name = 'WriteFailure';

  constructor(
    readonly kind: WriteFailureKind,
    options?: { cause?: unknown },
  ) {
    super(MESSAGES[kind], options);
  }
}

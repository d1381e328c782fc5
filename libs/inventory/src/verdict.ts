/**
 * What the projector decided for one event (DESIGN §3, write protocol step 4):
 * - `applied`: the state changed; `version` is the stream's version after the event;
 * - `conflict`: its expectedVersion did not match (or another event of its command did not): nothing changed, and
 *   `version` is the stream's current version, so the gateway re-reads and decides again;
 * - `rejected`: the record cannot be applied at all (malformed, incomplete command, duplicate id): never retry as is.
 */
export type VerdictKind = 'applied' | 'conflict' | 'rejected';

export interface EventVerdict {
  readonly eventId: string;
  readonly verdict: VerdictKind;
  /** The stream version after an applied event, the current one on a conflict; absent when rejected. */
  readonly version?: number;
}

export const VERDICT_KINDS: readonly VerdictKind[] = ['applied', 'conflict', 'rejected'];

export function isVerdictKind(value: unknown): value is VerdictKind {
  return typeof value === 'string' && (VERDICT_KINDS as readonly string[]).includes(value);
}

import { DEFAULT_LEGACY_REASON, type LegacyResultReason, type ResultReason } from './result-reason';

/** Why a command was refused. Plain data; the message names objects and attributes, never a value or key material. */
export interface DecisionError {
  readonly reason: ResultReason;
  readonly legacyReason: LegacyResultReason;
  readonly message: string;
}

/** What `decide` answers: the events to append (possibly none: nothing to change), or a refusal. */
export type Decision<E> =
  { readonly ok: true; readonly events: readonly E[] } | { readonly ok: false; readonly error: DecisionError };

export function accept<E>(...events: E[]): Decision<E> {
  return { ok: true, events };
}

export function refusal(reason: ResultReason, message: string, legacyReason?: LegacyResultReason): DecisionError {
  return { reason, legacyReason: legacyReason ?? DEFAULT_LEGACY_REASON[reason], message };
}

export function reject<E = never>(
  reason: ResultReason,
  message: string,
  legacyReason?: LegacyResultReason,
): Decision<E> {
  return { ok: false, error: refusal(reason, message, legacyReason) };
}

export function rejectWith<E = never>(error: DecisionError): Decision<E> {
  return { ok: false, error };
}

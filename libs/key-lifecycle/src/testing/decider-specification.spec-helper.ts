import type { Decider } from '../shared/decider';
import type { Decision } from '../shared/decision';
import { fold } from '../shared/fold';
import type { LegacyResultReason, ResultReason } from '../shared/result-reason';

export interface Then<S, E> {
  readonly state: S;
  readonly decision: Decision<E>;
  /** The command is accepted with exactly these events. */
  then(expected: readonly E[]): void;
  /** The command is accepted and changes nothing. */
  thenNothingHappens(): void;
  /** The command is refused with this reason (and, when given, this 1.x reason). */
  thenRejects(reason: ResultReason, legacyReason?: LegacyResultReason): void;
  /** The state after the given events and the decided ones. */
  stateAfter(): S;
}

/** Given events, when a command, then events or a refusal: a decider test reads as its specification. */
export function deciderSpecification<S, C, E>(decider: Decider<S, C, E>) {
  return {
    given(events: readonly E[]) {
      return {
        when(command: C): Then<S, E> {
          const state = fold(decider.evolve, decider.initialState(), events);
          const decision = decider.decide(command, state);
          return {
            state,
            decision,
            then(expected) {
              expect(decision).toEqual({ ok: true, events: expected });
            },
            thenNothingHappens() {
              expect(decision).toEqual({ ok: true, events: [] });
            },
            thenRejects(reason, legacyReason) {
              expect(decision.ok).toBe(false);
              if (decision.ok) return;
              expect(decision.error.reason).toBe(reason);
              if (legacyReason !== undefined) expect(decision.error.legacyReason).toBe(legacyReason);
              expect(decision.error.message.length).toBeGreaterThan(0);
            },
            stateAfter() {
              if (!decision.ok) throw new Error(`the command was refused: ${decision.error.message}`);
              return fold(decider.evolve, state, decision.events);
            },
          };
        },
      };
    },
  };
}

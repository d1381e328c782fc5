import type { Decision } from './decision';

/** A pure decider (Chassaing's pattern as emmett writes it): no I/O, no clock, no randomness. */
export interface Decider<State, Cmd, E> {
  readonly decide: (command: Cmd, state: State) => Decision<E>;
  readonly evolve: (state: State, event: E) => State;
  readonly initialState: () => State;
}

/** Replays events onto a state: the same events always give the same state. */
export function fold<State, E>(evolve: (state: State, event: E) => State, initial: State, events: Iterable<E>): State {
  let state = initial;
  for (const event of events) state = evolve(state, event);
  return state;
}

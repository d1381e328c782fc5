/** The State attribute (KMIP 1.4 §3.22; State enumeration §9.1.3.2.18). */
export const KMIP_STATES = [
  'PreActive',
  'Active',
  'Deactivated',
  'Compromised',
  'Destroyed',
  'DestroyedCompromised',
] as const;
export type KmipState = (typeof KMIP_STATES)[number];

/**
 * The transitions of KMIP 1.4 §3.22 between existing states, numbered as there ("Only the transitions described
 * above are permitted"). Transition 1 (creation) leads from non-existence to Pre-Active, or on to Active when the
 * Activation Date has already been reached.
 */
export const PERMITTED_TRANSITIONS: ReadonlyArray<{
  readonly n: number;
  readonly from: KmipState;
  readonly to: KmipState;
}> = [
  { n: 2, from: 'PreActive', to: 'Destroyed' },
  { n: 3, from: 'PreActive', to: 'Compromised' },
  { n: 4, from: 'PreActive', to: 'Active' },
  { n: 5, from: 'Active', to: 'Compromised' },
  { n: 6, from: 'Active', to: 'Deactivated' },
  { n: 7, from: 'Deactivated', to: 'Destroyed' },
  { n: 8, from: 'Deactivated', to: 'Compromised' },
  { n: 9, from: 'Compromised', to: 'DestroyedCompromised' },
  { n: 10, from: 'Destroyed', to: 'DestroyedCompromised' },
];

export function isPermittedTransition(from: KmipState, to: KmipState): boolean {
  return from === to || PERMITTED_TRANSITIONS.some((t) => t.from === from && t.to === to);
}

export function isDestroyed(state: KmipState): boolean {
  return state === 'Destroyed' || state === 'DestroyedCompromised';
}

import { isReached, type IsoDateTime } from '../shared/iso-date-time';
import type { KmipState } from './kmip-state';
import { keyActivated, keyDeactivated, type KeyActivated, type KeyDeactivated } from './managed-object.events';
import type { LifecycleDates } from './managed-object.state';
import type { ObjectType } from './object-type';

/**
 * The transitions a reached date causes (KMIP 1.4 §3.22): Pre-Active to Active when the Activation Date is reached
 * (transition 4), Active to Deactivated when the Deactivation Date is (transition 6). A date set to the past or the
 * present by Modify Attribute counts as reached.
 */
export function dueTransitions(
  objectType: ObjectType,
  state: KmipState,
  dates: Pick<LifecycleDates, 'activationDate' | 'deactivationDate'>,
  now: IsoDateTime,
): Array<KeyActivated | KeyDeactivated> {
  if (objectType === 'OpaqueObject') return [];
  const events: Array<KeyActivated | KeyDeactivated> = [];
  let current = state;
  if (current === 'PreActive' && dates.activationDate !== undefined && isReached(dates.activationDate, now)) {
    events.push(keyActivated({ activationDate: dates.activationDate, at: now }));
    current = 'Active';
  }
  if (current === 'Active' && dates.deactivationDate !== undefined && isReached(dates.deactivationDate, now)) {
    events.push(keyDeactivated({ deactivationDate: dates.deactivationDate, at: now }));
  }
  return events;
}

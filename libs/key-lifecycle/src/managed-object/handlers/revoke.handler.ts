import { accept, reject, rejectWith, type Decision } from '../../shared/decision';
import { isCanonicalDateTime } from '../../shared/iso-date-time';
import type { KmipState } from '../kmip-state';
import type { Revoke } from '../managed-object.commands';
import { keyRevoked, type ManagedObjectEvent } from '../managed-object.events';
import type { ManagedObjectState } from '../managed-object.state';
import { isCompromise, REVOCATION_REASON_CODES, type RevocationReason } from '../revocation-reason';
import { requireObject } from './require-object';

/** A compromise: transitions 3, 5, 8 and 10 of KMIP 1.4 §3.22. */
const ON_COMPROMISE: Partial<Record<KmipState, 'Compromised' | 'DestroyedCompromised'>> = {
  PreActive: 'Compromised',
  Active: 'Compromised',
  Deactivated: 'Compromised',
  Destroyed: 'DestroyedCompromised',
};

/**
 * Revoke (KMIP 1.4 §4.20). Key Compromise or CA Compromise places the object in Compromised, sets the Compromise
 * Date to now and the Compromise Occurrence Date to the request's, or else the Initial Date. Another reason places it
 * in Deactivated with a Deactivation Date of now — from Active only, since transition 6 is the one other reasons
 * cause and "only the transitions described above are permitted" (§3.22): a Pre-Active object is activated or
 * compromised, not deactivated.
 */
export function decideRevoke(command: Revoke, state: ManagedObjectState): Decision<ManagedObjectEvent> {
  const d = command.data;
  const object = requireObject(state, d);
  if ('reason' in object) return rejectWith(object);
  if (!(REVOCATION_REASON_CODES as readonly string[]).includes(d.reason)) {
    return reject('InvalidField', 'the Revocation Reason is not recognized'); // 1.4 §11.21
  }
  const reason: RevocationReason =
    d.message === undefined ? { code: d.reason } : { code: d.reason, message: d.message };
  if (isCompromise(d.reason)) {
    const to = ON_COMPROMISE[object.state];
    if (to === undefined) return reject('WrongKeyLifecycleState', `the object is already ${object.state}`);
    if (d.compromiseOccurrenceDate !== undefined && !isCanonicalDateTime(d.compromiseOccurrenceDate)) {
      return reject('InvalidField', 'the Compromise Occurrence Date is not an ISO-8601 UTC date-time');
    }
    return accept(
      keyRevoked({
        reason,
        state: to,
        compromiseDate: d.now,
        compromiseOccurrenceDate: d.compromiseOccurrenceDate ?? object.dates.initialDate,
        at: d.now,
      }),
    );
  }
  if (d.compromiseOccurrenceDate !== undefined) {
    // Revoke request: "SHALL NOT be specified for other Revocation Reason enumerations" (1.4 §4.20).
    return reject('InvalidField', 'a Compromise Occurrence Date is given only with a compromise');
  }
  if (object.state !== 'Active') {
    return reject(
      'WrongKeyLifecycleState',
      `the object is ${object.state}; a Revoke for ${d.reason} deactivates an Active object`,
    );
  }
  return accept(keyRevoked({ reason, state: 'Deactivated', deactivationDate: d.now, at: d.now }));
}

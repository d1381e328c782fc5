import type { AttributeValue } from '../../shared/attribute-value';
import type { IsoDateTime } from '../../shared/iso-date-time';
import type { AttributeRule } from '../attribute-rules';
import { dueTransitions } from '../date-transitions';
import type { KeyActivated, KeyDeactivated } from '../managed-object.events';
import type { ManagedObject } from '../managed-object.state';

/**
 * The state transitions a new Activation or Deactivation Date causes when it is already reached (KMIP 1.4 §3.22:
 * "A client successfully issues a Modify Attribute operation, modifying the Activation Date to a date in the past, or
 * the current date"; likewise the Deactivation Date).
 */
export function transitionsAfterWrite(
  object: ManagedObject,
  rule: AttributeRule,
  value: AttributeValue,
  now: IsoDateTime,
): Array<KeyActivated | KeyDeactivated> {
  if (value.kind !== 'dateTime') return [];
  if (rule.placement === 'activationDate') {
    return dueTransitions(object.objectType, object.state, { ...object.dates, activationDate: value.value }, now);
  }
  if (rule.placement === 'deactivationDate') {
    return dueTransitions(object.objectType, object.state, { ...object.dates, deactivationDate: value.value }, now);
  }
  return [];
}

/** An Attribute Index as a request gives it: 0 when absent (KMIP 1.4 §2.1.1). */
export function requestedIndex(index: number | undefined): number | undefined {
  const i = index ?? 0;
  return Number.isSafeInteger(i) && i >= 0 ? i : undefined;
}

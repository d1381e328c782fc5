import { accept, rejectWith, type Decision } from '../../shared/decision';
import { dueTransitions } from '../date-transitions';
import type { ApplyDueDates } from '../managed-object.commands';
import type { ManagedObjectEvent } from '../managed-object.events';
import type { ManagedObjectState } from '../managed-object.state';
import { requireObject } from './require-object';

/** "The Activation Date is reached", "The object's Deactivation Date is reached" (KMIP 1.4 §3.22, transitions 4, 6). */
export function decideApplyDueDates(command: ApplyDueDates, state: ManagedObjectState): Decision<ManagedObjectEvent> {
  const object = requireObject(state, command.data);
  if ('reason' in object) return rejectWith(object);
  return accept(...dueTransitions(object.objectType, object.state, object.dates, command.data.now));
}

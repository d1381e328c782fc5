import { accept, reject, rejectWith, type Decision } from '../../shared/decision';
import type { Activate } from '../managed-object.commands';
import { keyActivated, type ManagedObjectEvent } from '../managed-object.events';
import type { ManagedObjectState } from '../managed-object.state';
import { requireObject } from './require-object';

/**
 * Activate (KMIP 1.4 §4.19): "SHALL only be performed on an object in the Pre-Active state", and sets the Activation
 * Date to the time the operation is received (§3.22, transition 4). An Opaque Object has no lifecycle to activate
 * ("not able to be activated", 1.4 §11.20: Illegal Operation).
 */
export function decideActivate(command: Activate, state: ManagedObjectState): Decision<ManagedObjectEvent> {
  const object = requireObject(state, command.data);
  if ('reason' in object) return rejectWith(object);
  if (object.objectType === 'OpaqueObject') return reject('IllegalOperation', 'an Opaque Object is not activated');
  if (object.state !== 'PreActive') {
    return reject('WrongKeyLifecycleState', `the object is ${object.state}, and only a Pre-Active object is activated`);
  }
  return accept(keyActivated({ activationDate: command.data.now, at: command.data.now }));
}

import { accept, reject, rejectWith, type Decision } from '../../shared/decision';
import { isDestroyed } from '../kmip-state';
import type { Destroy } from '../managed-object.commands';
import { keyDestroyed, type ManagedObjectEvent } from '../managed-object.events';
import type { ManagedObjectState } from '../managed-object.state';
import { requireObject } from './require-object';

/**
 * Destroy (KMIP 1.4 §4.21): refused while Active; Pre-Active and Deactivated objects become Destroyed (transitions 2
 * and 7), Compromised ones Destroyed Compromised (transition 9), as the error table 11.22 allows ("not in Pre-Active,
 * Deactivated or Compromised state"). The key material is erased by the key-wrapping service; the metadata stays.
 */
export function decideDestroy(command: Destroy, state: ManagedObjectState): Decision<ManagedObjectEvent> {
  const object = requireObject(state, command.data);
  if ('reason' in object) return rejectWith(object);
  if (isDestroyed(object.state)) return reject('WrongKeyLifecycleState', 'the object has already been destroyed');
  if (object.state === 'Active') {
    return reject('WrongKeyLifecycleState', 'an Active object is not destroyed; revoke it first');
  }
  const to = object.state === 'Compromised' ? 'DestroyedCompromised' : 'Destroyed';
  return accept(keyDestroyed({ state: to, destroyDate: command.data.now, at: command.data.now }));
}

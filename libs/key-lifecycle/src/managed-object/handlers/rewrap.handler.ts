import { accept, reject, rejectWith, type Decision } from '../../shared/decision';
import type { Rewrap } from '../managed-object.commands';
import { keyRewrapped, type ManagedObjectEvent } from '../managed-object.events';
import type { ManagedObjectState } from '../managed-object.state';
import { requireObject } from './require-object';

/**
 * The key-wrapping service rewrapped an object's material under a newer version of the same root key, after a
 * RootKeyRotated (DESIGN §4). Replaying the side effect is harmless: a version not newer than the current one changes
 * nothing.
 */
export function decideRewrap(command: Rewrap, state: ManagedObjectState): Decision<ManagedObjectEvent> {
  const d = command.data;
  const object = requireObject(state, d);
  if ('reason' in object) return rejectWith(object);
  if (object.keyMaterialDestroyed) return reject('WrongKeyLifecycleState', 'the object has no key material to rewrap');
  if (d.wrappedBy.rootKeyId !== object.wrapping.rootKeyId) {
    return reject('InvalidField', 'the object is wrapped by another root key');
  }
  if (!Number.isSafeInteger(d.wrappedBy.rootKeyVersion))
    return reject('InvalidField', 'the root key version is not valid');
  if (d.wrappedBy.rootKeyVersion <= object.wrapping.rootKeyVersion) return accept();
  return accept(
    keyRewrapped({
      rootKeyId: d.wrappedBy.rootKeyId,
      rootKeyVersion: d.wrappedBy.rootKeyVersion,
      previousRootKeyVersion: object.wrapping.rootKeyVersion,
      at: d.now,
    }),
  );
}

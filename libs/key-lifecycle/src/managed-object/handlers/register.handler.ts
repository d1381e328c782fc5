import { accept, reject, rejectWith, type Decision } from '../../shared/decision';
import type { Register } from '../managed-object.commands';
import { objectRegistered, type ManagedObjectEvent } from '../managed-object.events';
import type { ManagedObjectState } from '../managed-object.state';
import { OBJECT_TYPES } from '../object-type';
import { dueTransitions } from '../date-transitions';
import {
  checkCreation,
  checkCryptographicFields,
  datesAtCreation,
  initialAttributes,
  stateAtCreation,
} from './creation';

/**
 * Register (KMIP 1.4 §4.3): client-supplied material, wrapped by the key-wrapping service before it is recorded.
 * Cryptographic Algorithm SHALL have a value except for Secret Data and Opaque Objects; Cryptographic Length and
 * Usage Mask except for Opaque Objects (1.4 §3.4, §3.5, §3.19).
 */
export function decideRegister(command: Register, state: ManagedObjectState): Decision<ManagedObjectEvent> {
  const d = command.data;
  const invalid = checkCreation(state, d);
  if (invalid) return rejectWith(invalid);
  if (!(OBJECT_TYPES as readonly string[]).includes(d.objectType)) {
    return reject('InvalidField', 'the Object Type is not one this server registers');
  }
  const opaque = d.objectType === 'OpaqueObject';
  const badFields = checkCryptographicFields(d, {
    algorithm: d.objectType === 'SymmetricKey',
    length: !opaque,
    usageMask: !opaque,
  });
  if (badFields) return rejectWith(badFields);
  const attributes = initialAttributes(d.objectType, d.attributes ?? [], d.now);
  if ('reason' in attributes) return rejectWith(attributes);
  const initialState = stateAtCreation(d.objectType, attributes, d.now);
  return accept<ManagedObjectEvent>(
    objectRegistered({
      objectId: d.objectId,
      tenant: d.tenant,
      objectType: d.objectType,
      ...(d.cryptographicAlgorithm === undefined ? {} : { cryptographicAlgorithm: d.cryptographicAlgorithm }),
      ...(d.cryptographicLength === undefined ? {} : { cryptographicLength: d.cryptographicLength }),
      ...(d.cryptographicUsageMask === undefined ? {} : { cryptographicUsageMask: d.cryptographicUsageMask }),
      attributes,
      wrappedBy: { rootKeyId: d.wrappedBy.rootKeyId, rootKeyVersion: d.wrappedBy.rootKeyVersion },
      state: initialState,
      at: d.now,
    }),
    ...dueTransitions(d.objectType, initialState, datesAtCreation(attributes), d.now),
  );
}

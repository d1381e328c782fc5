import { accept, reject, rejectWith, type Decision } from '../../shared/decision';
import type { Create } from '../managed-object.commands';
import { keyCreated, type ManagedObjectEvent } from '../managed-object.events';
import type { ManagedObjectState } from '../managed-object.state';
import { dueTransitions } from '../date-transitions';
import {
  checkCreation,
  checkCryptographicFields,
  datesAtCreation,
  initialAttributes,
  stateAtCreation,
} from './creation';

/** Create (KMIP 1.4 §4.1): a new symmetric key, its material generated and wrapped before this decision is recorded. */
export function decideCreate(command: Create, state: ManagedObjectState): Decision<ManagedObjectEvent> {
  const d = command.data;
  const invalid = checkCreation(state, d);
  if (invalid) return rejectWith(invalid);
  // Create makes symmetric keys (and templates, which this server does not keep): 1.4 §4.1.
  if (d.objectType !== 'SymmetricKey') return reject('InvalidField', 'Create makes symmetric keys only');
  const badFields = checkCryptographicFields(d, { algorithm: true, length: true, usageMask: true });
  if (badFields) return rejectWith(badFields);
  const attributes = initialAttributes(d.objectType, d.attributes ?? [], d.now);
  if ('reason' in attributes) return rejectWith(attributes);
  const initialState = stateAtCreation(d.objectType, attributes, d.now);
  return accept<ManagedObjectEvent>(
    keyCreated({
      objectId: d.objectId,
      tenant: d.tenant,
      objectType: 'SymmetricKey',
      cryptographicAlgorithm: d.cryptographicAlgorithm,
      cryptographicLength: d.cryptographicLength,
      cryptographicUsageMask: d.cryptographicUsageMask,
      attributes,
      wrappedBy: { rootKeyId: d.wrappedBy.rootKeyId, rootKeyVersion: d.wrappedBy.rootKeyVersion },
      state: initialState,
      at: d.now,
    }),
    ...dueTransitions(d.objectType, initialState, datesAtCreation(attributes), d.now),
  );
}

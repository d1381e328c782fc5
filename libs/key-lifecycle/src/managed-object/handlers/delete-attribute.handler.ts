import { accept, reject, rejectWith, type Decision } from '../../shared/decision';
import type { DeleteAttribute } from '../managed-object.commands';
import { attributeDeleted, type ManagedObjectEvent } from '../managed-object.events';
import type { ManagedObjectState } from '../managed-object.state';
import { prepareInstanceWrite } from './instance-write';

/**
 * Delete Attribute (KMIP 1.4 §4.16): "Attributes that are always REQUIRED to have a value SHALL never be deleted";
 * "Attempting to delete a non-existent attribute or specifying an Attribute Index for which there exists no Attribute
 * Value SHALL result in an error" (1.4 §11.17: Item Not Found for both).
 */
export function decideDeleteAttribute(
  command: DeleteAttribute,
  state: ManagedObjectState,
): Decision<ManagedObjectEvent> {
  const d = command.data;
  const prepared = prepareInstanceWrite(state, d, 'delete');
  if ('reason' in prepared) return rejectWith(prepared);
  const { index, existing } = prepared;
  if (existing.length === 0) {
    return reject('AttributeNotFound', `the object has no attribute ${JSON.stringify(d.name)}`, 'ItemNotFound');
  }
  const target = existing.find((i) => i.index === index);
  if (target === undefined) {
    return reject('AttributeInstanceNotFound', `the attribute ${JSON.stringify(d.name)} has no instance ${index}`);
  }
  return accept(attributeDeleted({ name: d.name, index, previousValue: target.value, at: d.now }));
}

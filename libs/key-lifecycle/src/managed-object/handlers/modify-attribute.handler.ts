import { sameAttributeValue } from '../../shared/attribute-value';
import { accept, reject, rejectWith, type Decision } from '../../shared/decision';
import type { ModifyAttribute } from '../managed-object.commands';
import { attributeModified, type ManagedObjectEvent } from '../managed-object.events';
import type { ManagedObjectState } from '../managed-object.state';
import { transitionsAfterWrite } from './attribute-effects';
import { prepareInstanceWrite } from './instance-write';

/**
 * Modify Attribute (KMIP 1.4 §4.15): "Only existing attributes MAY be changed via this operation" and "Specifying an
 * Attribute Index for which there exists no Attribute object SHALL result in an error" (2.x Attribute Not Found and
 * Attribute Instance Not Found; 1.4 §11.16 Invalid Field and Item Not Found).
 */
export function decideModifyAttribute(
  command: ModifyAttribute,
  state: ManagedObjectState,
): Decision<ManagedObjectEvent> {
  const d = command.data;
  const prepared = prepareInstanceWrite(state, d, 'modify', d.value);
  if ('reason' in prepared) return rejectWith(prepared);
  const { object, index, existing, rule } = prepared;
  if (existing.length === 0) {
    return reject('AttributeNotFound', `the object has no attribute ${JSON.stringify(d.name)}; add it first`);
  }
  const target = existing.find((i) => i.index === index);
  if (target === undefined) {
    return reject('AttributeInstanceNotFound', `the attribute ${JSON.stringify(d.name)} has no instance ${index}`);
  }
  if (sameAttributeValue(target.value, d.value)) return accept();
  return accept<ManagedObjectEvent>(
    attributeModified({ name: d.name, index, value: d.value, previousValue: target.value, at: d.now }),
    ...transitionsAfterWrite(object, rule, d.value, d.now),
  );
}

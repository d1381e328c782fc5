import { sameAttributeValue } from '../../shared/attribute-value';
import { accept, reject, rejectWith, type Decision } from '../../shared/decision';
import { own } from '../../shared/own';
import { instancesOf } from '../attribute-view';
import type { AddAttribute } from '../managed-object.commands';
import { attributeAdded, type ManagedObjectEvent } from '../managed-object.events';
import type { ManagedObjectState } from '../managed-object.state';
import { transitionsAfterWrite } from './attribute-effects';
import { checkAttributeWrite } from './attribute-write-check';
import { requireObject } from './require-object';

/**
 * Add Attribute (KMIP 1.4 §4.14): a single-valued attribute is created, a multi-valued one gains an instance with a
 * new index. "Existing attribute values SHALL only be changed by the Modify Attribute operation": adding a
 * single-valued attribute that exists is refused (2.x Attribute Single Valued; 1.4 §11.15 Illegal Operation).
 * Adding a value a multi-valued attribute already holds changes nothing ("All instances of an attribute SHOULD have
 * a different value", 1.4 §3), so that a retried request stays harmless.
 */
export function decideAddAttribute(command: AddAttribute, state: ManagedObjectState): Decision<ManagedObjectEvent> {
  const d = command.data;
  const object = requireObject(state, d);
  if ('reason' in object) return rejectWith(object);
  const existing = instancesOf(object, d.name);
  const ctx = {
    objectType: object.objectType,
    state: object.state,
    existing,
    origin: d.origin ?? 'client',
    now: d.now,
  };
  const rule = checkAttributeWrite(ctx, d.name, 'add', d.value);
  if ('reason' in rule) return rejectWith(rule);
  if (!rule.multiValued) {
    if (existing.length > 0) {
      return reject('AttributeSingleValued', `the attribute ${JSON.stringify(d.name)} already has a value; modify it`);
    }
  } else if (existing.some((i) => sameAttributeValue(i.value, d.value))) {
    return accept();
  }
  const index = rule.multiValued
    ? Math.max(own(object.nextAttributeIndex, d.name) ?? 0, ...existing.map((i) => i.index + 1))
    : 0;
  return accept<ManagedObjectEvent>(
    attributeAdded({ name: d.name, index, value: d.value, at: d.now }),
    ...transitionsAfterWrite(object, rule, d.value, d.now),
  );
}

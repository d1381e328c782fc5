import { sameAttributeValue } from '../../shared/attribute-value';
import { accept, reject, rejectWith, type Decision } from '../../shared/decision';
import { instancesOf } from '../attribute-view';
import type { SetAttribute } from '../managed-object.commands';
import { attributeSet, type ManagedObjectEvent } from '../managed-object.events';
import type { ManagedObjectState } from '../managed-object.state';
import { transitionsAfterWrite } from './attribute-effects';
import { checkAttributeWrite } from './attribute-write-check';
import { requireObject } from './require-object';

/**
 * Set Attribute (KMIP 2.0): adds a single-valued attribute or replaces its value; a multi-valued attribute is changed
 * by Add/Modify/Delete only (Multi Valued Attribute).
 */
export function decideSetAttribute(command: SetAttribute, state: ManagedObjectState): Decision<ManagedObjectEvent> {
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
  const rule = checkAttributeWrite(ctx, d.name, existing.length === 0 ? 'add' : 'set', d.value);
  if ('reason' in rule) return rejectWith(rule);
  if (rule.multiValued) {
    return reject(
      'MultiValuedAttribute',
      `the attribute ${JSON.stringify(d.name)} has several instances; use Add or Modify Attribute`,
    );
  }
  const previous = existing[0]?.value;
  if (previous !== undefined && sameAttributeValue(previous, d.value)) return accept();
  return accept<ManagedObjectEvent>(
    attributeSet({
      name: d.name,
      value: d.value,
      ...(previous === undefined ? {} : { previousValue: previous }),
      at: d.now,
    }),
    ...transitionsAfterWrite(object, rule, d.value, d.now),
  );
}

import type { AttributeValue } from '../../shared/attribute-value';
import { refusal, type DecisionError } from '../../shared/decision';
import type { AttributeRule } from '../attribute-rules';
import { instancesOf } from '../attribute-view';
import type { DeleteAttribute, ModifyAttribute } from '../managed-object.commands';
import type { AttributeInstance, ManagedObject, ManagedObjectState } from '../managed-object.state';
import { requestedIndex } from './attribute-effects';
import { checkAttributeWrite } from './attribute-write-check';
import { requireObject } from './require-object';

/** What Modify and Delete Attribute know once the object, the index and the attribute's rules allow the write. */
export interface InstanceWrite {
  readonly object: ManagedObject;
  readonly index: number;
  readonly existing: readonly AttributeInstance[];
  readonly rule: AttributeRule;
}

/** The checks Modify and Delete Attribute share, in the order a client can act on them. */
export function prepareInstanceWrite(
  state: ManagedObjectState,
  d: ModifyAttribute['data'] | DeleteAttribute['data'],
  write: 'modify' | 'delete',
  value?: AttributeValue,
): InstanceWrite | DecisionError {
  const object = requireObject(state, d);
  if ('reason' in object) return object;
  const index = requestedIndex(d.index);
  if (index === undefined) return refusal('InvalidField', 'the Attribute Index is not a non-negative integer');
  const existing = instancesOf(object, d.name);
  const ctx = {
    objectType: object.objectType,
    state: object.state,
    existing,
    origin: d.origin ?? 'client',
    now: d.now,
  };
  const rule = checkAttributeWrite(ctx, d.name, write, value);
  if ('reason' in rule) return rule;
  return { object, index, existing, rule };
}

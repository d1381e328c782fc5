import {
  attributeValueProblem,
  isInt32,
  isLongInteger,
  isUint32,
  sameAttributeValue,
  type AttributeValue,
} from '../../shared/attribute-value';
import { accept, reject, rejectWith, type Decision } from '../../shared/decision';
import { epochSeconds, fromEpochSeconds } from '../../shared/iso-date-time';
import { instancesOf } from '../attribute-view';
import type { AdjustAttribute } from '../managed-object.commands';
import { attributeSet, type ManagedObjectEvent } from '../managed-object.events';
import type { ManagedObjectState } from '../managed-object.state';
import { transitionsAfterWrite } from './attribute-effects';
import { checkAttributeWrite } from './attribute-write-check';
import { requireObject } from './require-object';

type Adjustment = AdjustAttribute['data']['adjustment'];

/** The adjusted value, or undefined when the adjustment does not apply to the value or leaves its range. */
function adjusted(value: AttributeValue, adjustment: Adjustment, amount: number): AttributeValue | undefined {
  const signed = adjustment === 'Decrement' ? -amount : amount;
  switch (value.kind) {
    case 'integer': {
      const n = adjustment === 'Negate' ? -value.value : value.value + signed;
      return isInt32(n) ? { kind: 'integer', value: n } : undefined;
    }
    case 'longInteger': {
      const n = adjustment === 'Negate' ? -BigInt(value.value) : BigInt(value.value) + BigInt(signed);
      const text = n.toString();
      return isLongInteger(text) ? { kind: 'longInteger', value: text } : undefined;
    }
    case 'interval': {
      if (adjustment === 'Negate') return undefined;
      const n = value.value + signed;
      return isUint32(n) ? { kind: 'interval', value: n } : undefined;
    }
    case 'dateTime': {
      if (adjustment === 'Negate') return undefined;
      const date = fromEpochSeconds(epochSeconds(value.value) + signed);
      return date === undefined ? undefined : { kind: 'dateTime', value: date };
    }
    default:
      return undefined;
  }
}

/**
 * Adjust Attribute (KMIP 2.0): increments or decrements a numeric or date attribute by an amount (seconds for a
 * date), or negates a numeric one. The result is recorded as the attribute's new value.
 */
export function decideAdjustAttribute(
  command: AdjustAttribute,
  state: ManagedObjectState,
): Decision<ManagedObjectEvent> {
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
  const rule = checkAttributeWrite(ctx, d.name, 'adjust');
  if ('reason' in rule) return rejectWith(rule);
  if (rule.multiValued) {
    return reject('MultiValuedAttribute', `the attribute ${JSON.stringify(d.name)} has several instances`);
  }
  const current = existing[0]?.value;
  if (current === undefined)
    return reject('AttributeNotFound', `the object has no attribute ${JSON.stringify(d.name)}`);
  if (d.adjustment !== 'Negate' && (d.amount === undefined || !Number.isSafeInteger(d.amount))) {
    return reject('InvalidField', `${d.adjustment} needs an integer amount`);
  }
  const value = adjusted(current, d.adjustment, d.amount ?? 0);
  if (value === undefined || attributeValueProblem(value) !== undefined) {
    return reject('InvalidField', `the attribute ${JSON.stringify(d.name)} cannot be adjusted this way`);
  }
  if (sameAttributeValue(current, value)) return accept();
  return accept<ManagedObjectEvent>(
    attributeSet({ name: d.name, value, previousValue: current, at: d.now }),
    ...transitionsAfterWrite(object, rule, value, d.now),
  );
}

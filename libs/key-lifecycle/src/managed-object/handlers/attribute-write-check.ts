import { attributeValueProblem, type AttributeValue } from '../../shared/attribute-value';
import { refusal, type DecisionError } from '../../shared/decision';
import { isReached, type IsoDateTime } from '../../shared/iso-date-time';
import { attributeRule, isCustomAttributeName, type AttributeRule } from '../attribute-rules';
import type { KmipState } from '../kmip-state';
import type { AttributeOrigin } from '../managed-object.commands';
import type { AttributeInstance } from '../managed-object.state';
import type { ObjectType } from '../object-type';

export type AttributeWrite = 'add' | 'modify' | 'set' | 'adjust' | 'delete';

/** What a write is checked against: the object (or the object about to be created) and the instances it has. */
export interface WriteContext {
  readonly objectType: ObjectType;
  readonly state: KmipState;
  readonly existing: readonly AttributeInstance[];
  readonly origin: AttributeOrigin;
  readonly now: IsoDateTime;
}

const named = (name: string): string => JSON.stringify(name);

/**
 * Whether the attribute may be written this way, by the rules table of KMIP 1.4 §3 (see attribute-rules.ts).
 * Checked in the order a client can act on: the name, who may write it, the value, the object's state.
 */
export function checkAttributeWrite(
  ctx: WriteContext,
  name: string,
  write: AttributeWrite,
  value?: AttributeValue,
): AttributeRule | DecisionError {
  const rule = attributeRule(name);
  if (rule === undefined || (rule.cryptographicObjectsOnly && ctx.objectType === 'OpaqueObject')) {
    // 1.4 §11.15: "Attempt to add an attribute that is not supported for this object".
    return refusal('UnsupportedAttribute', `the attribute ${named(name)} is not supported for this object`);
  }
  if (rule.serverOnly && ctx.origin !== 'server') {
    // 1.4 §3.39: "The server SHALL NOT accept a client-created or modified attribute" with the prefix "y-".
    return refusal('AttributeReadOnly', `the custom attribute ${named(name)} is set by the server only`);
  }
  if (write === 'delete') {
    if (!rule.clientDeletable) return refusal('AttributeReadOnly', `the attribute ${named(name)} cannot be deleted`);
    return rule;
  }
  if (rule.clientWritable === false || (rule.clientWritable === 'once' && write !== 'add')) {
    return refusal('AttributeReadOnly', `the attribute ${named(name)} is read-only`);
  }
  if (value !== undefined) {
    const problem = valueProblem(rule, name, value);
    if (problem) return refusal('InvalidField', problem);
  }
  if (rule.writableIn && !rule.writableIn.includes(ctx.state)) {
    return refusal(
      'WrongKeyLifecycleState',
      `the attribute ${named(name)} may be changed only in the ${rule.writableIn.join(' or ')} state`,
    );
  }
  if (rule.lockedOnceReached && write !== 'add') {
    const current = ctx.existing[0]?.value;
    if (current?.kind === 'dateTime' && isReached(current.value, ctx.now)) {
      return refusal('AttributeReadOnly', `the attribute ${named(name)} cannot be changed once its date is reached`);
    }
  }
  return rule;
}

function valueProblem(rule: AttributeRule, name: string, value: AttributeValue): string | undefined {
  const problem = attributeValueProblem(value, `the value of ${named(name)}`);
  if (problem) return problem;
  if (rule.kinds && !rule.kinds.includes(value.kind)) {
    return `the value of ${named(name)} is not of type ${rule.kinds.join(' or ')}`;
  }
  if (value.kind === 'structure') {
    if (isCustomAttributeName(name) && value.fields.some((f) => f.value.kind === 'structure')) {
      // 1.4 §3.39: "If a structure, then the structure SHALL NOT include sub structures".
      return `the custom attribute ${named(name)} holds a structure within a structure`;
    }
    const missing = rule.requiredFields?.find((f) => !value.fields.some((field) => field.name === f));
    if (missing) return `the value of ${named(name)} lacks its ${named(missing)} field`;
  }
  return undefined;
}

import { isInt32 } from '../../shared/attribute-value';
import { refusal, type DecisionError } from '../../shared/decision';
import { isCanonicalDateTime, isReached, type IsoDateTime } from '../../shared/iso-date-time';
import type { RootKeyRef } from '../../shared/root-key-ref';
import { CRYPTOGRAPHIC_ALGORITHMS } from '../cryptographic-algorithm';
import type { ObjectCommandBase } from '../managed-object.commands';
import type { ManagedObjectState } from '../managed-object.state';
import type { IndexedAttribute, NewAttribute } from '../new-attribute';
import type { ObjectType } from '../object-type';
import { checkAttributeWrite } from './attribute-write-check';

/** The checks Create and Register share: a fresh identifier, a time, a tenant, a root key reference. */
export function checkCreation(
  state: ManagedObjectState,
  command: ObjectCommandBase & { wrappedBy: RootKeyRef },
): DecisionError | undefined {
  if (!isCanonicalDateTime(command.now))
    return refusal('InvalidField', 'the server time is not an ISO-8601 UTC date-time');
  if (command.objectId.length === 0) return refusal('InvalidField', 'the Unique Identifier is empty');
  if (command.tenant.length === 0) return refusal('InvalidField', 'the tenant is empty');
  if (state.status === 'Known') {
    return refusal(
      'ObjectAlreadyExists',
      `an object with Unique Identifier ${JSON.stringify(command.objectId)} exists`,
    );
  }
  const { rootKeyId, rootKeyVersion } = command.wrappedBy;
  if (rootKeyId.length === 0 || !Number.isSafeInteger(rootKeyVersion) || rootKeyVersion < 0) {
    return refusal('InvalidField', 'the root key reference is not valid');
  }
  return undefined;
}

export function checkCryptographicFields(
  fields: { cryptographicAlgorithm?: string; cryptographicLength?: number; cryptographicUsageMask?: number },
  required: { algorithm: boolean; length: boolean; usageMask: boolean },
): DecisionError | undefined {
  const { cryptographicAlgorithm: algorithm, cryptographicLength: length, cryptographicUsageMask: mask } = fields;
  if (
    algorithm === undefined ? required.algorithm : !(CRYPTOGRAPHIC_ALGORITHMS as readonly string[]).includes(algorithm)
  ) {
    return refusal('InvalidField', 'the Cryptographic Algorithm is missing or not a symmetric algorithm');
  }
  if (length === undefined ? required.length : !isInt32(length) || length <= 0) {
    return refusal('InvalidField', 'the Cryptographic Length is missing or not a positive integer');
  }
  if (mask === undefined ? required.usageMask : !isInt32(mask) || mask < 0) {
    return refusal('InvalidField', 'the Cryptographic Usage Mask is missing or not a bit mask');
  }
  return undefined;
}

/**
 * The attributes a Create or Register request supplies, checked as Add Attribute would check them on a Pre-Active
 * object, each given its index (KMIP 1.4 §2.1.1: indices start at 0).
 */
export function initialAttributes(
  objectType: ObjectType,
  attributes: readonly NewAttribute[],
  now: IsoDateTime,
): readonly IndexedAttribute[] | DecisionError {
  const indexed: IndexedAttribute[] = [];
  for (const { name, value } of attributes) {
    const existing = indexed.filter((a) => a.name === name).map((a) => ({ index: a.index, value: a.value }));
    const rule = checkAttributeWrite(
      { objectType, state: 'PreActive', existing, origin: 'client', now },
      name,
      'add',
      value,
    );
    if ('reason' in rule) return rule;
    if (!rule.multiValued && existing.length > 0) {
      return refusal('AttributeSingleValued', `the attribute ${JSON.stringify(name)} is given more than once`);
    }
    indexed.push({ name, index: existing.length, value });
  }
  return indexed;
}

/** The Activation and Deactivation Dates a creation request supplies. */
export function datesAtCreation(attributes: readonly IndexedAttribute[]): {
  activationDate?: IsoDateTime;
  deactivationDate?: IsoDateTime;
} {
  const date = (name: string): IsoDateTime | undefined => {
    const value = attributes.find((a) => a.name === name)?.value;
    return value?.kind === 'dateTime' ? value.value : undefined;
  };
  const activationDate = date('Activation Date');
  const deactivationDate = date('Deactivation Date');
  return {
    ...(activationDate === undefined ? {} : { activationDate }),
    ...(deactivationDate === undefined ? {} : { deactivationDate }),
  };
}

/** Transition 1 of KMIP 1.4 §3.22: Active at once when the request's Activation Date has already been reached. */
export function stateAtCreation(
  objectType: ObjectType,
  attributes: readonly IndexedAttribute[],
  now: IsoDateTime,
): 'PreActive' | 'Active' {
  const { activationDate } = datesAtCreation(attributes);
  return objectType !== 'OpaqueObject' && activationDate !== undefined && isReached(activationDate, now)
    ? 'Active'
    : 'PreActive';
}

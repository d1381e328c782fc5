import { CRYPTOGRAPHIC_ALGORITHMS } from '../managed-object/cryptographic-algorithm';
import { KMIP_STATES } from '../managed-object/kmip-state';
import type { ManagedObjectEvent } from '../managed-object/managed-object.events';
import { OBJECT_TYPES } from '../managed-object/object-type';
import { REVOCATION_REASON_CODES } from '../managed-object/revocation-reason';
import { KMIP_OPERATIONS } from '../tenant/kmip-operation';
import { isScryptHash } from '../tenant/password-hash';
import type { TenantEvent } from '../tenant/tenant.events';
import {
  arrayOf,
  attributeValue,
  dateTime,
  integer,
  nonEmptyText,
  object,
  oneOf,
  optional,
  text,
  type Check,
} from './data-schema';

/** Every event of the log's `kmip.events` topic this library defines. */
export type LifecycleEvent = ManagedObjectEvent | TenantEvent;
export type LifecycleEventType = LifecycleEvent['type'];

export interface EventDefinition {
  /** Object events belong to one object's stream (the envelope names it); tenant events to the tenant's. */
  readonly stream: 'object' | 'tenant';
  /** The schema version this library writes; older ones are upcast when read. */
  readonly schemaVersion: number;
  /** The shape of the current version's data. */
  readonly data: Check;
}

const rootKeyRef = object({ rootKeyId: nonEmptyText, rootKeyVersion: integer(0) });
const indexedAttribute = object({ name: nonEmptyText, index: integer(0), value: attributeValue });
const creation = {
  objectId: nonEmptyText,
  tenant: nonEmptyText,
  attributes: arrayOf(indexedAttribute),
  wrappedBy: rootKeyRef,
  state: oneOf(['PreActive', 'Active']),
  at: dateTime,
};
const int32 = integer(-2147483648, 2147483647);

export const EVENT_CATALOG: Readonly<Record<LifecycleEventType, EventDefinition>> = {
  KeyCreated: {
    stream: 'object',
    schemaVersion: 1,
    data: object({
      ...creation,
      objectType: oneOf(['SymmetricKey']),
      cryptographicAlgorithm: oneOf(CRYPTOGRAPHIC_ALGORITHMS),
      cryptographicLength: int32,
      cryptographicUsageMask: int32,
    }),
  },
  ObjectRegistered: {
    stream: 'object',
    schemaVersion: 1,
    data: object({
      ...creation,
      objectType: oneOf(OBJECT_TYPES),
      cryptographicAlgorithm: optional(oneOf(CRYPTOGRAPHIC_ALGORITHMS)),
      cryptographicLength: optional(int32),
      cryptographicUsageMask: optional(int32),
    }),
  },
  KeyActivated: { stream: 'object', schemaVersion: 1, data: object({ activationDate: dateTime, at: dateTime }) },
  KeyDeactivated: { stream: 'object', schemaVersion: 1, data: object({ deactivationDate: dateTime, at: dateTime }) },
  KeyRevoked: {
    stream: 'object',
    schemaVersion: 1,
    data: object({
      reason: object({ code: oneOf(REVOCATION_REASON_CODES), message: optional(text) }),
      state: oneOf(['Compromised', 'Deactivated', 'DestroyedCompromised']),
      compromiseDate: optional(dateTime),
      compromiseOccurrenceDate: optional(dateTime),
      deactivationDate: optional(dateTime),
      at: dateTime,
    }),
  },
  KeyDestroyed: {
    stream: 'object',
    schemaVersion: 1,
    data: object({
      state: oneOf(KMIP_STATES.filter((s) => s.startsWith('Destroyed'))),
      destroyDate: dateTime,
      at: dateTime,
    }),
  },
  AttributeAdded: {
    stream: 'object',
    schemaVersion: 1,
    data: object({ name: nonEmptyText, index: integer(0), value: attributeValue, at: dateTime }),
  },
  AttributeModified: {
    stream: 'object',
    schemaVersion: 1,
    data: object({
      name: nonEmptyText,
      index: integer(0),
      value: attributeValue,
      previousValue: attributeValue,
      at: dateTime,
    }),
  },
  AttributeDeleted: {
    stream: 'object',
    schemaVersion: 1,
    data: object({ name: nonEmptyText, index: integer(0), previousValue: attributeValue, at: dateTime }),
  },
  AttributeSet: {
    stream: 'object',
    schemaVersion: 1,
    data: object({ name: nonEmptyText, value: attributeValue, previousValue: optional(attributeValue), at: dateTime }),
  },
  KeyRewrapped: {
    stream: 'object',
    schemaVersion: 1,
    data: object({
      rootKeyId: nonEmptyText,
      rootKeyVersion: integer(0),
      previousRootKeyVersion: integer(0),
      at: dateTime,
    }),
  },
  TenantCreated: {
    stream: 'tenant',
    schemaVersion: 1,
    data: object({ tenant: nonEmptyText, displayName: optional(text), rootKey: rootKeyRef, at: dateTime }),
  },
  ClientAllowed: {
    stream: 'tenant',
    schemaVersion: 2,
    data: object({
      fingerprint: (v, p) =>
        typeof v === 'string' && /^[0-9a-f]{64}$/.test(v) ? undefined : `${p} is not a fingerprint`,
      allowedOperations: arrayOf(oneOf(KMIP_OPERATIONS)),
      trust: oneOf(['PinnedFingerprint', 'IssuedByServerCa']),
      credential: optional(
        object({
          username: nonEmptyText,
          passwordHash: (v, p) => (isScryptHash(v) ? undefined : `${p} is not a scrypt hash`),
        }),
      ),
      at: dateTime,
    }),
  },
  ClientRemoved: { stream: 'tenant', schemaVersion: 1, data: object({ fingerprint: nonEmptyText, at: dateTime }) },
  RootKeyRotated: {
    stream: 'tenant',
    schemaVersion: 1,
    data: object({
      rootKeyId: nonEmptyText,
      rootKeyVersion: integer(0),
      previousRootKeyVersion: integer(0),
      at: dateTime,
    }),
  },
  RootKeyRevoked: {
    stream: 'tenant',
    schemaVersion: 1,
    data: object({ rootKeyId: nonEmptyText, reason: optional(text), at: dateTime }),
  },
};

export function isLifecycleEventType(type: unknown): type is LifecycleEventType {
  return typeof type === 'string' && Object.prototype.hasOwnProperty.call(EVENT_CATALOG, type);
}

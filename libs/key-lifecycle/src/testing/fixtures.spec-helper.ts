import type { AttributeValue } from '../shared/attribute-value';
import type { IsoDateTime } from '../shared/iso-date-time';
import type { RootKeyRef } from '../shared/root-key-ref';
import type { ManagedObjectCommand } from '../managed-object/managed-object.commands';
import {
  keyActivated,
  keyCreated,
  keyDestroyed,
  keyRevoked,
  objectRegistered,
  type ManagedObjectEvent,
} from '../managed-object/managed-object.events';
import type { ObjectType } from '../managed-object/object-type';

export const TENANT = 'tenant-a';
export const OTHER_TENANT = 'tenant-b';
export const OBJECT_ID = '5f0c9a52-3b9e-4a52-9c53-0d2f6f1a7e10';
export const ROOT_KEY: RootKeyRef = { rootKeyId: 'crk-tenant-a', rootKeyVersion: 1 };

export const T0: IsoDateTime = '2024-05-01T12:00:00Z';
export const T1: IsoDateTime = '2024-05-01T12:05:00Z';
export const T2: IsoDateTime = '2024-05-01T12:10:00Z';
export const T3: IsoDateTime = '2024-05-01T12:15:00Z';
export const EARLIER: IsoDateTime = '2024-04-01T00:00:00Z';
export const LATER: IsoDateTime = '2025-01-01T00:00:00Z';

export const textValue = (value: string): AttributeValue => ({ kind: 'text', value });
export const dateValue = (value: IsoDateTime): AttributeValue => ({ kind: 'dateTime', value });
export const nameValue = (value: string): AttributeValue => ({
  kind: 'structure',
  fields: [
    { name: 'Name Value', value: { kind: 'text', value } },
    { name: 'Name Type', value: { kind: 'enumeration', value: 'Uninterpreted Text String' } },
  ],
});

/** The key vCenter creates (DESIGN §6): AES-256, usage mask 12 (Encrypt | Decrypt), no Name, Pre-Active. */
export const vcenterKeyCreated = keyCreated({
  objectId: OBJECT_ID,
  tenant: TENANT,
  objectType: 'SymmetricKey',
  cryptographicAlgorithm: 'AES',
  cryptographicLength: 256,
  cryptographicUsageMask: 12,
  attributes: [],
  wrappedBy: ROOT_KEY,
  state: 'PreActive',
  at: T0,
});

export const registered = (objectType: ObjectType): ManagedObjectEvent =>
  objectRegistered({
    objectId: OBJECT_ID,
    tenant: TENANT,
    objectType,
    ...(objectType === 'OpaqueObject' ? {} : { cryptographicLength: 256, cryptographicUsageMask: 12 }),
    ...(objectType === 'SymmetricKey' ? { cryptographicAlgorithm: 'AES' as const } : {}),
    attributes: [],
    wrappedBy: ROOT_KEY,
    state: 'PreActive',
    at: T0,
  });

/** Event histories that leave the vCenter key in each state. */
export const HISTORY = {
  PreActive: [vcenterKeyCreated],
  Active: [vcenterKeyCreated, keyActivated({ activationDate: T1, at: T1 })],
  Deactivated: [
    vcenterKeyCreated,
    keyActivated({ activationDate: T1, at: T1 }),
    keyRevoked({ reason: { code: 'Superseded' }, state: 'Deactivated', deactivationDate: T2, at: T2 }),
  ],
  Compromised: [
    vcenterKeyCreated,
    keyRevoked({
      reason: { code: 'KeyCompromise' },
      state: 'Compromised',
      compromiseDate: T1,
      compromiseOccurrenceDate: T0,
      at: T1,
    }),
  ],
  Destroyed: [vcenterKeyCreated, keyDestroyed({ state: 'Destroyed', destroyDate: T1, at: T1 })],
  DestroyedCompromised: [
    vcenterKeyCreated,
    keyRevoked({
      reason: { code: 'KeyCompromise' },
      state: 'Compromised',
      compromiseDate: T1,
      compromiseOccurrenceDate: T0,
      at: T1,
    }),
    keyDestroyed({ state: 'DestroyedCompromised', destroyDate: T2, at: T2 }),
  ],
} as const satisfies Record<string, readonly ManagedObjectEvent[]>;

const base = (now: IsoDateTime, tenant = TENANT) => ({ objectId: OBJECT_ID, tenant, now });

/** Commands on the fixture object, each a KMIP operation as the gateway would decode it. */
export const command = {
  create: (now = T0): ManagedObjectCommand => ({
    type: 'Create',
    data: {
      ...base(now),
      objectType: 'SymmetricKey',
      cryptographicAlgorithm: 'AES',
      cryptographicLength: 256,
      cryptographicUsageMask: 12,
      wrappedBy: ROOT_KEY,
    },
  }),
  activate: (now = T2, tenant = TENANT): ManagedObjectCommand => ({ type: 'Activate', data: base(now, tenant) }),
  destroy: (now = T3): ManagedObjectCommand => ({ type: 'Destroy', data: base(now) }),
  revoke: (
    reason: Extract<ManagedObjectCommand, { type: 'Revoke' }>['data']['reason'],
    extra: { message?: string; compromiseOccurrenceDate?: IsoDateTime } = {},
    now = T3,
  ): ManagedObjectCommand => ({ type: 'Revoke', data: { ...base(now), reason, ...extra } }),
  add: (name: string, value: AttributeValue, now = T2, origin?: 'client' | 'server'): ManagedObjectCommand => ({
    type: 'AddAttribute',
    data: { ...base(now), name, value, ...(origin ? { origin } : {}) },
  }),
  modify: (name: string, value: AttributeValue, index?: number, now = T2): ManagedObjectCommand => ({
    type: 'ModifyAttribute',
    data: { ...base(now), name, value, ...(index === undefined ? {} : { index }) },
  }),
  delete: (name: string, index?: number, now = T2): ManagedObjectCommand => ({
    type: 'DeleteAttribute',
    data: { ...base(now), name, ...(index === undefined ? {} : { index }) },
  }),
  set: (name: string, value: AttributeValue, now = T2): ManagedObjectCommand => ({
    type: 'SetAttribute',
    data: { ...base(now), name, value },
  }),
  adjust: (
    name: string,
    adjustment: 'Increment' | 'Decrement' | 'Negate',
    amount?: number,
    now = T2,
  ): ManagedObjectCommand => ({
    type: 'AdjustAttribute',
    data: { ...base(now), name, adjustment, ...(amount === undefined ? {} : { amount }) },
  }),
  rewrap: (rootKeyVersion: number, rootKeyId = ROOT_KEY.rootKeyId, now = T3): ManagedObjectCommand => ({
    type: 'Rewrap',
    data: { ...base(now), wrappedBy: { rootKeyId, rootKeyVersion } },
  }),
  applyDueDates: (now: IsoDateTime): ManagedObjectCommand => ({ type: 'ApplyDueDates', data: base(now) }),
};

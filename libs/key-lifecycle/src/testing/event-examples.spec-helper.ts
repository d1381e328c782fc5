import type { LifecycleEvent, LifecycleEventType } from '../envelope/event-catalog';
import {
  attributeAdded,
  attributeDeleted,
  attributeModified,
  attributeSet,
  keyActivated,
  keyDeactivated,
  keyDestroyed,
  keyRevoked,
  keyRewrapped,
  objectRegistered,
} from '../managed-object/managed-object.events';
import { clientAllowed, clientRemoved, rootKeyRevoked, rootKeyRotated, tenantCreated } from '../tenant/tenant.events';
import {
  nameValue,
  OBJECT_ID,
  ROOT_KEY,
  T0,
  T1,
  T2,
  TENANT,
  textValue,
  vcenterKeyCreated,
} from './fixtures.spec-helper';

/** One event of every type, each made by its factory: the record type makes a missing type a compile error. */
export const EVENT_EXAMPLES: { readonly [T in LifecycleEventType]: Extract<LifecycleEvent, { type: T }> } = {
  KeyCreated: vcenterKeyCreated,
  ObjectRegistered: objectRegistered({
    objectId: OBJECT_ID,
    tenant: TENANT,
    objectType: 'SecretData',
    cryptographicLength: 256,
    cryptographicUsageMask: 12,
    attributes: [{ name: 'Name', index: 0, value: nameValue('db-password') }],
    wrappedBy: ROOT_KEY,
    state: 'PreActive',
    at: T0,
  }),
  KeyActivated: keyActivated({ activationDate: T1, at: T1 }),
  KeyDeactivated: keyDeactivated({ deactivationDate: T2, at: T2 }),
  KeyRevoked: keyRevoked({
    reason: { code: 'KeyCompromise', message: 'laptop stolen' },
    state: 'Compromised',
    compromiseDate: T2,
    compromiseOccurrenceDate: T0,
    at: T2,
  }),
  KeyDestroyed: keyDestroyed({ state: 'DestroyedCompromised', destroyDate: T2, at: T2 }),
  AttributeAdded: attributeAdded({ name: 'x-Vendor', index: 0, value: textValue('VMware, Inc.'), at: T1 }),
  AttributeModified: attributeModified({
    name: 'Name',
    index: 0,
    value: nameValue('b'),
    previousValue: nameValue('a'),
    at: T1,
  }),
  AttributeDeleted: attributeDeleted({ name: 'Name', index: 0, previousValue: nameValue('b'), at: T2 }),
  AttributeSet: attributeSet({ name: 'Contact Information', value: textValue('ops'), at: T1 }),
  KeyRewrapped: keyRewrapped({ rootKeyId: ROOT_KEY.rootKeyId, rootKeyVersion: 2, previousRootKeyVersion: 1, at: T2 }),
  TenantCreated: tenantCreated({ tenant: TENANT, rootKey: ROOT_KEY, at: T0 }),
  ClientAllowed: clientAllowed({
    fingerprint: 'a1'.repeat(32),
    allowedOperations: ['Create', 'Get'],
    trust: 'IssuedByServerCa',
    credential: { username: 'vcenter', passwordHash: '$scrypt$ln=15,r=8,p=1$c2FsdA$aGFzaA' },
    at: T1,
  }),
  ClientRemoved: clientRemoved({ fingerprint: 'a1'.repeat(32), at: T2 }),
  RootKeyRotated: rootKeyRotated({
    rootKeyId: ROOT_KEY.rootKeyId,
    rootKeyVersion: 2,
    previousRootKeyVersion: 1,
    at: T1,
  }),
  RootKeyRevoked: rootKeyRevoked({ rootKeyId: ROOT_KEY.rootKeyId, reason: 'customer request', at: T2 }),
};

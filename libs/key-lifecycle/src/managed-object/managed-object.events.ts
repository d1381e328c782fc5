import type { AttributeValue } from '../shared/attribute-value';
import type { Event } from '../shared/event';
import type { IsoDateTime } from '../shared/iso-date-time';
import type { RootKeyRef } from '../shared/root-key-ref';
import type { CryptographicAlgorithm } from './cryptographic-algorithm';
import type { IndexedAttribute } from './new-attribute';
import type { ObjectType } from './object-type';
import type { RevocationReason } from './revocation-reason';

/*
 * The events of a managed object. Each carries `at`, the moment the server decided it, which becomes the Last Change
 * Date (KMIP 1.4 §3.38). Key material never appears: a key is referred to by the root key version that wraps it.
 */

/** A Create made a new symmetric key (KMIP 1.4 §4.1); its material was generated and wrapped by the root key. */
export type KeyCreated = Event<
  'KeyCreated',
  {
    objectId: string;
    tenant: string;
    objectType: 'SymmetricKey';
    cryptographicAlgorithm: CryptographicAlgorithm;
    cryptographicLength: number;
    cryptographicUsageMask: number;
    /** The attributes the request supplied, with their assigned indices. */
    attributes: readonly IndexedAttribute[];
    wrappedBy: RootKeyRef;
    /** Pre-Active, or Active when the request's Activation Date had been reached (KMIP 1.4 §3.22, transition 1). */
    state: 'PreActive' | 'Active';
    at: IsoDateTime;
  }
>;

/** A Register stored client-supplied material (KMIP 1.4 §4.3), wrapped by the root key before it reached the log. */
export type ObjectRegistered = Event<
  'ObjectRegistered',
  {
    objectId: string;
    tenant: string;
    objectType: ObjectType;
    cryptographicAlgorithm?: CryptographicAlgorithm;
    cryptographicLength?: number;
    cryptographicUsageMask?: number;
    attributes: readonly IndexedAttribute[];
    wrappedBy: RootKeyRef;
    state: 'PreActive' | 'Active';
    at: IsoDateTime;
  }
>;

/** The object became Active: by Activate, or because its Activation Date was set to or reached a past instant. */
export type KeyActivated = Event<'KeyActivated', { activationDate: IsoDateTime; at: IsoDateTime }>;

/** The object's Deactivation Date was reached while it was Active (KMIP 1.4 §3.22, transition 6). */
export type KeyDeactivated = Event<'KeyDeactivated', { deactivationDate: IsoDateTime; at: IsoDateTime }>;

/** A Revoke (KMIP 1.4 §4.20) moved the object to `state`. */
export type KeyRevoked = Event<
  'KeyRevoked',
  {
    reason: RevocationReason;
    state: 'Compromised' | 'Deactivated' | 'DestroyedCompromised';
    compromiseDate?: IsoDateTime;
    compromiseOccurrenceDate?: IsoDateTime;
    deactivationDate?: IsoDateTime;
    at: IsoDateTime;
  }
>;

/** A Destroy (KMIP 1.4 §4.21): the key material is erased, the metadata kept. */
export type KeyDestroyed = Event<
  'KeyDestroyed',
  { state: 'Destroyed' | 'DestroyedCompromised'; destroyDate: IsoDateTime; at: IsoDateTime }
>;

/** Add Attribute (KMIP 1.4 §4.14): a new instance with the index the server assigned. */
export type AttributeAdded = Event<
  'AttributeAdded',
  { name: string; index: number; value: AttributeValue; at: IsoDateTime }
>;

/** Modify Attribute (KMIP 1.4 §4.15). */
export type AttributeModified = Event<
  'AttributeModified',
  { name: string; index: number; value: AttributeValue; previousValue: AttributeValue; at: IsoDateTime }
>;

/** Delete Attribute (KMIP 1.4 §4.16). */
export type AttributeDeleted = Event<
  'AttributeDeleted',
  { name: string; index: number; previousValue: AttributeValue; at: IsoDateTime }
>;

/** Set Attribute or Adjust Attribute (KMIP 2.0): the single instance of the attribute now holds `value`. */
export type AttributeSet = Event<
  'AttributeSet',
  { name: string; value: AttributeValue; previousValue?: AttributeValue; at: IsoDateTime }
>;

/** The key-wrapping service rewrapped the material under a newer root key version (DESIGN §4). */
export type KeyRewrapped = Event<
  'KeyRewrapped',
  { rootKeyId: string; rootKeyVersion: number; previousRootKeyVersion: number; at: IsoDateTime }
>;

export type ManagedObjectEvent =
  | KeyCreated
  | ObjectRegistered
  | KeyActivated
  | KeyDeactivated
  | KeyRevoked
  | KeyDestroyed
  | AttributeAdded
  | AttributeModified
  | AttributeDeleted
  | AttributeSet
  | KeyRewrapped;

export type ManagedObjectEventType = ManagedObjectEvent['type'];

export const keyCreated = (data: KeyCreated['data']): KeyCreated => ({ type: 'KeyCreated', data });
export const objectRegistered = (data: ObjectRegistered['data']): ObjectRegistered => ({
  type: 'ObjectRegistered',
  data,
});
export const keyActivated = (data: KeyActivated['data']): KeyActivated => ({ type: 'KeyActivated', data });
export const keyDeactivated = (data: KeyDeactivated['data']): KeyDeactivated => ({ type: 'KeyDeactivated', data });
export const keyRevoked = (data: KeyRevoked['data']): KeyRevoked => ({ type: 'KeyRevoked', data });
export const keyDestroyed = (data: KeyDestroyed['data']): KeyDestroyed => ({ type: 'KeyDestroyed', data });
export const attributeAdded = (data: AttributeAdded['data']): AttributeAdded => ({ type: 'AttributeAdded', data });
export const attributeModified = (data: AttributeModified['data']): AttributeModified => ({
  type: 'AttributeModified',
  data,
});
export const attributeDeleted = (data: AttributeDeleted['data']): AttributeDeleted => ({
  type: 'AttributeDeleted',
  data,
});
export const attributeSet = (data: AttributeSet['data']): AttributeSet => ({ type: 'AttributeSet', data });
export const keyRewrapped = (data: KeyRewrapped['data']): KeyRewrapped => ({ type: 'KeyRewrapped', data });

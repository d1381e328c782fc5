import type { AttributeValue } from '../shared/attribute-value';
import type { Command } from '../shared/event';
import type { IsoDateTime } from '../shared/iso-date-time';
import type { RootKeyRef } from '../shared/root-key-ref';
import type { CryptographicAlgorithm } from './cryptographic-algorithm';
import type { NewAttribute } from './new-attribute';
import type { ObjectType } from './object-type';
import type { RevocationReasonCode } from './revocation-reason';

/**
 * What every command on an object carries: the object, the tenant of whoever asks (an object of another tenant does
 * not exist for them, DESIGN §5) and the server's "now".
 */
export interface ObjectCommandBase {
  readonly objectId: string;
  readonly tenant: string;
  readonly now: IsoDateTime;
}

/** Who changes an attribute: a KMIP client, or the server itself (which alone may write "y-" attributes, 1.4 §3.39). */
export type AttributeOrigin = 'client' | 'server';

export type Create = Command<
  'Create',
  ObjectCommandBase & {
    objectType: 'SymmetricKey';
    cryptographicAlgorithm: CryptographicAlgorithm;
    cryptographicLength: number;
    cryptographicUsageMask: number;
    attributes?: readonly NewAttribute[];
    wrappedBy: RootKeyRef;
  }
>;

export type Register = Command<
  'Register',
  ObjectCommandBase & {
    objectType: ObjectType;
    cryptographicAlgorithm?: CryptographicAlgorithm;
    cryptographicLength?: number;
    cryptographicUsageMask?: number;
    attributes?: readonly NewAttribute[];
    wrappedBy: RootKeyRef;
  }
>;

export type Activate = Command<'Activate', ObjectCommandBase>;

export type Revoke = Command<
  'Revoke',
  ObjectCommandBase & {
    reason: RevocationReasonCode;
    message?: string;
    compromiseOccurrenceDate?: IsoDateTime;
  }
>;

export type Destroy = Command<'Destroy', ObjectCommandBase>;

export type AddAttribute = Command<
  'AddAttribute',
  ObjectCommandBase & { name: string; value: AttributeValue; origin?: AttributeOrigin }
>;

/** Modify the instance at `index` (0 when the request gives none, KMIP 1.4 §4.15). */
export type ModifyAttribute = Command<
  'ModifyAttribute',
  ObjectCommandBase & { name: string; index?: number; value: AttributeValue; origin?: AttributeOrigin }
>;

/** Delete the instance at `index` (0 when the request gives none, KMIP 1.4 §4.16). */
export type DeleteAttribute = Command<
  'DeleteAttribute',
  ObjectCommandBase & { name: string; index?: number; origin?: AttributeOrigin }
>;

/** Set Attribute (KMIP 2.0): add or replace a single-valued attribute. */
export type SetAttribute = Command<
  'SetAttribute',
  ObjectCommandBase & { name: string; value: AttributeValue; origin?: AttributeOrigin }
>;

/** Adjust Attribute (KMIP 2.0): increment, decrement or negate a numeric or date attribute. */
export type AdjustAttribute = Command<
  'AdjustAttribute',
  ObjectCommandBase & {
    name: string;
    adjustment: 'Increment' | 'Decrement' | 'Negate';
    amount?: number;
    origin?: AttributeOrigin;
  }
>;

/** The key-wrapping service rewrapped the object's material under a newer root key version. */
export type Rewrap = Command<'Rewrap', ObjectCommandBase & { wrappedBy: RootKeyRef }>;

/** A server process applies the transitions whose dates have been reached (KMIP 1.4 §3.22, transitions 4 and 6). */
export type ApplyDueDates = Command<'ApplyDueDates', ObjectCommandBase>;

export type ManagedObjectCommand =
  | Create
  | Register
  | Activate
  | Revoke
  | Destroy
  | AddAttribute
  | ModifyAttribute
  | DeleteAttribute
  | SetAttribute
  | AdjustAttribute
  | Rewrap
  | ApplyDueDates;

import type { AttributeValue } from '../shared/attribute-value';
import type { IsoDateTime } from '../shared/iso-date-time';
import type { RootKeyRef } from '../shared/root-key-ref';
import type { CryptographicAlgorithm } from './cryptographic-algorithm';
import type { KmipState } from './kmip-state';
import type { ObjectType } from './object-type';
import type { RevocationReason } from './revocation-reason';

/** One instance of an attribute; its Attribute Index never changes (KMIP 1.4 §2.1.1). */
export interface AttributeInstance {
  readonly index: number;
  readonly value: AttributeValue;
}

/** The dates the server keeps as the object moves through its lifecycle (KMIP 1.4 §3.23 to §3.38). */
export interface LifecycleDates {
  readonly initialDate: IsoDateTime;
  readonly activationDate?: IsoDateTime;
  readonly deactivationDate?: IsoDateTime;
  readonly compromiseOccurrenceDate?: IsoDateTime;
  readonly compromiseDate?: IsoDateTime;
  readonly destroyDate?: IsoDateTime;
  readonly lastChangeDate: IsoDateTime;
}

/**
 * A managed object as the inventory read model stores it: plain JSON data, one row per object. `version` is the number
 * of events applied, which is the `expectedVersion` of the next event appended for the object.
 */
export interface ManagedObject {
  readonly status: 'Known';
  readonly objectId: string;
  readonly tenant: string;
  readonly objectType: ObjectType;
  readonly state: KmipState;
  readonly cryptographicAlgorithm?: CryptographicAlgorithm;
  readonly cryptographicLength?: number;
  readonly cryptographicUsageMask?: number;
  /** Attributes other than those kept in the typed fields above and in `dates`, by KMIP attribute name. */
  readonly attributes: Readonly<Record<string, readonly AttributeInstance[]>>;
  /** The index the next instance of each multi-valued attribute receives: indices are never reused. */
  readonly nextAttributeIndex: Readonly<Record<string, number>>;
  readonly dates: LifecycleDates;
  readonly revocationReason?: RevocationReason;
  /** The root key version that wraps the key material held by the key-wrapping service. */
  readonly wrapping: RootKeyRef;
  readonly keyMaterialDestroyed: boolean;
  readonly version: number;
}

/** No object with this identifier exists (for this tenant). */
export interface UnknownObject {
  readonly status: 'Unknown';
  readonly version: number;
}

export type ManagedObjectState = UnknownObject | ManagedObject;

export function initialManagedObjectState(): ManagedObjectState {
  return { status: 'Unknown', version: 0 };
}

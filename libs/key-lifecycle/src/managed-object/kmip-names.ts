import type { KmipState } from './kmip-state';
import type { ObjectType } from './object-type';
import type { RevocationReasonCode } from './revocation-reason';

/* The enumeration names as the KMIP specification spells them (1.4 §9.1.3.2), for attribute values. */

export const OBJECT_TYPE_NAMES: Readonly<Record<ObjectType, string>> = {
  SymmetricKey: 'Symmetric Key',
  SecretData: 'Secret Data',
  OpaqueObject: 'Opaque Object',
};

export const STATE_NAMES: Readonly<Record<KmipState, string>> = {
  PreActive: 'Pre-Active',
  Active: 'Active',
  Deactivated: 'Deactivated',
  Compromised: 'Compromised',
  Destroyed: 'Destroyed',
  DestroyedCompromised: 'Destroyed Compromised',
};

export const REVOCATION_REASON_NAMES: Readonly<Record<RevocationReasonCode, string>> = {
  Unspecified: 'Unspecified',
  KeyCompromise: 'Key Compromise',
  CACompromise: 'CA Compromise',
  AffiliationChanged: 'Affiliation Changed',
  Superseded: 'Superseded',
  CessationOfOperation: 'Cessation of Operation',
  PrivilegeWithdrawn: 'Privilege Withdrawn',
};

/**
 * The KMIP Result Reasons a decider refuses with, spelled after the Result Reason enumeration (KMIP 2.1 §11,
 * "Result Reason") without spaces, so that the gateway's single error mapping is a table lookup.
 * Reasons introduced by KMIP 2.0 are the precise ones; `LegacyResultReason` is what a 1.x response carries.
 */
export type ResultReason =
  | 'ItemNotFound'
  | 'InvalidField'
  | 'IllegalOperation'
  | 'PermissionDenied'
  | 'CryptographicFailure'
  | 'ObjectAlreadyExists'
  | 'WrongKeyLifecycleState'
  | 'AttributeNotFound'
  | 'AttributeInstanceNotFound'
  | 'AttributeReadOnly'
  | 'AttributeSingleValued'
  | 'MultiValuedAttribute'
  | 'UnsupportedAttribute';

/**
 * Result Reasons already defined by KMIP 1.0, hence valid in a response of every 1.x version (vCenter sends 1.1).
 */
export type LegacyResultReason =
  'ItemNotFound' | 'InvalidField' | 'IllegalOperation' | 'PermissionDenied' | 'CryptographicFailure';

/**
 * The 1.x reason for each reason, from the error tables of KMIP 1.4 §11: a state that forbids the operation is
 * Permission Denied (11.20 Activate, 11.22 Destroy), a read-only or not-deletable attribute is Permission Denied
 * (11.15 to 11.17), an attribute that already exists is Illegal Operation (11.15), an attribute to modify that does
 * not exist is Invalid Field (11.16), a missing instance is Item Not Found (11.16, 11.17). A handler overrides this
 * default where its operation's table says otherwise.
 */
export const DEFAULT_LEGACY_REASON: Readonly<Record<ResultReason, LegacyResultReason>> = {
  ItemNotFound: 'ItemNotFound',
  InvalidField: 'InvalidField',
  IllegalOperation: 'IllegalOperation',
  PermissionDenied: 'PermissionDenied',
  CryptographicFailure: 'CryptographicFailure',
  ObjectAlreadyExists: 'IllegalOperation',
  WrongKeyLifecycleState: 'PermissionDenied',
  AttributeNotFound: 'InvalidField',
  AttributeInstanceNotFound: 'ItemNotFound',
  AttributeReadOnly: 'PermissionDenied',
  AttributeSingleValued: 'IllegalOperation',
  MultiValuedAttribute: 'IllegalOperation',
  UnsupportedAttribute: 'PermissionDenied',
};

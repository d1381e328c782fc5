import type { AttributeValueKind } from '../shared/attribute-value';
import type { KmipState } from './kmip-state';

/** Where the state keeps an attribute: the generic map, or one of the typed fields. */
export type AttributePlacement = 'attributes' | 'activationDate' | 'deactivationDate' | 'field';

/**
 * What KMIP 1.4 §3 says of an attribute in its rules table ("Attribute Rules"), as far as a client's Add, Modify,
 * Delete (and 2.x Set, Adjust) are concerned.
 */
export interface AttributeRule {
  /** "Multiple instances permitted". */
  readonly multiValued: boolean;
  /** "Modifiable by client": yes, no, or 'once' — may be added while absent, never changed (3.43). */
  readonly clientWritable: boolean | 'once';
  /** "Deletable by client". */
  readonly clientDeletable: boolean;
  /** "Yes, only while in … state". */
  readonly writableIn?: readonly KmipState[];
  /** "… and as long as the date has not been reached" (3.25, 3.26). */
  readonly lockedOnceReached?: boolean;
  /** The encodings a value may take; any when absent (a custom attribute, 3.39). */
  readonly kinds?: readonly AttributeValueKind[];
  /** For a structure, the fields it SHALL contain. */
  readonly requiredFields?: readonly string[];
  readonly placement: AttributePlacement;
  /** A server-only custom attribute ("y-", 3.39): the server may write it, a client may not. */
  readonly serverOnly?: boolean;
  /** "Applies to Object Types: All Cryptographic Objects": not to an Opaque Object. */
  readonly cryptographicObjectsOnly?: boolean;
}

const readOnlyField: AttributeRule = {
  multiValued: false,
  clientWritable: false,
  clientDeletable: false,
  placement: 'field',
};
const readOnly = (multiValued = false): AttributeRule => ({
  multiValued,
  clientWritable: false,
  clientDeletable: false,
  placement: 'attributes',
});
const writable = (
  multiValued: boolean,
  kinds: readonly AttributeValueKind[],
  clientDeletable = true,
  extra: Partial<AttributeRule> = {},
): AttributeRule => ({ multiValued, clientWritable: true, clientDeletable, kinds, placement: 'attributes', ...extra });

const PRE_ACTIVE_OR_ACTIVE: readonly KmipState[] = ['PreActive', 'Active'];
const LIFECYCLE_DATE: Partial<AttributeRule> = {
  writableIn: PRE_ACTIVE_OR_ACTIVE,
  lockedOnceReached: true,
  cryptographicObjectsOnly: true,
};

/**
 * The attributes of symmetric keys, secret data and opaque objects, by the name KMIP gives them (1.4 §3.1 to §3.54).
 * Certificate and asymmetric-key attributes are absent: for these objects they are "not supported" (1.4 §11.15).
 */
export const ATTRIBUTE_RULES: ReadonlyMap<string, AttributeRule> = new Map<string, AttributeRule>([
  ['Unique Identifier', readOnlyField], // 3.1
  ['Name', writable(true, ['structure'], true, { requiredFields: ['Name Value', 'Name Type'] })], // 3.2
  ['Object Type', readOnlyField], // 3.3
  ['Cryptographic Algorithm', readOnlyField], // 3.4: set at creation only
  ['Cryptographic Length', readOnlyField], // 3.5
  ['Cryptographic Parameters', writable(true, ['structure'])], // 3.6
  ['Digest', readOnly(true)], // 3.17
  ['Operation Policy Name', writable(false, ['text'])], // 3.18
  ['Cryptographic Usage Mask', readOnlyField], // 3.19: "Modifiable by client: No"
  ['Lease Time', readOnly()], // 3.20
  ['Usage Limits', writable(false, ['structure'])], // 3.21
  ['State', readOnlyField], // 3.22: "SHALL NOT be changed by using the Modify Attribute operation"
  ['Initial Date', readOnlyField], // 3.23
  [
    'Activation Date', // 3.24
    writable(false, ['dateTime'], false, {
      writableIn: ['PreActive'],
      placement: 'activationDate',
      cryptographicObjectsOnly: true,
    }),
  ],
  ['Process Start Date', writable(false, ['dateTime'], false, LIFECYCLE_DATE)], // 3.25
  ['Protect Stop Date', writable(false, ['dateTime'], false, LIFECYCLE_DATE)], // 3.26
  [
    'Deactivation Date', // 3.27
    writable(false, ['dateTime'], false, {
      writableIn: PRE_ACTIVE_OR_ACTIVE,
      placement: 'deactivationDate',
      cryptographicObjectsOnly: true,
    }),
  ],
  ['Destroy Date', readOnlyField], // 3.28
  ['Compromise Occurrence Date', readOnlyField], // 3.29
  ['Compromise Date', readOnlyField], // 3.30
  ['Revocation Reason', readOnlyField], // 3.31: set by Revoke only
  ['Archive Date', readOnly()], // 3.32
  ['Object Group', writable(true, ['text'])], // 3.33
  ['Fresh', readOnly()], // 3.34
  ['Link', writable(true, ['structure'], true, { requiredFields: ['Link Type', 'Linked Object Identifier'] })], // 3.35
  [
    'Application Specific Information',
    writable(true, ['structure'], true, { requiredFields: ['Application Namespace'] }),
  ], // 3.36
  ['Contact Information', writable(false, ['text'])], // 3.37
  ['Last Change Date', readOnlyField], // 3.38
  [
    'Alternative Name',
    writable(true, ['structure'], true, { requiredFields: ['Alternative Name Value', 'Alternative Name Type'] }),
  ], // 3.40
  ['Key Value Present', readOnly()], // 3.41
  ['Key Value Location', writable(true, ['structure'])], // 3.42
  ['Original Creation Date', { ...writable(false, ['dateTime'], false), clientWritable: 'once' }], // 3.43
  ['Random Number Generator', readOnly()], // 3.44
  ['PKCS#12 Friendly Name', writable(false, ['text'])], // 3.45
  ['Description', writable(false, ['text'])], // 3.46
  ['Comment', writable(false, ['text'])], // 3.47
  ['Sensitive', writable(false, ['boolean'], false)], // 3.48
  ['Always Sensitive', readOnly()], // 3.49
  ['Extractable', writable(false, ['boolean'], false)], // 3.50
  ['Never Extractable', readOnly()], // 3.51
]);

/** Custom attributes (1.4 §3.39): "x-" created by clients, "y-" by the server; any encoding, several instances. */
const CLIENT_CUSTOM: AttributeRule = {
  multiValued: true,
  clientWritable: true,
  clientDeletable: true,
  placement: 'attributes',
};
const SERVER_CUSTOM: AttributeRule = { ...CLIENT_CUSTOM, serverOnly: true };

export function isCustomAttributeName(name: string): boolean {
  return /^[xy]-./.test(name);
}

/** The rule of an attribute, or undefined for a name this server does not support for these objects. */
export function attributeRule(name: string): AttributeRule | undefined {
  if (name.startsWith('x-') && name.length > 2) return CLIENT_CUSTOM;
  if (name.startsWith('y-') && name.length > 2) return SERVER_CUSTOM;
  return ATTRIBUTE_RULES.get(name);
}

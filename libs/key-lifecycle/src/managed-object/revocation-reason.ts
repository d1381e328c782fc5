/** Revocation Reason Code (KMIP 1.4 §9.1.3.2.19). */
export const REVOCATION_REASON_CODES = [
  'Unspecified',
  'KeyCompromise',
  'CACompromise',
  'AffiliationChanged',
  'Superseded',
  'CessationOfOperation',
  'PrivilegeWithdrawn',
] as const;
export type RevocationReasonCode = (typeof REVOCATION_REASON_CODES)[number];

/** The Revocation Reason attribute (KMIP 1.4 §3.31). */
export interface RevocationReason {
  readonly code: RevocationReasonCode;
  readonly message?: string;
}

/** Key Compromise and CA Compromise place an object in the Compromised state (KMIP 1.4 §4.20). */
export function isCompromise(code: RevocationReasonCode): boolean {
  return code === 'KeyCompromise' || code === 'CACompromise';
}

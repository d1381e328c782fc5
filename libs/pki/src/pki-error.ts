/** Why a PKI operation was refused. Messages name files and reasons, never key material. */
export type PkiErrorReason =
  | 'bad-pem'
  | 'bad-csr-signature'
  | 'weak-key'
  | 'unsupported-key'
  | 'empty-subject'
  | 'bad-fingerprint'
  | 'incomplete-pki'
  | 'mismatched-pki';

export class PkiError extends Error {
  override readonly name = 'PkiError';

  constructor(
    readonly reason: PkiErrorReason,
    detail: string,
  ) {
    super(`${reason}: ${detail}`);
  }
}

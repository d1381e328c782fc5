/**
 * Maps PKCS#11 failures to the typed errors. A message carries the failing call and the CKR_* name only.
 *
 * SoftHSM2 answers a GCM tag mismatch with CKR_GENERAL_ERROR rather than CKR_ENCRYPTED_DATA_INVALID or
 * CKR_AEAD_DECRYPT_FAILED, so during a decryption that code also means "unwrap failed".
 */
import {
  KeyWrappingError,
  ProviderAuthFailed,
  ProviderRejected,
  ProviderUnavailable,
  RootKeyNotFound,
  RootKeyUnavailable,
  UnwrapFailed,
} from '../key-wrapping.errors';
import { CKR } from './pkcs11-return-values';

const DECRYPT_FAILURES = new Set<number>([
  CKR.AEAD_DECRYPT_FAILED,
  CKR.ENCRYPTED_DATA_INVALID,
  CKR.ENCRYPTED_DATA_LEN_RANGE,
  CKR.GENERAL_ERROR,
  CKR.DATA_INVALID,
  CKR.DATA_LEN_RANGE,
]);
const AUTH_FAILURES = new Set<number>([
  CKR.PIN_INCORRECT,
  CKR.PIN_INVALID,
  CKR.PIN_LEN_RANGE,
  CKR.PIN_EXPIRED,
  CKR.PIN_LOCKED,
]);
const KEY_GONE = new Set<number>([CKR.KEY_HANDLE_INVALID, CKR.OBJECT_HANDLE_INVALID]);
const KEY_UNUSABLE = new Set<number>([CKR.KEY_FUNCTION_NOT_PERMITTED, CKR.KEY_TYPE_INCONSISTENT, CKR.KEY_SIZE_RANGE]);
const MECHANISM_REFUSED = new Set<number>([CKR.MECHANISM_INVALID, CKR.MECHANISM_PARAM_INVALID]);
/** Failures after which the session is still in a clean state (the operation was terminated by the token). */
const SESSION_SAFE = new Set<number>([
  CKR.AEAD_DECRYPT_FAILED,
  CKR.ENCRYPTED_DATA_INVALID,
  CKR.ENCRYPTED_DATA_LEN_RANGE,
  ...KEY_GONE,
  ...KEY_UNUSABLE,
  ...MECHANISM_REFUSED,
]);

export interface Pkcs11Failure {
  readonly code: number;
  readonly name: string;
}

/** The CKR code and name of a pkcs11js error, or undefined for anything else. */
export function pkcs11Failure(err: unknown): Pkcs11Failure | undefined {
  if (!(err instanceof Error)) return undefined;
  const code = (err as { code?: unknown }).code;
  if (typeof code !== 'number' || code <= 0) return undefined;
  const name = /^CKR_[A-Z0-9_]+$/.test(err.message) ? err.message : `CKR_0x${code.toString(16)}`;
  return { code, name };
}

export function mapPkcs11Error(err: unknown, call: string, during: 'decrypt' | 'other' = 'other'): KeyWrappingError {
  if (err instanceof KeyWrappingError) return err;
  const failure = pkcs11Failure(err);
  if (!failure) return new ProviderUnavailable(`PKCS#11 ${call} failed`);
  const message = `PKCS#11 ${call} failed: ${failure.name}`;
  if (during === 'decrypt' && DECRYPT_FAILURES.has(failure.code)) {
    return new UnwrapFailed(`${message} (wrong AAD, tampered blob or wrong key)`);
  }
  if (AUTH_FAILURES.has(failure.code)) return new ProviderAuthFailed(message);
  if (KEY_GONE.has(failure.code)) return new RootKeyNotFound(message);
  if (KEY_UNUSABLE.has(failure.code)) return new RootKeyUnavailable(message);
  if (MECHANISM_REFUSED.has(failure.code)) return new ProviderRejected(message);
  return new ProviderUnavailable(message);
}

/** Whether a session that saw this error should be closed and replaced rather than reused. */
export function breaksSession(err: unknown): boolean {
  if (err instanceof KeyWrappingError) return false;
  const failure = pkcs11Failure(err);
  return failure === undefined || !SESSION_SAFE.has(failure.code);
}

/**
 * One place that turns whatever a key-wrapping operation threw into a client error with a code. The in-process
 * client and the RPC service both use it, so a caller sees the same codes in either mode.
 */
import { KeyWrappingError, type KeyWrappingErrorCode } from '../key-wrapping.errors';
import {
  KeyWrappingClientError,
  keyWrappingClientError,
  type KeyWrappingClientErrorCode,
} from './key-wrapping-client.errors';

const FROM_LIBRARY: Record<KeyWrappingErrorCode, KeyWrappingClientErrorCode> = {
  KEK_NOT_FOUND: 'NOT_FOUND',
  ROOT_KEY_REVOKED: 'ROOT_KEY_REVOKED',
  INVALID_KEY_MATERIAL: 'INVALID_REQUEST',
  VAULT_CONFLICT: 'CONFLICT',
  PROVIDER_UNAVAILABLE: 'UNAVAILABLE',
  ROOT_KEY_UNAVAILABLE: 'UNAVAILABLE',
  // The provider cannot serve this tenant as configured: an operator has to act, so not retryable.
  ROOT_KEY_NOT_FOUND: 'UNAVAILABLE',
  PROVIDER_AUTH_FAILED: 'UNAVAILABLE',
  PROVIDER_ACCESS_DENIED: 'UNAVAILABLE',
  PROVIDER_REJECTED: 'UNAVAILABLE',
  ROTATION_NOT_PERMITTED: 'UNAVAILABLE',
  KEYSTORE_INVALID: 'UNAVAILABLE',
  // A blob that fails authentication is damaged or misplaced: nothing the caller can fix.
  UNWRAP_FAILED: 'INTERNAL',
};

/** Error codes of node sockets and of PostgreSQL (class 08 connection exception, 57P0x shutdown) meaning "down". */
const CONNECTION_ERROR =
  /^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|EHOSTUNREACH|ENOTFOUND|EAI_AGAIN|08\w{3}|57P0[1-3])$/;

/** Messages the `pg` driver uses for a lost connection (it sets no code on them). */
const CONNECTION_MESSAGE =
  /^(Connection terminated|Client has encountered a connection error|timeout exceeded when trying to connect)/;

export function toKeyWrappingClientError(error: unknown): KeyWrappingClientError {
  if (error instanceof KeyWrappingClientError) return error;
  if (error instanceof KeyWrappingError) {
    // Library messages name tenants, object ids, versions and statuses only (see key-wrapping.errors.ts).
    return keyWrappingClientError(FROM_LIBRARY[error.code], error.message, error.retryable);
  }
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : '';
  if ((typeof code === 'string' && CONNECTION_ERROR.test(code)) || CONNECTION_MESSAGE.test(message)) {
    return keyWrappingClientError('UNAVAILABLE', 'the key-wrapping database cannot be reached', true);
  }
  // Unknown errors may carry anything in their message: it is not passed on.
  return keyWrappingClientError('INTERNAL', 'internal error in the key-wrapping service');
}

/**
 * The typed errors of the key-wrapping client. They cross the RPC boundary as a `code` (plus a message naming ids
 * only), so the gateway handles an in-process call and a remote one the same way. Never key material in a message.
 */
export type KeyWrappingClientErrorCode =
  /** The tenant holds no key material for this object (or the tenant is not served here): KMIP Item Not Found. */
  | 'NOT_FOUND'
  /** The tenant's root key was revoked: its keys are crypto-shredded and no key is created any more. */
  | 'ROOT_KEY_REVOKED'
  /** The service, its root key manager or its database cannot serve now; `retryable` says whether to try again. */
  | 'UNAVAILABLE'
  /** The request is malformed (bad tenant or object id, length, material). */
  | 'INVALID_REQUEST'
  /** Register of an object that already holds other key material. */
  | 'CONFLICT'
  /** The caller's certificate is not on the service's list of gateway peers. */
  | 'PEER_NOT_ALLOWED'
  /** Anything else: a bug or a blob that fails its integrity check. */
  | 'INTERNAL';

export const KEY_WRAPPING_CLIENT_ERROR_CODES: readonly KeyWrappingClientErrorCode[] = [
  'NOT_FOUND',
  'ROOT_KEY_REVOKED',
  'UNAVAILABLE',
  'INVALID_REQUEST',
  'CONFLICT',
  'PEER_NOT_ALLOWED',
  'INTERNAL',
];

export abstract class KeyWrappingClientError extends Error {
  abstract readonly code: KeyWrappingClientErrorCode;

  constructor(
    message: string,
    /** True when the same call may succeed later without any change (outage, restart, timeout). */
    readonly retryable = false,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class KeyNotFoundError extends KeyWrappingClientError {
  readonly code = 'NOT_FOUND';
}

export class RootKeyRevokedError extends KeyWrappingClientError {
  readonly code = 'ROOT_KEY_REVOKED';
}

export class KeyWrappingUnavailableError extends KeyWrappingClientError {
  readonly code = 'UNAVAILABLE';
}

export class InvalidKeyWrappingRequestError extends KeyWrappingClientError {
  readonly code = 'INVALID_REQUEST';
}

export class KeyMaterialConflictError extends KeyWrappingClientError {
  readonly code = 'CONFLICT';
}

export class PeerNotAllowedError extends KeyWrappingClientError {
  readonly code = 'PEER_NOT_ALLOWED';
}

export class KeyWrappingInternalError extends KeyWrappingClientError {
  readonly code = 'INTERNAL';
}

const CLASSES: Record<
  KeyWrappingClientErrorCode,
  new (message: string, retryable?: boolean) => KeyWrappingClientError
> = {
  NOT_FOUND: KeyNotFoundError,
  ROOT_KEY_REVOKED: RootKeyRevokedError,
  UNAVAILABLE: KeyWrappingUnavailableError,
  INVALID_REQUEST: InvalidKeyWrappingRequestError,
  CONFLICT: KeyMaterialConflictError,
  PEER_NOT_ALLOWED: PeerNotAllowedError,
  INTERNAL: KeyWrappingInternalError,
};

export function isKeyWrappingClientErrorCode(value: unknown): value is KeyWrappingClientErrorCode {
  return typeof value === 'string' && (KEY_WRAPPING_CLIENT_ERROR_CODES as readonly string[]).includes(value);
}

/** The typed error of a code, e.g. as read back from an RPC reply. */
export function keyWrappingClientError(
  code: KeyWrappingClientErrorCode,
  message: string,
  retryable = false,
): KeyWrappingClientError {
  return new CLASSES[code](message, retryable);
}

/**
 * The typed errors of key wrapping. Messages name ids, versions, statuses and reason codes only: never key
 * material, never a provider response body, never a credential.
 */
export type KeyWrappingErrorCode =
  | 'ROOT_KEY_NOT_FOUND'
  | 'ROOT_KEY_REVOKED'
  | 'ROOT_KEY_UNAVAILABLE'
  | 'UNWRAP_FAILED'
  | 'PROVIDER_UNAVAILABLE'
  | 'PROVIDER_AUTH_FAILED'
  | 'PROVIDER_ACCESS_DENIED'
  | 'PROVIDER_REJECTED'
  | 'ROTATION_NOT_PERMITTED'
  | 'KEYSTORE_INVALID'
  | 'INVALID_KEY_MATERIAL'
  | 'KEK_NOT_FOUND'
  | 'VAULT_CONFLICT';

export abstract class KeyWrappingError extends Error {
  abstract readonly code: KeyWrappingErrorCode;
  /** True when the same call may succeed later without any change (outage, rate limit). */
  readonly retryable: boolean = false;

  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** The root key (or the requested version of it) does not exist in the provider. */
export class RootKeyNotFound extends KeyWrappingError {
  readonly code = 'ROOT_KEY_NOT_FOUND';
}

/** The root key was deleted or revoked: what it wrapped is crypto-shredded. */
export class RootKeyRevoked extends KeyWrappingError {
  readonly code = 'ROOT_KEY_REVOKED';
}

/** The root key exists but may not be used now (disabled, suspended, expired, wrong attributes). */
export class RootKeyUnavailable extends KeyWrappingError {
  readonly code = 'ROOT_KEY_UNAVAILABLE';
}

/** Authentication of a wrapped blob failed: wrong AAD, tampered ciphertext or wrong key. */
export class UnwrapFailed extends KeyWrappingError {
  readonly code = 'UNWRAP_FAILED';
}

/** The provider cannot be reached or failed internally (network, timeout, 5xx, rate limit, HSM session). */
export class ProviderUnavailable extends KeyWrappingError {
  readonly code = 'PROVIDER_UNAVAILABLE';
  override readonly retryable = true;
}

/** The provider refused our credentials (API key, token, PIN). */
export class ProviderAuthFailed extends KeyWrappingError {
  readonly code = 'PROVIDER_AUTH_FAILED';
}

/** Authenticated, but not allowed to use this key or action. */
export class ProviderAccessDenied extends KeyWrappingError {
  readonly code = 'PROVIDER_ACCESS_DENIED';
}

/** The provider rejected the request as malformed; a bug or a misconfiguration on our side. */
export class ProviderRejected extends KeyWrappingError {
  readonly code = 'PROVIDER_REJECTED';
}

/** The provider refuses to rotate now (for example Key Protect allows one rotation per hour). */
export class RotationNotPermitted extends KeyWrappingError {
  readonly code = 'ROTATION_NOT_PERMITTED';
}

export type KeystoreProblem = 'missing' | 'exists' | 'insecure' | 'corrupt' | 'locked' | 'io';

/** The local keystore file is missing, unreadable, corrupt or too widely readable. */
export class KeystoreInvalid extends KeyWrappingError {
  readonly code = 'KEYSTORE_INVALID';

  constructor(
    message: string,
    readonly problem: KeystoreProblem,
  ) {
    super(message);
  }
}

/** Client-supplied or unwrapped key material has an unacceptable length. */
export class InvalidKeyMaterial extends KeyWrappingError {
  readonly code = 'INVALID_KEY_MATERIAL';
}

/** The vault holds no wrapped KEK for this tenant and object. */
export class KekNotFound extends KeyWrappingError {
  readonly code = 'KEK_NOT_FOUND';
}

/** The vault already holds a different wrapped KEK for this tenant and object. */
export class VaultConflict extends KeyWrappingError {
  readonly code = 'VAULT_CONFLICT';
}

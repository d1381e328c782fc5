/**
 * Maps Key Protect / HPCS error responses to the typed errors, from the documented statuses and reason codes
 * ("Error messages" in the Key Protect and HPCS docs): error bodies are
 * `{ metadata, resources: [{ errorMsg, reasons: [{ code, message, status, moreInfo }] }] }`.
 * Only the status and the reason codes go into our messages.
 */
import {
  KeyWrappingError,
  ProviderAccessDenied,
  ProviderAuthFailed,
  ProviderRejected,
  ProviderUnavailable,
  RootKeyNotFound,
  RootKeyRevoked,
  RootKeyUnavailable,
  RotationNotPermitted,
  UnwrapFailed,
} from '../key-wrapping.errors';

export type KeyProtectAction = 'wrap' | 'unwrap' | 'rewrap' | 'rotate' | 'metadata';

export function keyProtectReasonCodes(body: Buffer): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    return [];
  }
  const resources = (parsed as { resources?: unknown })?.resources;
  if (!Array.isArray(resources)) return [];
  const codes: string[] = [];
  for (const resource of resources as unknown[]) {
    const reasons = (resource as { reasons?: unknown })?.reasons;
    if (!Array.isArray(reasons)) continue;
    for (const reason of reasons as unknown[]) {
      const code = (reason as { code?: unknown })?.code;
      // The service's own examples carry stray blanks around codes.
      if (typeof code === 'string' && /^[A-Z0-9_]{1,60}$/.test(code.trim())) codes.push(code.trim());
    }
  }
  return codes;
}

export function mapKeyProtectError(
  action: KeyProtectAction,
  keyId: string,
  status: number,
  body: Buffer,
): KeyWrappingError {
  const codes = keyProtectReasonCodes(body);
  const has = (code: string): boolean => codes.includes(code);
  const message = `Key Protect ${action} on key ${keyId} answered HTTP ${status}${codes.length ? ` ${codes.join(',')}` : ''}`;
  switch (status) {
    case 400:
      return has('KEY_EXPIRED_ERR') ? new RootKeyUnavailable(message) : new ProviderRejected(message);
    case 401:
      return new ProviderAuthFailed(message);
    case 403:
      return new ProviderAccessDenied(message);
    case 404:
      return new RootKeyNotFound(message);
    case 409:
      return has('KEY_ROTATION_NOT_PERMITTED') ? new RotationNotPermitted(message) : new RootKeyUnavailable(message);
    case 410:
      return new RootKeyRevoked(message);
    case 422:
      if (has('KEY_INVALID_STATE_ERR')) return new RootKeyUnavailable(message);
      if (action === 'unwrap' || action === 'rewrap') return new UnwrapFailed(message);
      return new ProviderRejected(message);
    case 429:
      return new ProviderUnavailable(`${message} (rate limited)`);
    default:
      return status >= 500 && status !== 501 ? new ProviderUnavailable(message) : new ProviderRejected(message);
  }
}

/**
 * A KMIP Credential password as the allow-list keeps it: a scrypt hash, computed by the caller, in modular-crypt
 * ("$scrypt$…") or "scrypt$…" form. Anything else might be the password in clear, which never enters the log.
 */
export const SCRYPT_HASH = /^\$?scrypt\$[A-Za-z0-9+/=$.,:_-]+$/;

export function isScryptHash(text: unknown): text is string {
  return typeof text === 'string' && SCRYPT_HASH.test(text);
}

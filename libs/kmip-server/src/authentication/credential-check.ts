import type { Credential } from '@kmip/kmip';
import type { VerifiedPasswords } from './scrypt-password';

/** The KMIP Credential a client is configured with (key-lifecycle `ClientCredential`). */
export interface ConfiguredCredential {
  readonly username: string;
  readonly passwordHash: string;
}

/**
 * The optional Credential of a request header (DESIGN §5): checked only for a client configured with one, and only
 * when the request carries one, since vCenter sends it on some requests only. A request that carries credentials must
 * then include the configured username with its password.
 */
export async function credentialAccepted(
  configured: ConfiguredCredential | undefined,
  presented: readonly Credential[] | undefined,
  passwords: VerifiedPasswords,
): Promise<boolean> {
  if (configured === undefined || presented === undefined || presented.length === 0) return true;
  const match = presented.find((c) => c.kind === 'UsernameAndPassword' && c.username === configured.username);
  if (match?.kind !== 'UsernameAndPassword' || match.password === undefined) return false;
  return passwords.verify(match.password, configured.passwordHash);
}

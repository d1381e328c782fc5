import { accept, reject, rejectWith, type Decision } from '../../shared/decision';
import { own } from '../../shared/own';
import { normalizeFingerprint } from '../fingerprint';
import { KMIP_OPERATIONS, type KmipOperation } from '../kmip-operation';
import { isScryptHash } from '../password-hash';
import type { AllowClient } from '../tenant.commands';
import { clientAllowed, type TenantEvent } from '../tenant.events';
import type { AllowedClient, TenantState } from '../tenant.state';
import { requireTenant } from './require-tenant';

function sameEntry(a: AllowedClient, b: Omit<AllowedClient, 'allowedAt'>): boolean {
  return (
    a.trust === b.trust &&
    a.allowedOperations.length === b.allowedOperations.length &&
    a.allowedOperations.every((op, i) => op === b.allowedOperations[i]) &&
    a.credential?.username === b.credential?.username &&
    a.credential?.passwordHash === b.credential?.passwordHash
  );
}

/**
 * Puts a client certificate on the allow-list (DESIGN §5), or changes what it may do. A fingerprint belongs to one
 * tenant: the caller passes the current owner from the allow-list read model.
 */
export function decideAllowClient(command: AllowClient, state: TenantState): Decision<TenantEvent> {
  const d = command.data;
  const tenant = requireTenant(state, d);
  if ('reason' in tenant) return rejectWith(tenant);
  const fingerprint = normalizeFingerprint(d.fingerprint);
  if (fingerprint === undefined) return reject('InvalidField', 'the fingerprint is not a SHA-256 fingerprint in hex');
  if (d.fingerprintOwner !== undefined && d.fingerprintOwner !== d.tenant) {
    return reject('IllegalOperation', 'the certificate is already allowed for another tenant');
  }
  if (!d.allowedOperations.every((op) => (KMIP_OPERATIONS as readonly string[]).includes(op))) {
    return reject('InvalidField', 'an allowed operation is not a KMIP operation');
  }
  if (d.trust !== 'PinnedFingerprint' && d.trust !== 'IssuedByServerCa') {
    return reject('InvalidField', 'the trust is neither a pinned fingerprint nor the server CA');
  }
  if (d.credential !== undefined) {
    if (d.credential.username.length === 0) return reject('InvalidField', 'the credential username is empty');
    if (!isScryptHash(d.credential.passwordHash)) {
      return reject('InvalidField', 'the credential password is not given as a scrypt hash');
    }
  }
  const allowedOperations: KmipOperation[] = [...new Set(d.allowedOperations)];
  const entry = {
    fingerprint,
    allowedOperations,
    trust: d.trust,
    ...(d.credential === undefined
      ? {}
      : { credential: { username: d.credential.username, passwordHash: d.credential.passwordHash } }),
  };
  const existing = own(tenant.clients, fingerprint);
  if (existing !== undefined && sameEntry(existing, entry)) return accept();
  return accept(clientAllowed({ ...entry, at: d.now }));
}

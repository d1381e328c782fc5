import { accept, reject, rejectWith, type Decision } from '../../shared/decision';
import { own } from '../../shared/own';
import { normalizeFingerprint } from '../fingerprint';
import type { RemoveClient } from '../tenant.commands';
import { clientRemoved, type TenantEvent } from '../tenant.events';
import type { TenantState } from '../tenant.state';
import { requireTenant } from './require-tenant';

export function decideRemoveClient(command: RemoveClient, state: TenantState): Decision<TenantEvent> {
  const d = command.data;
  const tenant = requireTenant(state, d);
  if ('reason' in tenant) return rejectWith(tenant);
  const fingerprint = normalizeFingerprint(d.fingerprint);
  if (fingerprint === undefined) return reject('InvalidField', 'the fingerprint is not a SHA-256 fingerprint in hex');
  if (own(tenant.clients, fingerprint) === undefined) {
    return reject('ItemNotFound', 'no client with this fingerprint is allowed for the tenant');
  }
  return accept(clientRemoved({ fingerprint, at: d.now }));
}

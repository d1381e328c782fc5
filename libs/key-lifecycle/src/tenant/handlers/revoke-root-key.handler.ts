import { accept, rejectWith, type Decision } from '../../shared/decision';
import type { RevokeRootKey } from '../tenant.commands';
import { rootKeyRevoked, type TenantEvent } from '../tenant.events';
import type { TenantState } from '../tenant.state';
import { requireTenant } from './require-tenant';

/** Revokes the root key (crypto-shredding every key it wraps). Revoking it again changes nothing. */
export function decideRevokeRootKey(command: RevokeRootKey, state: TenantState): Decision<TenantEvent> {
  const d = command.data;
  const tenant = requireTenant(state, d);
  if ('reason' in tenant) return rejectWith(tenant);
  if (tenant.rootKey.revoked) return accept();
  return accept(
    rootKeyRevoked({
      rootKeyId: tenant.rootKey.rootKeyId,
      ...(d.reason === undefined ? {} : { reason: d.reason }),
      at: d.now,
    }),
  );
}

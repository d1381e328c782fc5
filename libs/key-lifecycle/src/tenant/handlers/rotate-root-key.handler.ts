import { accept, reject, rejectWith, type Decision } from '../../shared/decision';
import type { RotateRootKey } from '../tenant.commands';
import { rootKeyRotated, type TenantEvent } from '../tenant.events';
import type { TenantState } from '../tenant.state';
import { requireTenant } from './require-tenant';

/**
 * Records the new root key version the root key manager made. Recording the current version again changes nothing,
 * so a retried rotation is harmless; an older version is refused.
 */
export function decideRotateRootKey(command: RotateRootKey, state: TenantState): Decision<TenantEvent> {
  const d = command.data;
  const tenant = requireTenant(state, d);
  if ('reason' in tenant) return rejectWith(tenant);
  if (tenant.rootKey.revoked) return reject('PermissionDenied', 'the root key has been revoked');
  if (!Number.isSafeInteger(d.rootKeyVersion)) return reject('InvalidField', 'the root key version is not an integer');
  if (d.rootKeyVersion === tenant.rootKey.rootKeyVersion) return accept();
  if (d.rootKeyVersion < tenant.rootKey.rootKeyVersion) {
    return reject('InvalidField', 'the root key version is older than the current one');
  }
  return accept(
    rootKeyRotated({
      rootKeyId: tenant.rootKey.rootKeyId,
      rootKeyVersion: d.rootKeyVersion,
      previousRootKeyVersion: tenant.rootKey.rootKeyVersion,
      at: d.now,
    }),
  );
}

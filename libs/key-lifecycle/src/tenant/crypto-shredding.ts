import type { ManagedObject } from '../managed-object/managed-object.state';
import type { TenantState } from './tenant.state';

/**
 * Whether an object's key material is crypto-shredded: its root key was revoked, so it can never be unwrapped again
 * (DESIGN §4). Its own State is unchanged; the read model shows this beside it.
 */
export function isCryptoShredded(object: ManagedObject, tenant: TenantState): boolean {
  return (
    tenant.status === 'Known' &&
    tenant.tenant === object.tenant &&
    tenant.rootKey.revoked &&
    tenant.rootKey.rootKeyId === object.wrapping.rootKeyId
  );
}

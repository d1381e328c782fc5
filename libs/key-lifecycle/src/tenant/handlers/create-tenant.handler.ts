import { accept, reject, type Decision } from '../../shared/decision';
import { isCanonicalDateTime } from '../../shared/iso-date-time';
import type { CreateTenant } from '../tenant.commands';
import { tenantCreated, type TenantEvent } from '../tenant.events';
import type { TenantState } from '../tenant.state';

export function decideCreateTenant(command: CreateTenant, state: TenantState): Decision<TenantEvent> {
  const d = command.data;
  if (!isCanonicalDateTime(d.now)) return reject('InvalidField', 'the server time is not an ISO-8601 UTC date-time');
  if (d.tenant.length === 0) return reject('InvalidField', 'the tenant is empty');
  if (state.status === 'Known') return reject('ObjectAlreadyExists', `the tenant ${JSON.stringify(d.tenant)} exists`);
  const { rootKeyId, rootKeyVersion } = d.rootKey;
  if (rootKeyId.length === 0 || !Number.isSafeInteger(rootKeyVersion) || rootKeyVersion < 0) {
    return reject('InvalidField', 'the root key reference is not valid');
  }
  return accept(
    tenantCreated({
      tenant: d.tenant,
      ...(d.displayName === undefined ? {} : { displayName: d.displayName }),
      rootKey: { rootKeyId, rootKeyVersion },
      at: d.now,
    }),
  );
}

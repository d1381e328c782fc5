import { refusal, type DecisionError } from '../../shared/decision';
import { isCanonicalDateTime } from '../../shared/iso-date-time';
import type { TenantCommandBase } from '../tenant.commands';
import type { Tenant, TenantState } from '../tenant.state';

export function requireTenant(state: TenantState, command: TenantCommandBase): Tenant | DecisionError {
  if (!isCanonicalDateTime(command.now))
    return refusal('InvalidField', 'the server time is not an ISO-8601 UTC date-time');
  if (state.status !== 'Known' || state.tenant !== command.tenant) {
    return refusal('ItemNotFound', `no tenant ${JSON.stringify(command.tenant)} exists`);
  }
  return state;
}

import { reject, type Decision } from '../shared/decision';
import type { Decider } from '../shared/decider';
import { decideAllowClient } from './handlers/allow-client.handler';
import { decideCreateTenant } from './handlers/create-tenant.handler';
import { decideRemoveClient } from './handlers/remove-client.handler';
import { decideRevokeRootKey } from './handlers/revoke-root-key.handler';
import { decideRotateRootKey } from './handlers/rotate-root-key.handler';
import type { TenantCommand } from './tenant.commands';
import type { TenantEvent } from './tenant.events';
import { evolveTenant } from './tenant.evolve';
import { initialTenantState, type TenantState } from './tenant.state';

export function decideTenant(command: TenantCommand, state: TenantState): Decision<TenantEvent> {
  switch (command.type) {
    case 'CreateTenant':
      return decideCreateTenant(command, state);
    case 'AllowClient':
      return decideAllowClient(command, state);
    case 'RemoveClient':
      return decideRemoveClient(command, state);
    case 'RotateRootKey':
      return decideRotateRootKey(command, state);
    case 'RevokeRootKey':
      return decideRevokeRootKey(command, state);
    default: {
      const unexpected: never = command;
      return reject('InvalidField', `unknown command ${JSON.stringify((unexpected as { type?: unknown }).type)}`);
    }
  }
}

export const tenantDecider: Decider<TenantState, TenantCommand, TenantEvent> = {
  decide: decideTenant,
  evolve: evolveTenant,
  initialState: initialTenantState,
};

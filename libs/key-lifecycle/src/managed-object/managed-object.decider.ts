import { reject, type Decision } from '../shared/decision';
import type { Decider } from '../shared/decider';
import { decideActivate } from './handlers/activate.handler';
import { decideAddAttribute } from './handlers/add-attribute.handler';
import { decideAdjustAttribute } from './handlers/adjust-attribute.handler';
import { decideApplyDueDates } from './handlers/apply-due-dates.handler';
import { decideCreate } from './handlers/create.handler';
import { decideDeleteAttribute } from './handlers/delete-attribute.handler';
import { decideDestroy } from './handlers/destroy.handler';
import { decideModifyAttribute } from './handlers/modify-attribute.handler';
import { decideRegister } from './handlers/register.handler';
import { decideRevoke } from './handlers/revoke.handler';
import { decideRewrap } from './handlers/rewrap.handler';
import { decideSetAttribute } from './handlers/set-attribute.handler';
import type { ManagedObjectCommand } from './managed-object.commands';
import type { ManagedObjectEvent } from './managed-object.events';
import { evolveManagedObject } from './managed-object.evolve';
import { initialManagedObjectState, type ManagedObjectState } from './managed-object.state';

/** What a command on a managed object leads to: events to append, or the KMIP refusal to answer at once. */
export function decideManagedObject(
  command: ManagedObjectCommand,
  state: ManagedObjectState,
): Decision<ManagedObjectEvent> {
  switch (command.type) {
    case 'Create':
      return decideCreate(command, state);
    case 'Register':
      return decideRegister(command, state);
    case 'Activate':
      return decideActivate(command, state);
    case 'Revoke':
      return decideRevoke(command, state);
    case 'Destroy':
      return decideDestroy(command, state);
    case 'AddAttribute':
      return decideAddAttribute(command, state);
    case 'ModifyAttribute':
      return decideModifyAttribute(command, state);
    case 'DeleteAttribute':
      return decideDeleteAttribute(command, state);
    case 'SetAttribute':
      return decideSetAttribute(command, state);
    case 'AdjustAttribute':
      return decideAdjustAttribute(command, state);
    case 'Rewrap':
      return decideRewrap(command, state);
    case 'ApplyDueDates':
      return decideApplyDueDates(command, state);
    default: {
      const unexpected: never = command;
      return reject('InvalidField', `unknown command ${JSON.stringify((unexpected as { type?: unknown }).type)}`);
    }
  }
}

export const managedObjectDecider: Decider<ManagedObjectState, ManagedObjectCommand, ManagedObjectEvent> = {
  decide: decideManagedObject,
  evolve: evolveManagedObject,
  initialState: initialManagedObjectState,
};

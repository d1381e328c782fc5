import { refusal, type DecisionError } from '../../shared/decision';
import { isCanonicalDateTime } from '../../shared/iso-date-time';
import type { ObjectCommandBase } from '../managed-object.commands';
import type { ManagedObject, ManagedObjectState } from '../managed-object.state';

export function isDecisionError(x: object): x is DecisionError {
  return 'reason' in x && 'legacyReason' in x;
}

/**
 * The object a command is about. An unknown object, or one of another tenant, is Item Not Found: objects of another
 * tenant do not exist for a client (DESIGN §5; KMIP 1.4 §11, "No object with the specified Unique Identifier exists").
 */
export function requireObject(state: ManagedObjectState, command: ObjectCommandBase): ManagedObject | DecisionError {
  if (!isCanonicalDateTime(command.now))
    return refusal('InvalidField', 'the server time is not an ISO-8601 UTC date-time');
  if (state.status !== 'Known' || state.objectId !== command.objectId || state.tenant !== command.tenant) {
    return refusal('ItemNotFound', `no object with Unique Identifier ${JSON.stringify(command.objectId)} exists`);
  }
  return state;
}

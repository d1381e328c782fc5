import {
  decideManagedObject,
  evolveManagedObject,
  type ManagedObjectCommand,
  type ManagedObjectEvent,
  type ManagedObjectState,
} from '@kmip/key-lifecycle';
import { OperationError } from '../errors/operation-error';
import type { WriteResult } from './object-write';

/** Decides commands in order, each on the state the previous one's events leave; a refusal throws. */
export function decideCommands(commands: readonly ManagedObjectCommand[], state: ManagedObjectState): WriteResult {
  let current = state;
  const events: ManagedObjectEvent[] = [];
  for (const command of commands) {
    const decision = decideManagedObject(command, current);
    if (!decision.ok) throw OperationError.fromDecision(decision.error);
    for (const event of decision.events) {
      events.push(event);
      current = evolveManagedObject(current, event);
    }
  }
  return { state: current, events };
}

import type { ManagedObject } from '@kmip/key-lifecycle';
import { resolveUniqueIdentifier, type UniqueIdentifierValue } from '@kmip/kmip';
import { OperationError } from '../errors/operation-error';
import type { OperationContext } from './operation-handler';

/** The identifier an item refers to: its own, or the batch's ID Placeholder. */
export function targetOf(value: UniqueIdentifierValue | undefined, context: OperationContext): string {
  return resolveUniqueIdentifier(value, context.idPlaceholder);
}

/**
 * The object a read is about. An unknown object and one of another tenant are the same to a client: Item Not Found
 * (DESIGN §5), never Permission Denied.
 */
export async function readObject(objectId: string, context: OperationContext): Promise<ManagedObject> {
  const state = await context.objects.read(objectId);
  if (state.status !== 'Known') {
    throw new OperationError('ItemNotFound', `no object with Unique Identifier ${JSON.stringify(objectId)} exists`);
  }
  return state;
}

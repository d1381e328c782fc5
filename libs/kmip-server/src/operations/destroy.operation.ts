import { Operation } from '@kmip/kmip';
import { targetOf } from './object-lookup';
import type { OperationHandler } from './operation-handler';

/**
 * Destroy (KMIP 1.4 §4.21, 2.1 §6.1.10): refused while Active. The metadata stays; the key-wrapping service erases
 * the wrapped material when it consumes `KeyDestroyed` (DESIGN §4).
 */
export const destroyOperation: OperationHandler<typeof Operation.Destroy> = async (request, context) => {
  const objectId = targetOf(request.uniqueIdentifier, context);
  await context.objects.write({
    objectId,
    commands: () => [{ type: 'Destroy', data: { objectId, tenant: context.tenant, now: context.now } }],
  });
  return { response: { uniqueIdentifier: objectId }, objectId };
};

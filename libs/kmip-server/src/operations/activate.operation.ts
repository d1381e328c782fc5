import { Operation } from '@kmip/kmip';
import { targetOf } from './object-lookup';
import type { OperationHandler } from './operation-handler';

/** Activate (KMIP 1.4 §4.19, 2.1 §6.1.1): Pre-Active → Active, the Activation Date set to now. */
export const activateOperation: OperationHandler<typeof Operation.Activate> = async (request, context) => {
  const objectId = targetOf(request.uniqueIdentifier, context);
  await context.objects.write({
    objectId,
    commands: () => [{ type: 'Activate', data: { objectId, tenant: context.tenant, now: context.now } }],
  });
  return { response: { uniqueIdentifier: objectId }, objectId };
};

import { Operation } from '@kmip/kmip';
import { toNewAttribute } from '../attributes/attribute-conversion';
import { requireUniqueNames } from './name-uniqueness';
import { targetOf } from './object-lookup';
import type { OperationHandler } from './operation-handler';

/** Set Attribute (KMIP 2.0+, 2.1 §6.1.50): add a single-valued attribute, or replace its only instance. */
export const setAttributeOperation: OperationHandler<typeof Operation.SetAttribute> = async (request, context) => {
  const objectId = targetOf(request.uniqueIdentifier, context);
  const attribute = toNewAttribute(request.attribute);
  await requireUniqueNames([attribute], context, objectId);
  await context.objects.write({
    objectId,
    commands: () => [
      { type: 'SetAttribute', data: { objectId, tenant: context.tenant, now: context.now, ...attribute } },
    ],
  });
  return { response: { uniqueIdentifier: objectId }, objectId };
};

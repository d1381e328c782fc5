import { findAttributeIndex, type AttributeAdded } from '@kmip/key-lifecycle';
import { Operation, usesAttributesStructure } from '@kmip/kmip';
import { toKmipAttribute, toNewAttribute } from '../attributes/attribute-conversion';
import { requireUniqueNames } from './name-uniqueness';
import { targetOf } from './object-lookup';
import type { OperationHandler } from './operation-handler';

/**
 * Add Attribute (KMIP 1.4 §4.14, 2.1 §6.1.3): a new instance of a custom ("x-") or standard attribute, e.g. the
 * x-Vendor, x-Product, x-Product_Version vCenter adds after each Create. A 1.x response echoes the attribute with the
 * index the server assigned; adding a value the object already holds changes nothing and echoes its index.
 */
export const addAttributeOperation: OperationHandler<typeof Operation.AddAttribute> = async (request, context) => {
  const objectId = targetOf(request.uniqueIdentifier, context);
  const attribute = toNewAttribute(request.attribute);
  await requireUniqueNames([attribute], context, objectId);
  const result = await context.objects.write({
    objectId,
    commands: () => [
      { type: 'AddAttribute', data: { objectId, tenant: context.tenant, now: context.now, ...attribute } },
    ],
  });
  const added = result.events.find((e): e is AttributeAdded => e.type === 'AttributeAdded');
  const index =
    added?.data.index ??
    (result.state.status === 'Known' ? findAttributeIndex(result.state, attribute.name, attribute.value) : 0);
  return {
    response: {
      uniqueIdentifier: objectId,
      attribute: usesAttributesStructure(context.version)
        ? undefined
        : toKmipAttribute({ ...attribute, index: index ?? 0 }, context.version),
    },
    objectId,
  };
};

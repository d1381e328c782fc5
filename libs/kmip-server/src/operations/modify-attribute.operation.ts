import { findAttributeIndex, type AttributeModified, type ManagedObjectState } from '@kmip/key-lifecycle';
import { Operation, usesAttributesStructure, type Attribute } from '@kmip/kmip';
import { toKmipAttribute, toNewAttribute } from '../attributes/attribute-conversion';
import { OperationError } from '../errors/operation-error';
import { requireUniqueNames } from './name-uniqueness';
import { targetOf } from './object-lookup';
import type { OperationHandler } from './operation-handler';

/**
 * Modify Attribute (KMIP 1.4 §4.15, 2.1 §6.1.30): a new value for one instance, picked by Attribute Index in 1.x
 * (0 when absent) and by its current value (Current Attribute) in 2.x. A 1.x response echoes the new value.
 */
export const modifyAttributeOperation: OperationHandler<typeof Operation.ModifyAttribute> = async (
  request,
  context,
) => {
  const objectId = targetOf(request.uniqueIdentifier, context);
  const attribute = toNewAttribute(request.attribute);
  if (request.currentAttribute !== undefined && request.currentAttribute.name !== attribute.name) {
    throw new OperationError('InvalidField', 'Current Attribute and New Attribute name different attributes');
  }
  await requireUniqueNames([attribute], context, objectId);
  const result = await context.objects.write({
    objectId,
    commands: (state) => [
      {
        type: 'ModifyAttribute',
        data: {
          objectId,
          tenant: context.tenant,
          now: context.now,
          ...attribute,
          ...instanceIndex(state, request.currentAttribute, request.attribute.index),
        },
      },
    ],
  });
  const modified = result.events.find((e): e is AttributeModified => e.type === 'AttributeModified');
  return {
    response: {
      uniqueIdentifier: objectId,
      attribute: usesAttributesStructure(context.version)
        ? undefined
        : toKmipAttribute(
            { ...attribute, index: modified?.data.index ?? request.attribute.index ?? 0 },
            context.version,
          ),
    },
    objectId,
  };
};

/** The instance to change: the one holding the Current Attribute's value (2.x), or the 1.x index. */
function instanceIndex(
  state: ManagedObjectState,
  current: Attribute | undefined,
  index: number | undefined,
): { index?: number } {
  if (current === undefined || state.status !== 'Known') return index === undefined ? {} : { index };
  const found = findAttributeIndex(state, current.name, toNewAttribute(current).value);
  if (found === undefined) {
    throw new OperationError(
      'AttributeInstanceNotFound',
      `the object has no instance of ${JSON.stringify(current.name)} with the Current Attribute's value`,
      'ItemNotFound',
    );
  }
  return { index: found };
}

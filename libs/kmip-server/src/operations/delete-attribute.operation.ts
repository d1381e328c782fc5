import {
  findAttributeIndex,
  instancesOf,
  type AttributeDeleted,
  type DeleteAttribute,
  type ManagedObjectState,
} from '@kmip/key-lifecycle';
import { Operation, usesAttributesStructure, type DeleteAttributeRequest } from '@kmip/kmip';
import { toKmipAttribute, toNewAttribute } from '../attributes/attribute-conversion';
import { OperationError } from '../errors/operation-error';
import type { OperationContext, OperationHandler } from './operation-handler';
import { targetOf } from './object-lookup';

/**
 * Delete Attribute (KMIP 1.4 §4.16, 2.1 §6.1.9): one instance by Attribute Index (1.x, 0 when absent) or by value
 * (2.x Current Attribute); a 2.x Attribute Reference alone deletes every instance. A 1.x response echoes the deleted
 * attribute.
 */
export const deleteAttributeOperation: OperationHandler<typeof Operation.DeleteAttribute> = async (
  request,
  context,
) => {
  const objectId = targetOf(request.uniqueIdentifier, context);
  const result = await context.objects.write({
    objectId,
    commands: (state) => deletions(state, request, objectId, context),
  });
  const deleted = result.events.find((e): e is AttributeDeleted => e.type === 'AttributeDeleted');
  return {
    response: {
      uniqueIdentifier: objectId,
      attribute:
        usesAttributesStructure(context.version) || deleted === undefined
          ? undefined
          : toKmipAttribute(
              { name: deleted.data.name, index: deleted.data.index, value: deleted.data.previousValue },
              context.version,
            ),
    },
    objectId,
  };
};

function deletions(
  state: ManagedObjectState,
  request: DeleteAttributeRequest,
  objectId: string,
  context: OperationContext,
): DeleteAttribute[] {
  const base = { objectId, tenant: context.tenant, now: context.now, name: request.attributeName };
  const usesV2 = usesAttributesStructure(context.version);
  if (!usesV2 || state.status !== 'Known') {
    return [
      {
        type: 'DeleteAttribute',
        data: { ...base, ...(request.attributeIndex === undefined ? {} : { index: request.attributeIndex }) },
      },
    ];
  }
  if (request.currentAttribute !== undefined) {
    const index = findAttributeIndex(state, request.attributeName, toNewAttribute(request.currentAttribute).value);
    if (index === undefined) {
      throw new OperationError(
        'AttributeInstanceNotFound',
        `the object has no instance of ${JSON.stringify(request.attributeName)} with the Current Attribute's value`,
      );
    }
    return [{ type: 'DeleteAttribute', data: { ...base, index } }];
  }
  const instances = instancesOf(state, request.attributeName);
  // None: one deletion lets key-lifecycle answer why (not found, not deletable, not supported).
  if (instances.length === 0) return [{ type: 'DeleteAttribute', data: base }];
  return instances.map((instance) => ({ type: 'DeleteAttribute', data: { ...base, index: instance.index } }));
}

import { attributeView } from '@kmip/key-lifecycle';
import { Operation } from '@kmip/kmip';
import { toKmipAttribute } from '../attributes/attribute-conversion';
import { readObject, targetOf } from './object-lookup';
import type { OperationHandler } from './operation-handler';

/**
 * Get Attributes (KMIP 1.4 §4.12, 2.1 §6.1.24): the named attributes the object has, in the order asked, or all of
 * them when no name is given. A name the object lacks is simply not listed, so asking for one absent custom attribute
 * answers Success with only the Unique Identifier (what vCenter expects after a Create, DESIGN §6).
 */
export const getAttributesOperation: OperationHandler<typeof Operation.GetAttributes> = async (request, context) => {
  const objectId = targetOf(request.uniqueIdentifier, context);
  const view = attributeView(await readObject(objectId, context));
  const names = request.attributeNames === undefined ? undefined : [...new Set(request.attributeNames)];
  const selected = names === undefined ? view : names.flatMap((name) => view.filter((a) => a.name === name));
  return {
    response: {
      uniqueIdentifier: objectId,
      attributes: selected.map((attribute) => toKmipAttribute(attribute, context.version)),
    },
    objectId,
  };
};

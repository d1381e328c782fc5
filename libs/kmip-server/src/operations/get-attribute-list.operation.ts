import { attributeView } from '@kmip/key-lifecycle';
import { Operation } from '@kmip/kmip';
import { readObject, targetOf } from './object-lookup';
import type { OperationHandler } from './operation-handler';

/** Get Attribute List (KMIP 1.4 §4.13, 2.1 §6.1.25): the names of the attributes the object has, each once. */
export const getAttributeListOperation: OperationHandler<typeof Operation.GetAttributeList> = async (
  request,
  context,
) => {
  const objectId = targetOf(request.uniqueIdentifier, context);
  const view = attributeView(await readObject(objectId, context));
  return {
    response: { uniqueIdentifier: objectId, attributeNames: [...new Set(view.map((a) => a.name))] },
    objectId,
  };
};

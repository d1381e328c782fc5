import { initialManagedObjectState, type Create, type RootKeyRef } from '@kmip/key-lifecycle';
import { ObjectType, Operation } from '@kmip/kmip';
import { algorithmOf } from '../attributes/kmip-enumerations';
import { OperationError } from '../errors/operation-error';
import { decideCommands } from '../write/decide-commands';
import { splitCreationAttributes } from './creation-attributes';
import { requireUniqueNames } from './name-uniqueness';
import type { OperationHandler } from './operation-handler';
import { rootKeyForCreation, wrappedByOf } from './root-key-reference';

const AES_LENGTHS = [128, 192, 256] as const;

/**
 * Create (KMIP 1.4 §4.1, 2.1 §6.1.6): an AES key of 128, 192 or 256 bits, attributes as a 1.x Template-Attribute or
 * 2.x Attributes. The object starts Pre-Active unless its Activation Date has been reached (key-lifecycle decides).
 * The request is decided once before any key exists, so a refused Create leaves nothing behind; then the key-wrapping
 * service generates and wraps the key under a new UUID, and only then is `KeyCreated` appended. A Create that is not
 * acknowledged leaves at most an orphan wrapped blob, never a usable key.
 */
export const createOperation: OperationHandler<typeof Operation.Create> = async (request, context) => {
  if (request.objectType !== ObjectType.SymmetricKey) {
    throw new OperationError('InvalidObjectType', 'Create makes symmetric keys only', 'InvalidField');
  }
  if (request.templateNames !== undefined) {
    throw new OperationError('ItemNotFound', 'this server keeps no Template objects');
  }
  const attributes = splitCreationAttributes(request.attributes, request.objectType);
  if (attributes.algorithm === undefined || algorithmOf(attributes.algorithm) !== 'AES') {
    throw new OperationError('InvalidField', 'Create makes AES keys: the Cryptographic Algorithm must be AES');
  }
  const length = attributes.length;
  if (length !== 128 && length !== 192 && length !== 256) {
    throw new OperationError('InvalidField', `the Cryptographic Length must be one of ${AES_LENGTHS.join(', ')}`);
  }
  await requireUniqueNames(attributes.others, context);
  const current = await rootKeyForCreation(context);

  const objectId = context.services.ids.newId();
  const command = (wrappedBy: RootKeyRef): Create => ({
    type: 'Create',
    data: {
      objectId,
      tenant: context.tenant,
      now: context.now,
      objectType: 'SymmetricKey',
      cryptographicAlgorithm: 'AES',
      cryptographicLength: length,
      // undefined lets key-lifecycle refuse the missing mask with its own message
      cryptographicUsageMask: attributes.usageMask as number,
      attributes: attributes.others,
      wrappedBy,
    },
  });
  decideCommands([command(current)], initialManagedObjectState());

  const kek = await context.services.keyWrapping.generate({ tenant: context.tenant, objectId, lengthBits: length });
  const wrappedBy = wrappedByOf(kek, current);
  await context.objects.write({ objectId, isNew: true, commands: () => [command(wrappedBy)] });
  return {
    response: { objectType: request.objectType, uniqueIdentifier: objectId },
    objectId,
    idPlaceholder: objectId,
  };
};

import {
  initialManagedObjectState,
  type CryptographicAlgorithm,
  type ManagedObjectCommand,
  type RootKeyRef,
} from '@kmip/key-lifecycle';
import { managedObjectType, Operation } from '@kmip/kmip';
import { algorithmOf } from '../attributes/kmip-enumerations';
import { OperationError } from '../errors/operation-error';
import { decideCommands } from '../write/decide-commands';
import { splitCreationAttributes } from './creation-attributes';
import { registeredKeyBytes } from './key-formats';
import { requireUniqueNames } from './name-uniqueness';
import type { OperationHandler } from './operation-handler';
import { rootKeyForCreation, wrappedByOf } from './root-key-reference';
import { SECRET_DATA_TYPE_ATTRIBUTE, secretDataTypeText } from './secret-data-type';

/**
 * Register (KMIP 1.4 §4.3, 2.1 §6.1.44) of a Symmetric Key or Secret Data in the clear: the key-wrapping service wraps
 * the material under the tenant's root key before `ObjectRegistered` is appended (decided once beforehand, so a
 * refused request wraps nothing). Cryptographic Algorithm and Length may come from the attributes or the Key Block;
 * the length must match the material.
 */
export const registerOperation: OperationHandler<typeof Operation.Register> = async (request, context) => {
  const object = request.object;
  if (object.kind !== 'SymmetricKey' && object.kind !== 'SecretData') {
    throw new OperationError('InvalidObjectType', 'Register keeps symmetric keys and secret data only', 'InvalidField');
  }
  if (request.templateNames !== undefined)
    throw new OperationError('ItemNotFound', 'this server keeps no Template objects');
  const block = object.keyBlock;
  if (block.keyWrappingData !== undefined || block.keyValue?.kind !== 'plain') {
    throw new OperationError('InvalidField', 'only key values in the clear are registered');
  }
  if (block.keyCompressionType !== undefined) {
    throw new OperationError('KeyCompressionTypeNotSupported', 'compressed key values are not accepted');
  }
  // The material stays in the request's own buffers (a batch under Undo may be run again); they go with the request.
  const material = registeredKeyBytes(object.kind, block.keyFormatType, block.keyValue.keyMaterial);
  const attributes = splitCreationAttributes(request.attributes, managedObjectType(object));
  const algorithmValue = attributes.algorithm ?? block.cryptographicAlgorithm;
  if (
    attributes.algorithm !== undefined &&
    block.cryptographicAlgorithm !== undefined &&
    attributes.algorithm !== block.cryptographicAlgorithm
  ) {
    throw new OperationError('InvalidField', 'the Cryptographic Algorithm attribute contradicts the Key Block');
  }
  let algorithm: CryptographicAlgorithm | undefined;
  if (algorithmValue !== undefined) {
    algorithm = algorithmOf(algorithmValue);
    if (algorithm === undefined)
      throw new OperationError('InvalidField', 'the Cryptographic Algorithm is not symmetric');
  }
  const bits = material.length * 8;
  const length = attributes.length ?? block.cryptographicLength ?? bits;
  if (length !== bits || (block.cryptographicLength !== undefined && block.cryptographicLength !== bits)) {
    throw new OperationError('InvalidField', 'the Cryptographic Length does not match the key material');
  }
  await requireUniqueNames(attributes.others, context);
  const current = await rootKeyForCreation(context);

  const objectId = context.services.ids.newId();
  const commands = (wrappedBy: RootKeyRef): ManagedObjectCommand[] => [
    {
      type: 'Register',
      data: {
        objectId,
        tenant: context.tenant,
        now: context.now,
        objectType: object.kind,
        ...(algorithm === undefined ? {} : { cryptographicAlgorithm: algorithm }),
        cryptographicLength: length,
        ...(attributes.usageMask === undefined ? {} : { cryptographicUsageMask: attributes.usageMask }),
        attributes: attributes.others,
        wrappedBy,
      },
    },
    ...(object.kind === 'SecretData'
      ? [
          {
            type: 'AddAttribute' as const,
            data: {
              objectId,
              tenant: context.tenant,
              now: context.now,
              name: SECRET_DATA_TYPE_ATTRIBUTE,
              value: { kind: 'text' as const, value: secretDataTypeText(object.secretDataType) },
              origin: 'server' as const,
            },
          },
        ]
      : []),
  ];
  decideCommands(commands(current), initialManagedObjectState());

  const kek = await context.services.keyWrapping.register({ tenant: context.tenant, objectId, material });
  await context.objects.write({ objectId, isNew: true, commands: () => commands(wrappedByOf(kek, current)) });
  return { response: { uniqueIdentifier: objectId }, objectId, idPlaceholder: objectId };
};

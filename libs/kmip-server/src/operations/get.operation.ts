import { instancesOf, isCryptoShredded, isDestroyed, type ManagedObject } from '@kmip/key-lifecycle';
import { KeyWrapType, Operation, type KeyBlock, type ManagedObject as KmipObject } from '@kmip/kmip';
import { algorithmValue } from '../attributes/kmip-enumerations';
import { OperationError } from '../errors/operation-error';
import { zeroize } from '../shared/zeroize';
import { keyFormatFor, keyMaterialIn, type KeyObjectKind } from './key-formats';
import { readObject, targetOf } from './object-lookup';
import type { OperationHandler } from './operation-handler';
import { SECRET_DATA_TYPE_ATTRIBUTE, secretDataTypeValue } from './secret-data-type';

/**
 * Get (KMIP 1.4 §4.11, 2.1 §6.1.23): the key in the clear, Raw unless another format is asked for (vCenter asks for
 * nothing and expects 32 raw bytes, DESIGN §6). Refused for a Destroyed object (its material is erased), and for a
 * key whose root key the read model shows revoked (crypto-shredded, DESIGN §4: refused here at once, whenever the
 * key-wrapping service gets to the revocation in the log). Wrapping on
 * Get and compression are not offered. The processor records the read on `kmip.access`, acknowledged, before the
 * response leaves (fail closed); `dispose` zeroes the plaintext once the response is encoded.
 */
export const getOperation: OperationHandler<typeof Operation.Get> = async (request, context) => {
  const objectId = targetOf(request.uniqueIdentifier, context);
  const object = await readObject(objectId, context);
  if (isDestroyed(object.state) || object.keyMaterialDestroyed) {
    throw new OperationError(
      'ObjectDestroyed',
      'the object has been destroyed; its key material is gone',
      'PermissionDenied',
    );
  }
  if (isCryptoShredded(object, await context.services.inventory.getTenant(context.tenant))) {
    throw new OperationError('PermissionDenied', "the key is crypto-shredded: its tenant's root key has been revoked");
  }
  if (object.objectType === 'OpaqueObject') {
    throw new OperationError('InvalidObjectType', 'this server does not serve Opaque Objects', 'InvalidField');
  }
  if (request.keyWrappingSpecification !== undefined) {
    throw new OperationError('FeatureNotSupported', 'this server does not wrap keys on Get');
  }
  // Keys are registered in the clear only, so "as registered" means "not wrapped".
  const wrap = request.keyWrapType;
  if (wrap !== undefined && wrap !== KeyWrapType.NotWrapped && wrap !== KeyWrapType.AsRegistered) {
    throw new OperationError('KeyWrapTypeNotSupported', 'the Key Wrap Type is not supported', 'InvalidField');
  }
  if (request.keyCompressionType !== undefined) {
    throw new OperationError('KeyCompressionTypeNotSupported', 'key values are not compressed');
  }
  const format = keyFormatFor(object.objectType, request.keyFormatType);

  const material = await context.services.keyWrapping.unwrap({ tenant: context.tenant, objectId });
  return {
    response: { uniqueIdentifier: objectId, object: managedObject(object, object.objectType, format, material) },
    objectId,
    dispose: () => zeroize(material),
  };
};

function managedObject(object: ManagedObject, kind: KeyObjectKind, format: number, material: Uint8Array): KmipObject {
  const keyBlock: KeyBlock = {
    keyFormatType: format,
    keyValue: { kind: 'plain', keyMaterial: keyMaterialIn(format, material) },
    ...(object.cryptographicAlgorithm === undefined
      ? {}
      : { cryptographicAlgorithm: algorithmValue(object.cryptographicAlgorithm) }),
    ...(object.cryptographicLength === undefined ? {} : { cryptographicLength: object.cryptographicLength }),
  };
  if (kind === 'SymmetricKey') return { kind: 'SymmetricKey', keyBlock };
  const stored = instancesOf(object, SECRET_DATA_TYPE_ATTRIBUTE)[0]?.value;
  return {
    kind: 'SecretData',
    secretDataType: secretDataTypeValue(stored?.kind === 'text' ? stored.value : undefined),
    keyBlock,
  };
}

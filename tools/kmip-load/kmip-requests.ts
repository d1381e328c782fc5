import {
  CryptographicAlgorithm,
  encodeRequestBytes,
  KMIP_1_1,
  makeAttribute,
  ObjectType,
  Operation,
  requestBatchItem,
  type RequestBatchItem,
} from '@kmip/kmip';
import type { PreparedRequest } from './prepared-request';

/** Cryptographic Usage Mask 12 = Encrypt (4) | Decrypt (8), what vCenter asks for (DESIGN §6, KMIP 1.1 §9.1.3.3.1). */
const VCENTER_USAGE_MASK = 12;

/** vCenter writes Protocol Version 1.1 in every header (DESIGN §6); both servers are measured with the same bytes. */
function prepare(name: string, item: RequestBatchItem): PreparedRequest {
  const bytes = encodeRequestBytes({ header: { protocolVersion: KMIP_1_1 }, batchItems: [item] });
  return { name, operation: item.operation, bytes };
}

/** Discover Versions with an empty payload: "which versions do you speak" (KMIP 1.1 §4.26). */
export function discoverVersionsRequest(): PreparedRequest {
  return prepare('discover', requestBatchItem(Operation.DiscoverVersions, { protocolVersions: [] }, KMIP_1_1));
}

/** Create of an AES-256 Symmetric Key, usage mask 12, in a 1.1 Template-Attribute, as vCenter sends it. */
export function createAes256Request(): PreparedRequest {
  const attributes = [
    makeAttribute('Cryptographic Algorithm', { type: 'Enumeration', value: CryptographicAlgorithm.AES }),
    makeAttribute('Cryptographic Length', { type: 'Integer', value: 256 }),
    makeAttribute('Cryptographic Usage Mask', { type: 'Integer', value: VCENTER_USAGE_MASK }),
  ];
  return prepare(
    'create',
    requestBatchItem(Operation.Create, { objectType: ObjectType.SymmetricKey, attributes }, KMIP_1_1),
  );
}

/** Get with only the Unique Identifier, as vCenter and vSAN hosts fetch a KEK. */
export function getRequest(uniqueIdentifier: string): PreparedRequest {
  return prepare('get', requestBatchItem(Operation.Get, { uniqueIdentifier }, KMIP_1_1));
}

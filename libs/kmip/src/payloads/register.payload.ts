import { ttlv, type TtlvStructure } from '../ttlv';
import { Operation, Tag } from '../registry';
import type { Attribute } from '../attributes/attribute';
import { readAttributeList, requireAttributeList, writeAttributeList } from '../attributes/attribute-list';
import type { KmipName } from '../attributes/kmip-name';
import { itemIf } from '../messages/optional-fields';
import { usesAttributesStructure } from '../messages/protocol-version';
import {
  encodeManagedObject,
  managedObjectType,
  readManagedObject,
  type ManagedObject,
} from '../objects/managed-object';
import type { PayloadCodec } from './payload-codec';
import { readPayload } from './payload-reader';

/**
 * Register (KMIP 1.4 §4.3, KMIP 2.1 §6.1.44): a client-supplied object. The Object Type field is the object's own
 * type: written from `object`, and checked against it when read.
 */
export interface RegisterRequest {
  readonly object: ManagedObject;
  readonly attributes: readonly Attribute[];
  readonly templateNames?: readonly KmipName[];
  /** KMIP 2.0+. */
  readonly protectionStorageMasks?: TtlvStructure;
}

export interface RegisterResponse {
  readonly uniqueIdentifier: string;
  /** KMIP 1.x only. */
  readonly attributes?: readonly Attribute[];
}

export const registerCodec: PayloadCodec<RegisterRequest, RegisterResponse> = {
  operation: Operation.Register,
  decodeRequest: (payload, version) =>
    readPayload(payload, 'Register', (reader) => {
      const objectType = reader.enumeration(Tag.ObjectType);
      const list = requireAttributeList(reader, version);
      return {
        object: readManagedObject(reader, objectType, version),
        attributes: list.attributes,
        templateNames: list.templateNames,
        protectionStorageMasks: usesAttributesStructure(version)
          ? reader.optional(Tag.ProtectionStorageMasks, 'Structure')
          : undefined,
      };
    }),
  encodeRequest: (request, version) =>
    ttlv.structure(Tag.RequestPayload, [
      ttlv.enumeration(Tag.ObjectType, managedObjectType(request.object)),
      writeAttributeList(request, version),
      encodeManagedObject(request.object, version),
      ...(usesAttributesStructure(version) ? itemIf(request.protectionStorageMasks) : []),
    ]),
  decodeResponse: (payload, version) =>
    readPayload(payload, 'Register', (reader) => ({
      uniqueIdentifier: reader.text(Tag.UniqueIdentifier),
      attributes: usesAttributesStructure(version) ? undefined : readAttributeList(reader, version)?.attributes,
    })),
  encodeResponse: (response, version) =>
    ttlv.structure(Tag.ResponsePayload, [
      ttlv.text(Tag.UniqueIdentifier, response.uniqueIdentifier),
      ...(response.attributes === undefined || usesAttributesStructure(version)
        ? []
        : [writeAttributeList({ attributes: response.attributes }, version)]),
    ]),
};

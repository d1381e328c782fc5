import { ttlv, type TtlvStructure } from '../ttlv';
import { Operation, Tag } from '../registry';
import type { Attribute } from '../attributes/attribute';
import { readAttributeList, requireAttributeList, writeAttributeList } from '../attributes/attribute-list';
import type { KmipName } from '../attributes/kmip-name';
import { itemIf } from '../messages/optional-fields';
import { usesAttributesStructure } from '../messages/protocol-version';
import type { PayloadCodec } from './payload-codec';
import { readPayload } from './payload-reader';

/** Create (KMIP 1.4 §4.1, KMIP 2.1 §6.1.6): a new key of `objectType` with these attributes. */
export interface CreateRequest {
  readonly objectType: number;
  readonly attributes: readonly Attribute[];
  /** KMIP 1.x Template-Attribute Name references to Template objects (deprecated in 1.3). */
  readonly templateNames?: readonly KmipName[];
  /** KMIP 2.0+. */
  readonly protectionStorageMasks?: TtlvStructure;
}

export interface CreateResponse {
  readonly objectType: number;
  readonly uniqueIdentifier: string;
  /** KMIP 1.x only: attributes the server set implicitly (not written in 2.x). */
  readonly attributes?: readonly Attribute[];
}

export const createCodec: PayloadCodec<CreateRequest, CreateResponse> = {
  operation: Operation.Create,
  decodeRequest: (payload, version) =>
    readPayload(payload, 'Create', (reader) => {
      const objectType = reader.enumeration(Tag.ObjectType);
      const list = requireAttributeList(reader, version);
      return {
        objectType,
        attributes: list.attributes,
        templateNames: list.templateNames,
        protectionStorageMasks: usesAttributesStructure(version)
          ? reader.optional(Tag.ProtectionStorageMasks, 'Structure')
          : undefined,
      };
    }),
  encodeRequest: (request, version) =>
    ttlv.structure(Tag.RequestPayload, [
      ttlv.enumeration(Tag.ObjectType, request.objectType),
      writeAttributeList(request, version),
      ...(usesAttributesStructure(version) ? itemIf(request.protectionStorageMasks) : []),
    ]),
  decodeResponse: (payload, version) =>
    readPayload(payload, 'Create', (reader) => ({
      objectType: reader.enumeration(Tag.ObjectType),
      uniqueIdentifier: reader.text(Tag.UniqueIdentifier),
      attributes: usesAttributesStructure(version) ? undefined : readAttributeList(reader, version)?.attributes,
    })),
  encodeResponse: (response, version) =>
    ttlv.structure(Tag.ResponsePayload, [
      ttlv.enumeration(Tag.ObjectType, response.objectType),
      ttlv.text(Tag.UniqueIdentifier, response.uniqueIdentifier),
      ...(response.attributes === undefined || usesAttributesStructure(version)
        ? []
        : [writeAttributeList({ attributes: response.attributes }, version)]),
    ]),
};

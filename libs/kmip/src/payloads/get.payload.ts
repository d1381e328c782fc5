import { ttlv, type TtlvStructure } from '../ttlv';
import { Operation, Tag } from '../registry';
import { enumerationIf, itemIf } from '../messages/optional-fields';
import {
  encodeManagedObject,
  managedObjectType,
  readManagedObject,
  type ManagedObject,
} from '../objects/managed-object';
import type { PayloadCodec } from './payload-codec';
import { readPayload } from './payload-reader';
import {
  readRequestUniqueIdentifier,
  writeRequestUniqueIdentifier,
  type UniqueIdentifierValue,
} from './unique-identifier';

/** Get (KMIP 1.4 §4.11, KMIP 2.1 §6.1.23). vCenter sends only the Unique Identifier. */
export interface GetRequest {
  /** Absent: the ID Placeholder. */
  readonly uniqueIdentifier?: UniqueIdentifierValue;
  readonly keyFormatType?: number;
  /** KMIP 1.4+. */
  readonly keyWrapType?: number;
  readonly keyCompressionType?: number;
  /** Kept as a tree; a server that does not wrap on Get must refuse it rather than ignore it. */
  readonly keyWrappingSpecification?: TtlvStructure;
}

/** The object; Object Type is written from it (and checked against it when read). */
export interface GetResponse {
  readonly uniqueIdentifier: string;
  readonly object: ManagedObject;
}

export const getCodec: PayloadCodec<GetRequest, GetResponse> = {
  operation: Operation.Get,
  decodeRequest: (payload, version) =>
    readPayload(payload, 'Get', (reader) => ({
      uniqueIdentifier: readRequestUniqueIdentifier(reader, version),
      keyFormatType: reader.optionalEnumeration(Tag.KeyFormatType),
      keyWrapType: reader.optionalEnumeration(Tag.KeyWrapType),
      keyCompressionType: reader.optionalEnumeration(Tag.KeyCompressionType),
      keyWrappingSpecification: reader.optional(Tag.KeyWrappingSpecification, 'Structure'),
    })),
  encodeRequest: (request) =>
    ttlv.structure(Tag.RequestPayload, [
      ...writeRequestUniqueIdentifier(request.uniqueIdentifier),
      ...enumerationIf(Tag.KeyFormatType, request.keyFormatType),
      ...enumerationIf(Tag.KeyWrapType, request.keyWrapType),
      ...enumerationIf(Tag.KeyCompressionType, request.keyCompressionType),
      ...itemIf(request.keyWrappingSpecification),
    ]),
  decodeResponse: (payload, version) =>
    readPayload(payload, 'Get', (reader) => {
      const objectType = reader.enumeration(Tag.ObjectType);
      return {
        uniqueIdentifier: reader.text(Tag.UniqueIdentifier),
        object: readManagedObject(reader, objectType, version),
      };
    }),
  encodeResponse: (response, version) =>
    ttlv.structure(Tag.ResponsePayload, [
      ttlv.enumeration(Tag.ObjectType, managedObjectType(response.object)),
      ttlv.text(Tag.UniqueIdentifier, response.uniqueIdentifier),
      encodeManagedObject(response.object, version),
    ]),
};

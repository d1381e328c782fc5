import { ttlv, type TtlvStructure } from '../ttlv';
import { Operation, Tag } from '../registry';
import type { Attribute } from '../attributes/attribute';
import { readAttributeList, writeAttributeList } from '../attributes/attribute-list';
import type { KmipName } from '../attributes/kmip-name';
import { intervalIf, itemIf } from '../messages/optional-fields';
import { usesAttributesStructure } from '../messages/protocol-version';
import type { PayloadCodec } from './payload-codec';
import { readPayload } from './payload-reader';
import {
  readRequestUniqueIdentifier,
  writeRequestUniqueIdentifier,
  type UniqueIdentifierValue,
} from './unique-identifier';

/** Re-key (KMIP 1.4 §4.4, KMIP 2.1 §6.1.45): a replacement for a symmetric key. */
export interface ReKeyRequest {
  readonly uniqueIdentifier?: UniqueIdentifierValue;
  /** Seconds between the old key's Initialization Date and the new key's. */
  readonly offset?: number;
  /** Absent: no Template-Attribute / Attributes field. */
  readonly attributes?: readonly Attribute[];
  readonly templateNames?: readonly KmipName[];
  /** KMIP 2.0+. */
  readonly protectionStorageMasks?: TtlvStructure;
}

export interface ReKeyResponse {
  readonly uniqueIdentifier: string;
  /** KMIP 1.x only. */
  readonly attributes?: readonly Attribute[];
}

export const reKeyCodec: PayloadCodec<ReKeyRequest, ReKeyResponse> = {
  operation: Operation.ReKey,
  decodeRequest: (payload, version) =>
    readPayload(payload, 'Re-key', (reader) => {
      const uniqueIdentifier = readRequestUniqueIdentifier(reader, version);
      const offset = reader.optionalInterval(Tag.Offset);
      const list = readAttributeList(reader, version);
      return {
        uniqueIdentifier,
        offset,
        attributes: list?.attributes,
        templateNames: list?.templateNames,
        protectionStorageMasks: usesAttributesStructure(version)
          ? reader.optional(Tag.ProtectionStorageMasks, 'Structure')
          : undefined,
      };
    }),
  encodeRequest: (request, version) =>
    ttlv.structure(Tag.RequestPayload, [
      ...writeRequestUniqueIdentifier(request.uniqueIdentifier),
      ...intervalIf(Tag.Offset, request.offset),
      ...(request.attributes === undefined && request.templateNames === undefined
        ? []
        : [
            writeAttributeList({ attributes: request.attributes ?? [], templateNames: request.templateNames }, version),
          ]),
      ...(usesAttributesStructure(version) ? itemIf(request.protectionStorageMasks) : []),
    ]),
  decodeResponse: (payload, version) =>
    readPayload(payload, 'Re-key', (reader) => ({
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

import { ttlv } from '../ttlv';
import { Operation, Tag } from '../registry';
import type { Attribute } from '../attributes/attribute';
import { decodeAttributeV1, encodeAttributeV1 } from '../attributes/attribute-v1.codec';
import { decodeAttributesV2, encodeAttributesV2 } from '../attributes/attribute-v2.codec';
import { enumerationIf, integerIf } from '../messages/optional-fields';
import { usesAttributesStructure } from '../messages/protocol-version';
import type { PayloadCodec } from './payload-codec';
import { readPayload } from './payload-reader';

/**
 * Locate (KMIP 1.4 §4.9, KMIP 2.1 §6.1.27): the objects matching every attribute given. 1.x lists Attribute fields
 * in the payload, 2.x one Attributes structure.
 */
export interface LocateRequest {
  readonly maximumItems?: number;
  /** KMIP 1.3+. */
  readonly offsetItems?: number;
  /** Storage Status Mask bits: On-line, Archival, Destroyed. */
  readonly storageStatusMask?: number;
  /** KMIP 1.1+: Object Group Member value. */
  readonly objectGroupMember?: number;
  readonly attributes: readonly Attribute[];
}

export interface LocateResponse {
  /** KMIP 1.3+: how many objects matched in all. */
  readonly locatedItems?: number;
  readonly uniqueIdentifiers: readonly string[];
}

export const locateCodec: PayloadCodec<LocateRequest, LocateResponse> = {
  operation: Operation.Locate,
  decodeRequest: (payload, version) =>
    readPayload(payload, 'Locate', (reader) => ({
      maximumItems: reader.optionalInteger(Tag.MaximumItems),
      offsetItems: reader.optionalInteger(Tag.OffsetItems),
      storageStatusMask: reader.optionalInteger(Tag.StorageStatusMask),
      objectGroupMember: reader.optionalEnumeration(Tag.ObjectGroupMember),
      attributes: usesAttributesStructure(version)
        ? decodeAttributesV2(reader.requiredItem(Tag.Attributes), version)
        : reader.manyItems(Tag.Attribute).map((item) => decodeAttributeV1(item, version)),
    })),
  encodeRequest: (request, version) =>
    ttlv.structure(Tag.RequestPayload, [
      ...integerIf(Tag.MaximumItems, request.maximumItems),
      ...integerIf(Tag.OffsetItems, request.offsetItems),
      ...integerIf(Tag.StorageStatusMask, request.storageStatusMask),
      ...enumerationIf(Tag.ObjectGroupMember, request.objectGroupMember),
      ...(usesAttributesStructure(version)
        ? [encodeAttributesV2(request.attributes)]
        : request.attributes.map((attribute) => encodeAttributeV1(attribute))),
    ]),
  decodeResponse: (payload) =>
    readPayload(payload, 'Locate', (reader) => ({
      locatedItems: reader.optionalInteger(Tag.LocatedItems),
      uniqueIdentifiers: reader.many(Tag.UniqueIdentifier, 'TextString').map((item) => item.value),
    })),
  encodeResponse: (response) =>
    ttlv.structure(Tag.ResponsePayload, [
      ...integerIf(Tag.LocatedItems, response.locatedItems),
      ...response.uniqueIdentifiers.map((id) => ttlv.text(Tag.UniqueIdentifier, id)),
    ]),
};

import { ttlv, type TtlvStructure } from '../ttlv';
import { Operation, Tag } from '../registry';
import { itemIf, textIf } from '../messages/optional-fields';
import type { PayloadCodec } from './payload-codec';
import { nonEmpty, readPayload } from './payload-reader';

/** Query (KMIP 1.4 §4.25): one or more Query Function values. */
export interface QueryRequest {
  readonly queryFunctions: readonly number[];
}

/**
 * What the server tells about itself; each field only when the matching Query Function was asked. Structured answers
 * (Server Information, Extension Information, …) are TTLV trees built by the server.
 */
export interface QueryResponse {
  readonly operations?: readonly number[];
  readonly objectTypes?: readonly number[];
  /** Query Server Information; vCenter shows it when the key provider is registered. */
  readonly vendorIdentification?: string;
  readonly serverInformation?: TtlvStructure;
  readonly applicationNamespaces?: readonly string[];
  readonly extensionInformation?: readonly TtlvStructure[];
  readonly attestationTypes?: readonly number[];
  readonly rngParameters?: readonly TtlvStructure[];
  readonly profileInformation?: readonly TtlvStructure[];
  readonly validationInformation?: readonly TtlvStructure[];
  readonly capabilityInformation?: readonly TtlvStructure[];
  readonly clientRegistrationMethods?: readonly number[];
  /** KMIP 2.0+. */
  readonly defaultsInformation?: TtlvStructure;
  /** KMIP 2.0+. */
  readonly protectionStorageMasks?: TtlvStructure;
}

const enums = (values: readonly number[] | undefined, tag: number) =>
  (values ?? []).map((value) => ttlv.enumeration(tag, value));

export const queryCodec: PayloadCodec<QueryRequest, QueryResponse> = {
  operation: Operation.Query,
  decodeRequest: (payload) =>
    readPayload(payload, 'Query', (reader) => {
      const queryFunctions = reader.many(Tag.QueryFunction, 'Enumeration').map((item) => item.value);
      if (queryFunctions.length === 0) throw reader.error(`${reader.what}: required field Query Function is missing`);
      return { queryFunctions };
    }),
  encodeRequest: (request) => ttlv.structure(Tag.RequestPayload, enums(request.queryFunctions, Tag.QueryFunction)),
  decodeResponse: (payload) =>
    readPayload(payload, 'Query', (reader) => {
      const values = (tag: number) => nonEmpty(reader.many(tag, 'Enumeration').map((item) => item.value));
      const structures = (tag: number) => nonEmpty(reader.many(tag, 'Structure'));
      return {
        operations: values(Tag.Operation),
        objectTypes: values(Tag.ObjectType),
        vendorIdentification: reader.optionalText(Tag.VendorIdentification),
        serverInformation: reader.optional(Tag.ServerInformation, 'Structure'),
        applicationNamespaces: nonEmpty(reader.many(Tag.ApplicationNamespace, 'TextString').map((item) => item.value)),
        extensionInformation: structures(Tag.ExtensionInformation),
        attestationTypes: values(Tag.AttestationType),
        rngParameters: structures(Tag.RNGParameters),
        profileInformation: structures(Tag.ProfileInformation),
        validationInformation: structures(Tag.ValidationInformation),
        capabilityInformation: structures(Tag.CapabilityInformation),
        clientRegistrationMethods: values(Tag.ClientRegistrationMethod),
        defaultsInformation: reader.optional(Tag.DefaultsInformation, 'Structure'),
        protectionStorageMasks: reader.optional(Tag.ProtectionStorageMasks, 'Structure'),
      };
    }),
  encodeResponse: (response) =>
    ttlv.structure(Tag.ResponsePayload, [
      ...enums(response.operations, Tag.Operation),
      ...enums(response.objectTypes, Tag.ObjectType),
      ...textIf(Tag.VendorIdentification, response.vendorIdentification),
      ...itemIf(response.serverInformation),
      ...(response.applicationNamespaces ?? []).map((namespace) => ttlv.text(Tag.ApplicationNamespace, namespace)),
      ...(response.extensionInformation ?? []),
      ...enums(response.attestationTypes, Tag.AttestationType),
      ...(response.rngParameters ?? []),
      ...(response.profileInformation ?? []),
      ...(response.validationInformation ?? []),
      ...(response.capabilityInformation ?? []),
      ...enums(response.clientRegistrationMethods, Tag.ClientRegistrationMethod),
      ...itemIf(response.defaultsInformation),
      ...itemIf(response.protectionStorageMasks),
    ]),
};

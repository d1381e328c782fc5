import { encodeTtlv, ttlv } from '../ttlv';
import {
  CryptographicAlgorithm,
  enumName,
  KeyFormatType,
  ObjectType,
  Operation,
  QueryFunction,
  RevocationReasonCode,
  Tag,
  UniqueIdentifier,
} from '../registry';
import { makeAttribute, nameAttributeValue } from '../attributes';
import { KmipError } from '../messages/kmip-error';
import {
  formatProtocolVersion,
  KMIP_1_1,
  KMIP_1_4,
  KMIP_2_1,
  usesAttributesStructure,
  type ProtocolVersion,
} from '../messages/protocol-version';
import {
  isSupportedOperation,
  payloadCodec,
  payloadCodecs,
  type RequestPayloadOf,
  type ResponsePayloadOf,
  type SupportedOperation,
} from './payload-codecs';
import { resolveUniqueIdentifier } from './unique-identifier';

const aes = makeAttribute('Cryptographic Algorithm', { type: 'Enumeration', value: CryptographicAlgorithm.AES });
const vendor = makeAttribute('x-Vendor', { type: 'TextString', value: 'VMware, Inc.' });
const named = makeAttribute('Name', nameAttributeValue('kek-7'));
const symmetricKey = {
  kind: 'SymmetricKey' as const,
  keyBlock: {
    keyFormatType: KeyFormatType.Raw,
    keyValue: { kind: 'plain' as const, keyMaterial: { kind: 'bytes' as const, bytes: Buffer.alloc(32, 7) } },
    cryptographicAlgorithm: CryptographicAlgorithm.AES,
    cryptographicLength: 256,
  },
};

interface Sample<Op extends SupportedOperation> {
  readonly request: RequestPayloadOf<Op>;
  readonly response: ResponsePayloadOf<Op>;
  /** Parts only one shape can carry, as the other shape reads them back. */
  readonly responseIn2x?: ResponsePayloadOf<Op>;
}

/** One request and one response per operation, using every field the model has. */
const samples: { readonly [Op in SupportedOperation]: Sample<Op> } = {
  [Operation.DiscoverVersions]: {
    request: { protocolVersions: [KMIP_2_1, KMIP_1_4] },
    response: { protocolVersions: [KMIP_1_4] },
  },
  [Operation.Query]: {
    request: { queryFunctions: [QueryFunction.QueryOperations, QueryFunction.QueryServerInformation] },
    response: {
      operations: [Operation.Create, Operation.Get],
      objectTypes: [ObjectType.SymmetricKey],
      vendorIdentification: 'Open KMIP for VMware',
      serverInformation: ttlv.structure(Tag.ServerInformation, [ttlv.text(Tag.ServerName, 'gw-1')]),
      applicationNamespaces: ['vsan'],
      clientRegistrationMethods: [1],
    },
  },
  [Operation.Create]: {
    request: { objectType: ObjectType.SymmetricKey, attributes: [aes, named, vendor] },
    response: { objectType: ObjectType.SymmetricKey, uniqueIdentifier: 'k-1', attributes: [aes] },
    responseIn2x: { objectType: ObjectType.SymmetricKey, uniqueIdentifier: 'k-1' },
  },
  [Operation.Register]: {
    request: { object: symmetricKey, attributes: [vendor] },
    response: { uniqueIdentifier: 'k-2', attributes: [named] },
    responseIn2x: { uniqueIdentifier: 'k-2' },
  },
  [Operation.ReKey]: {
    request: { uniqueIdentifier: 'k-1', offset: 86400, attributes: [named] },
    response: { uniqueIdentifier: 'k-3' },
  },
  [Operation.Locate]: {
    request: { maximumItems: 10, offsetItems: 2, storageStatusMask: 1, objectGroupMember: 1, attributes: [named] },
    response: { locatedItems: 2, uniqueIdentifiers: ['k-1', 'k-3'] },
  },
  [Operation.Check]: {
    request: { uniqueIdentifier: 'k-1', usageLimitsCount: 500n, cryptographicUsageMask: 12, leaseTime: 60 },
    response: { uniqueIdentifier: 'k-1', leaseTime: 30 },
  },
  [Operation.Get]: {
    request: { uniqueIdentifier: 'k-1', keyFormatType: KeyFormatType.Raw },
    response: { uniqueIdentifier: 'k-1', object: symmetricKey },
  },
  [Operation.GetAttributes]: {
    request: { uniqueIdentifier: 'k-1', attributeNames: ['Name', 'x-Vendor'] },
    response: { uniqueIdentifier: 'k-1', attributes: [named, vendor] },
  },
  [Operation.GetAttributeList]: {
    request: { uniqueIdentifier: 'k-1' },
    response: { uniqueIdentifier: 'k-1', attributeNames: ['Cryptographic Algorithm', 'x-Vendor'] },
  },
  [Operation.AddAttribute]: {
    request: { uniqueIdentifier: 'k-1', attribute: vendor },
    response: { uniqueIdentifier: 'k-1', attribute: vendor },
    responseIn2x: { uniqueIdentifier: 'k-1' },
  },
  [Operation.ModifyAttribute]: {
    request: { uniqueIdentifier: 'k-1', attribute: vendor },
    response: { uniqueIdentifier: 'k-1', attribute: vendor },
    responseIn2x: { uniqueIdentifier: 'k-1' },
  },
  [Operation.DeleteAttribute]: {
    request: { uniqueIdentifier: 'k-1', attributeName: 'x-Vendor' },
    response: { uniqueIdentifier: 'k-1', attribute: vendor },
    responseIn2x: { uniqueIdentifier: 'k-1' },
  },
  [Operation.Activate]: { request: {}, response: { uniqueIdentifier: 'k-1' } },
  [Operation.Revoke]: {
    request: {
      uniqueIdentifier: 'k-1',
      revocationReason: { code: RevocationReasonCode.KeyCompromise, message: 'lost' },
      compromiseOccurrenceDate: 1700000000n,
    },
    response: { uniqueIdentifier: 'k-1' },
  },
  [Operation.Destroy]: { request: { uniqueIdentifier: 'k-1' }, response: { uniqueIdentifier: 'k-1' } },
  [Operation.SetAttribute]: { request: { attribute: vendor }, response: { uniqueIdentifier: 'k-1' } },
  [Operation.AdjustAttribute]: {
    request: {
      attributeName: 'Cryptographic Length',
      adjustmentType: 1,
      adjustmentValue: { type: 'Integer', value: 8 },
    },
    response: { uniqueIdentifier: 'k-1' },
  },
};

const operations = Object.keys(samples).map(Number) as SupportedOperation[];

describe('payload codecs', () => {
  it('cover the operations of the gateway', () => {
    expect(operations.sort((a, b) => a - b)).toEqual(
      Object.keys(payloadCodecs)
        .map(Number)
        .sort((a, b) => a - b),
    );
    expect(operations).toHaveLength(18);
    expect(isSupportedOperation(Operation.Encrypt)).toBe(false);
  });

  const cases = operations.flatMap((op) =>
    [KMIP_1_4, KMIP_2_1].map((v) => [enumName(Tag.Operation, op), formatProtocolVersion(v), op, v] as const),
  );
  it.each(cases)(
    '%s round-trips its request and response in KMIP %s',
    (_name, _text, operation, version: ProtocolVersion) => {
      const codec = payloadCodec(operation);
      const sample = samples[operation] as Sample<SupportedOperation>;
      const request = codec.encodeRequest(sample.request, version);
      expect(codec.decodeRequest(request, version)).toEqual(sample.request);
      const response = codec.encodeResponse(sample.response, version);
      const expected = usesAttributesStructure(version) ? (sample.responseIn2x ?? sample.response) : sample.response;
      expect(codec.decodeResponse(response, version)).toEqual(expected);
      expect(encodeTtlv(codec.encodeResponse(codec.decodeResponse(response, version) as never, version))).toEqual(
        encodeTtlv(response),
      );
    },
  );
});

describe('the ID Placeholder', () => {
  const activate = payloadCodec(Operation.Activate);

  it('an absent Unique Identifier means "use the ID Placeholder", which the server fills in', () => {
    const request = activate.decodeRequest(ttlv.structure(Tag.RequestPayload, []), KMIP_1_1);
    expect(request.uniqueIdentifier).toBeUndefined();
    expect(resolveUniqueIdentifier(request.uniqueIdentifier, 'k-created-earlier')).toBe('k-created-earlier');
    expect(() => resolveUniqueIdentifier(request.uniqueIdentifier, undefined)).toThrow(KmipError);
    expect(resolveUniqueIdentifier('k-9', 'k-created-earlier')).toBe('k-9');
  });

  it('KMIP 2.x may name it with the ID Placeholder enumeration', () => {
    const payload = ttlv.structure(Tag.RequestPayload, [
      ttlv.enumeration(Tag.UniqueIdentifier, UniqueIdentifier.IDPlaceholder),
    ]);
    const request = activate.decodeRequest(payload, KMIP_2_1);
    expect(request.uniqueIdentifier).toEqual({ enumeration: UniqueIdentifier.IDPlaceholder });
    expect(resolveUniqueIdentifier(request.uniqueIdentifier, 'k-1')).toBe('k-1');
    expect(encodeTtlv(activate.encodeRequest(request, KMIP_2_1))).toEqual(encodeTtlv(payload));
    expect(() => resolveUniqueIdentifier({ enumeration: UniqueIdentifier.Create }, 'k-1')).toThrow(
      'references other than the ID Placeholder',
    );
  });
});

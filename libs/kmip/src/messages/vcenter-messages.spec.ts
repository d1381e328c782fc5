import { encodeTtlv, ttlv, type TtlvItem } from '../ttlv';
import { vcenterCreateRequest, vcenterGetResponse, syntheticKey } from '../ttlv/vectors/vcenter-messages';
import {
  CredentialType,
  CryptographicAlgorithm,
  KeyFormatType,
  ObjectType,
  Operation,
  QueryFunction,
  ResultStatus,
  State,
  Tag,
} from '../registry';
import { makeAttribute } from '../attributes';
import {
  decodeRequestPayloads,
  decodeResponsePayload,
  encodeResponsePayload,
  remodelRequestPayloads,
  requestBatchItem,
  remodelResponsePayloads,
  type DecodedRequest,
} from '../payloads';
import { successItem } from './batch-results';
import { decodeRequestBytes, decodeResponseBytes, encodeRequestBytes, encodeResponseBytes } from './message-bytes';
import { KMIP_1_1 } from './protocol-version';
import type { RequestMessage } from './request-message';

/*
 * The messages vCenter 7/8 sends (DESIGN §6), built item by item with the TTLV constructors, decoded into the typed
 * model, and written back: the bytes must not change.
 */

const protocolVersion11 = ttlv.structure(Tag.ProtocolVersion, [
  ttlv.integer(Tag.ProtocolVersionMajor, 1),
  ttlv.integer(Tag.ProtocolVersionMinor, 1),
]);
const TIME_STAMP = 1700000000n;
const KEY_ID = '8c6a3b1e-9f0d-4e52-a7c4-5d2b1e0f3a69';

function requestBytes(items: TtlvItem[], headerFields: TtlvItem[] = []): Buffer {
  return encodeTtlv(
    ttlv.structure(Tag.RequestMessage, [
      ttlv.structure(Tag.RequestHeader, [
        protocolVersion11,
        ...headerFields,
        ttlv.integer(Tag.BatchCount, items.length),
      ]),
      ...items,
    ]),
  );
}

function responseBytes(items: TtlvItem[]): Buffer {
  return encodeTtlv(
    ttlv.structure(Tag.ResponseMessage, [
      ttlv.structure(Tag.ResponseHeader, [
        protocolVersion11,
        ttlv.dateTime(Tag.TimeStamp, TIME_STAMP),
        ttlv.integer(Tag.BatchCount, items.length),
      ]),
      ...items,
    ]),
  );
}

function requestItem(operation: number, payload: TtlvItem[], id?: Buffer): TtlvItem {
  return ttlv.structure(Tag.BatchItem, [
    ttlv.enumeration(Tag.Operation, operation),
    ...(id === undefined ? [] : [ttlv.bytes(Tag.UniqueBatchItemID, id)]),
    ttlv.structure(Tag.RequestPayload, payload),
  ]);
}

function responseItem(operation: number, payload: TtlvItem[], id?: Buffer): TtlvItem {
  return ttlv.structure(Tag.BatchItem, [
    ttlv.enumeration(Tag.Operation, operation),
    ...(id === undefined ? [] : [ttlv.bytes(Tag.UniqueBatchItemID, id)]),
    ttlv.enumeration(Tag.ResultStatus, ResultStatus.Success),
    ttlv.structure(Tag.ResponsePayload, payload),
  ]);
}

function attribute(name: string, value: TtlvItem): TtlvItem {
  return ttlv.structure(Tag.Attribute, [ttlv.text(Tag.AttributeName, name), value]);
}

/** Decodes a request, checks it round-trips through the typed payload model, and returns its payloads. */
function decodeRequest(bytes: Buffer): { message: RequestMessage; requests: DecodedRequest[] } {
  const message = decodeRequestBytes(bytes);
  expect(encodeRequestBytes(remodelRequestPayloads(message))).toEqual(bytes);
  const requests = decodeRequestPayloads(message).map((result) => {
    if (!result.ok) throw result.error;
    return result.request;
  });
  return { message, requests };
}

/** What the gateway does to answer: one success item per request item, in the request's version. */
function answer(message: RequestMessage, payloads: Parameters<typeof encodeResponsePayload>[1][]): Buffer {
  const version = message.header.protocolVersion;
  return encodeResponseBytes({
    header: { protocolVersion: version, timeStamp: TIME_STAMP },
    batchItems: message.batchItems.map((item, i) =>
      successItem(item, encodeResponsePayload(item.operation as never, payloads[i] as never, version)),
    ),
  });
}

describe('vCenter on the wire', () => {
  it('Discover Versions with an empty payload, answered with 1.1 in the request version', () => {
    const { message, requests } = decodeRequest(requestBytes([requestItem(Operation.DiscoverVersions, [])]));
    expect(message.header.protocolVersion).toEqual(KMIP_1_1);
    expect(requests).toEqual([{ operation: Operation.DiscoverVersions, payload: { protocolVersions: [] } }]);

    const expected = responseBytes([responseItem(Operation.DiscoverVersions, [protocolVersion11])]);
    expect(answer(message, [{ protocolVersions: [KMIP_1_1] }])).toEqual(expected);
  });

  it('Query Server Information, answered with the Vendor Identification', () => {
    const { message, requests } = decodeRequest(
      requestBytes([
        requestItem(Operation.Query, [ttlv.enumeration(Tag.QueryFunction, QueryFunction.QueryServerInformation)]),
      ]),
    );
    expect(requests[0]).toEqual({
      operation: Operation.Query,
      payload: { queryFunctions: [QueryFunction.QueryServerInformation] },
    });

    const expected = responseBytes([
      responseItem(Operation.Query, [ttlv.text(Tag.VendorIdentification, 'Open KMIP for VMware')]),
    ]);
    expect(answer(message, [{ vendorIdentification: 'Open KMIP for VMware' }])).toEqual(expected);
    const response = decodeResponseBytes(expected);
    expect(decodeResponsePayload(Operation.Query, response.batchItems[0], KMIP_1_1).vendorIdentification).toBe(
      'Open KMIP for VMware',
    );
  });

  it('Create of an AES-256 key with usage mask 12 in a 1.1 Template-Attribute', () => {
    const { requests } = decodeRequest(encodeTtlv(vcenterCreateRequest()));
    expect(requests[0]).toEqual({
      operation: Operation.Create,
      payload: {
        objectType: ObjectType.SymmetricKey,
        attributes: [
          makeAttribute('Cryptographic Algorithm', { type: 'Enumeration', value: CryptographicAlgorithm.AES }),
          makeAttribute('Cryptographic Length', { type: 'Integer', value: 256 }),
          makeAttribute('Cryptographic Usage Mask', { type: 'Integer', value: 12 }),
        ],
      },
    });
    const request = requests[0];
    if (request.operation !== Operation.Create) throw new Error('not a Create');
    expect(request.payload.attributes.map((a) => a.tag)).toEqual([
      Tag.CryptographicAlgorithm,
      Tag.CryptographicLength,
      Tag.CryptographicUsageMask,
    ]);
  });

  it('a batch of three Add Attribute items whose 8-byte Unique Batch Item IDs are echoed', () => {
    const ids = [1, 2, 3].map((n) => Buffer.from([0x5a, 0x1c, 0x00, 0x7f, 0xe3, 0x00, 0x00, n]));
    const custom = [
      ['x-Vendor', 'VMware, Inc.'],
      ['x-Product', 'VMware vSphere'],
      ['x-Product_Version', '8.0.1'],
    ] as const;
    const items = custom.map(([name, value], i) =>
      requestItem(
        Operation.AddAttribute,
        [ttlv.text(Tag.UniqueIdentifier, KEY_ID), attribute(name, ttlv.text(Tag.AttributeValue, value))],
        ids[i],
      ),
    );
    const { message, requests } = decodeRequest(requestBytes(items));
    expect(message.batchItems.map((item) => item.uniqueBatchItemId)).toEqual(ids);
    expect(requests.map((r) => r.payload)).toEqual(
      custom.map(([name, value]) => ({
        uniqueIdentifier: KEY_ID,
        attribute: { name, value: { type: 'TextString', value } },
      })),
    );

    const expected = responseBytes(
      custom.map(([name, value], i) =>
        responseItem(
          Operation.AddAttribute,
          [ttlv.text(Tag.UniqueIdentifier, KEY_ID), attribute(name, ttlv.text(Tag.AttributeValue, value))],
          ids[i],
        ),
      ),
    );
    const answered = answer(
      message,
      requests.map((r) => {
        if (r.operation !== Operation.AddAttribute) throw new Error('not an Add Attribute');
        return { uniqueIdentifier: KEY_ID, attribute: r.payload.attribute };
      }),
    );
    expect(answered).toEqual(expected);
    expect(decodeResponseBytes(answered).batchItems.map((item) => item.uniqueBatchItemId)).toEqual(ids);
  });

  it('Get with only the Unique Identifier, answered with a 32-byte Raw AES key', () => {
    const { message, requests } = decodeRequest(
      requestBytes([
        requestItem(Operation.Get, [ttlv.text(Tag.UniqueIdentifier, '6c2d9c2a-5b0e-4a4f-9a43-0c1d2e3f4a5b')]),
      ]),
    );
    expect(requests[0]).toEqual({
      operation: Operation.Get,
      payload: { uniqueIdentifier: '6c2d9c2a-5b0e-4a4f-9a43-0c1d2e3f4a5b' },
    });

    const expected = encodeTtlv(vcenterGetResponse());
    const response = decodeResponseBytes(expected);
    expect(encodeResponseBytes(remodelResponsePayloads(response))).toEqual(expected);
    const get = decodeResponsePayload(Operation.Get, response.batchItems[0], KMIP_1_1);
    expect(get).toEqual({
      uniqueIdentifier: '6c2d9c2a-5b0e-4a4f-9a43-0c1d2e3f4a5b',
      object: {
        kind: 'SymmetricKey',
        keyBlock: {
          keyFormatType: KeyFormatType.Raw,
          keyValue: { kind: 'plain', keyMaterial: { kind: 'bytes', bytes: syntheticKey() } },
          cryptographicAlgorithm: CryptographicAlgorithm.AES,
          cryptographicLength: 256,
        },
      },
    });
    expect(answer(message, [get])).toEqual(expected);
  });

  it('the client side writes the bytes vCenter writes (a load generator speaks like vCenter)', () => {
    const ids = [Buffer.from('0000000000000001', 'hex'), Buffer.from('0000000000000002', 'hex')];
    const expected = requestBytes([
      requestItem(Operation.Get, [ttlv.text(Tag.UniqueIdentifier, KEY_ID)], ids[0]),
      requestItem(
        Operation.AddAttribute,
        [ttlv.text(Tag.UniqueIdentifier, KEY_ID), attribute('x-Vendor', ttlv.text(Tag.AttributeValue, 'VMware, Inc.'))],
        ids[1],
      ),
    ]);
    const vendor = makeAttribute('x-Vendor', { type: 'TextString', value: 'VMware, Inc.' });
    const written = encodeRequestBytes({
      header: { protocolVersion: KMIP_1_1 },
      batchItems: [
        requestBatchItem(Operation.Get, { uniqueIdentifier: KEY_ID }, KMIP_1_1, ids[0]),
        requestBatchItem(Operation.AddAttribute, { uniqueIdentifier: KEY_ID, attribute: vendor }, KMIP_1_1, ids[1]),
      ],
    });
    expect(written).toEqual(expected);
  });

  it('Get Attributes of one custom attribute the key lacks: Success with only the Unique Identifier', () => {
    const { message, requests } = decodeRequest(
      requestBytes([
        requestItem(Operation.GetAttributes, [
          ttlv.text(Tag.UniqueIdentifier, KEY_ID),
          ttlv.text(Tag.AttributeName, 'x-Name'),
        ]),
      ]),
    );
    expect(requests[0]).toEqual({
      operation: Operation.GetAttributes,
      payload: { uniqueIdentifier: KEY_ID, attributeNames: ['x-Name'] },
    });
    const expected = responseBytes([responseItem(Operation.GetAttributes, [ttlv.text(Tag.UniqueIdentifier, KEY_ID)])]);
    expect(answer(message, [{ uniqueIdentifier: KEY_ID, attributes: [] }])).toEqual(expected);
  });

  it('Get Attributes of State, answered with the State enumeration', () => {
    const { message } = decodeRequest(
      requestBytes([
        requestItem(Operation.GetAttributes, [
          ttlv.text(Tag.UniqueIdentifier, KEY_ID),
          ttlv.text(Tag.AttributeName, 'State'),
        ]),
      ]),
    );
    const expected = responseBytes([
      responseItem(Operation.GetAttributes, [
        ttlv.text(Tag.UniqueIdentifier, KEY_ID),
        attribute('State', ttlv.enumeration(Tag.AttributeValue, State.PreActive)),
      ]),
    ]);
    const state = makeAttribute('State', { type: 'Enumeration', value: State.PreActive });
    expect(answer(message, [{ uniqueIdentifier: KEY_ID, attributes: [state] }])).toEqual(expected);
  });

  it('a 1.1 header carrying a Username and Password Credential', () => {
    const authentication = ttlv.structure(Tag.Authentication, [
      ttlv.structure(Tag.Credential, [
        ttlv.enumeration(Tag.CredentialType, CredentialType.UsernameAndPassword),
        ttlv.structure(Tag.CredentialValue, [
          ttlv.text(Tag.Username, 'vcenter-01'),
          ttlv.text(Tag.Password, 'not-a-real-password'),
        ]),
      ]),
    ]);
    const { message } = decodeRequest(requestBytes([requestItem(Operation.DiscoverVersions, [])], [authentication]));
    expect(message.header.authentication).toEqual([
      { kind: 'UsernameAndPassword', username: 'vcenter-01', password: 'not-a-real-password' },
    ]);
  });
});

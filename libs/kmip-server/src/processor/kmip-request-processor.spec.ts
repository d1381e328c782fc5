import {
  decodeResponseBytes,
  decodeResponsePayload,
  encodeTtlv,
  KeyFormatType,
  KMIP_1_0,
  KMIP_1_1,
  KMIP_1_4,
  KMIP_2_0,
  KMIP_2_1,
  Operation,
  QueryFunction,
  requestBatchItem,
  State,
  Tag,
  ttlv,
  type ProtocolVersion,
} from '@kmip/kmip';
import { hashScryptPassword } from '../authentication/scrypt-password';
import { TENANT } from '../testing/fake-ports.spec-helper';
import { CLIENT, Harness, outcome, requestBytes } from '../testing/kmip-harness.spec-helper';
import { aesCreate, text } from '../testing/requests.spec-helper';

const discover = (version: ProtocolVersion = KMIP_1_1) =>
  requestBatchItem(Operation.DiscoverVersions, { protocolVersions: [] }, version);

describe('the vCenter conversation at KMIP 1.1 (DESIGN §6)', () => {
  it('discovers versions, queries the server, creates, tags and reads a key, then activates it', async () => {
    const h = new Harness({ server: { vendorIdentification: 'Example Vendor' } });

    const versions = await h.ok(Operation.DiscoverVersions, { protocolVersions: [] });
    expect(versions.protocolVersions[0]).toEqual(KMIP_2_1);
    expect(versions.protocolVersions).toContainEqual(KMIP_1_1);

    const query = await h.ok(Operation.Query, { queryFunctions: [QueryFunction.QueryServerInformation] });
    expect(query.vendorIdentification).toBe('Example Vendor');

    const { uniqueIdentifier: id } = await h.ok(Operation.Create, aesCreate());

    const custom = await h.ok(Operation.GetAttributes, { uniqueIdentifier: id, attributeNames: ['x-Vendor'] });
    expect(custom).toEqual({ uniqueIdentifier: id, attributes: [] });

    const ids = [
      Buffer.from('0000000000000001', 'hex'),
      Buffer.from('00000000000000ff', 'hex'),
      Buffer.from('ffeeddccbbaa9988', 'hex'),
    ];
    const tags = await h.send([
      requestBatchItem(
        Operation.AddAttribute,
        { uniqueIdentifier: id, attribute: text('x-Vendor', 'VMware, Inc.') },
        KMIP_1_1,
        ids[0],
      ),
      requestBatchItem(
        Operation.AddAttribute,
        { uniqueIdentifier: id, attribute: text('x-Product', 'VMware vSphere') },
        KMIP_1_1,
        ids[1],
      ),
      requestBatchItem(
        Operation.AddAttribute,
        { uniqueIdentifier: id, attribute: text('x-Product_Version', '8.0.1') },
        KMIP_1_1,
        ids[2],
      ),
    ]);
    expect(tags.batchItems.map(outcome)).toEqual([{ status: 'Success' }, { status: 'Success' }, { status: 'Success' }]);
    expect(tags.batchItems.map((i) => Buffer.from(i.uniqueBatchItemId ?? []).toString('hex'))).toEqual(
      ids.map((b) => b.toString('hex')),
    );
    expect(decodeResponsePayload(Operation.AddAttribute, tags.batchItems[1], KMIP_1_1).attribute).toMatchObject({
      name: 'x-Product',
      value: { type: 'TextString', value: 'VMware vSphere' },
    });

    const key = await h.ok(Operation.Get, { uniqueIdentifier: id });
    expect(key.object).toMatchObject({ kind: 'SymmetricKey', keyBlock: { keyFormatType: KeyFormatType.Raw } });
    const block = key.object.kind === 'SymmetricKey' ? key.object.keyBlock : undefined;
    const material = block?.keyValue?.kind === 'plain' ? block.keyValue.keyMaterial : undefined;
    expect(material?.kind === 'bytes' && Buffer.from(material.bytes)).toEqual(h.keys.material(TENANT, id));
    expect(block).toMatchObject({ cryptographicLength: 256, cryptographicAlgorithm: 3 });

    const state = await h.ok(Operation.GetAttributes, { uniqueIdentifier: id, attributeNames: ['State'] });
    expect(state.attributes.map((a) => a.value)).toEqual([{ type: 'Enumeration', value: State.PreActive }]);
    await h.ok(Operation.Activate, { uniqueIdentifier: id });
    const active = await h.ok(Operation.GetAttributes, { uniqueIdentifier: id, attributeNames: ['State'] });
    expect(active.attributes.map((a) => a.value)).toEqual([{ type: 'Enumeration', value: State.Active }]);
  });
});

describe('protocol versions', () => {
  it.each([KMIP_1_0, KMIP_1_1, { major: 1, minor: 2 }, { major: 1, minor: 3 }, KMIP_1_4, KMIP_2_0, KMIP_2_1])(
    'answers a %o request in its own version, with a Time Stamp',
    async (version) => {
      const h = new Harness();
      const response = await h.send([discover(version)], { version });
      expect(response.header.protocolVersion).toEqual(version);
      expect(response.header.timeStamp).toBe(BigInt(Date.parse('2024-05-01T12:00:00Z') / 1000));
    },
  );

  it('answers an unsupported 2.x or later version with Unsupported Protocol Version, in 2.1', async () => {
    const h = new Harness();
    const v3 = { major: 3, minor: 0 };
    const response = await h.send([requestBatchItem(Operation.Query, { queryFunctions: [1] }, KMIP_2_1)], {
      version: v3,
    });
    expect(response.header.protocolVersion).toEqual(KMIP_2_1);
    expect(response.batchItems.map(outcome)).toEqual([
      { status: 'OperationFailed', reason: 'UnsupportedProtocolVersion' },
    ]);
    expect(response.batchItems[0].operation).toBeUndefined();
    expect(h.access.records).toEqual([
      expect.objectContaining({ operation: 'Query', result: 'UnsupportedProtocolVersion' }),
    ]);
  });

  it('answers an unsupported 1.x version with Invalid Message, in 1.4', async () => {
    const h = new Harness();
    const response = await h.send([requestBatchItem(Operation.Query, { queryFunctions: [1] }, KMIP_1_4)], {
      version: { major: 1, minor: 9 },
    });
    expect(response.header.protocolVersion).toEqual(KMIP_1_4);
    expect(response.batchItems.map(outcome)).toEqual([{ status: 'OperationFailed', reason: 'InvalidMessage' }]);
  });

  it('still answers Discover Versions sent in an unsupported version, so the client can find a common one', async () => {
    const h = new Harness();
    const response = await h.send([discover(KMIP_2_1)], { version: { major: 3, minor: 0 } });
    expect(response.header.protocolVersion).toEqual(KMIP_2_1);
    expect(outcome(response.batchItems[0])).toEqual({ status: 'Success' });
  });

  it('echoes the Client Correlation Value from 1.4 on', async () => {
    const h = new Harness();
    const response = await h.send([discover(KMIP_1_4)], { version: KMIP_1_4, clientCorrelationValue: 'req-7' });
    expect(response.header.clientCorrelationValue).toBe('req-7');
  });
});

describe('malformed messages', () => {
  it('answers bytes that are not TTLV with Invalid Message and records the refusal', async () => {
    const h = new Harness();
    const response = decodeResponseBytes(await h.processor.process(Buffer.from('not a kmip message'), CLIENT));
    expect(response.batchItems.map(outcome)).toEqual([{ status: 'OperationFailed', reason: 'InvalidMessage' }]);
    expect(h.access.records).toEqual([expect.objectContaining({ operation: 'Unknown', result: 'InvalidMessage' })]);
  });

  it('answers a bad header in the version it declares', async () => {
    const h = new Harness();
    const bytes = encodeTtlv(
      ttlv.structure(Tag.RequestMessage, [
        ttlv.structure(Tag.RequestHeader, [
          ttlv.structure(Tag.ProtocolVersion, [
            ttlv.integer(Tag.ProtocolVersionMajor, 1),
            ttlv.integer(Tag.ProtocolVersionMinor, 1),
          ]),
          ttlv.integer(Tag.BatchCount, 2),
        ]),
        ttlv.structure(Tag.BatchItem, [
          ttlv.enumeration(Tag.Operation, Operation.DiscoverVersions),
          ttlv.structure(Tag.RequestPayload, []),
        ]),
      ]),
    );
    const response = decodeResponseBytes(await h.processor.process(bytes, CLIENT));
    expect(response.header.protocolVersion).toEqual(KMIP_1_1);
    expect(response.batchItems.map(outcome)).toEqual([{ status: 'OperationFailed', reason: 'InvalidMessage' }]);
  });

  it('fails only the item whose payload is malformed', async () => {
    const h = new Harness();
    const broken = {
      operation: Operation.Get,
      payload: ttlv.structure(Tag.RequestPayload, [ttlv.integer(Tag.UniqueIdentifier, 5)]),
    };
    const response = await h.send([discover(), broken, discover()], {
      batchErrorContinuationOption: 1 /* Continue */,
    });
    expect(response.batchItems.map(outcome)).toEqual([
      { status: 'Success' },
      { status: 'OperationFailed', reason: 'InvalidMessage' },
      { status: 'Success' },
    ]);
  });

  it('gives the transport an Invalid Message response for a stream it cannot frame', () => {
    const h = new Harness();
    const response = decodeResponseBytes(h.processor.malformedMessageResponse(new Error('too large') as never));
    expect(response.batchItems.map(outcome)).toEqual([{ status: 'OperationFailed', reason: 'InvalidMessage' }]);
  });
});

describe('operations', () => {
  it('answers an operation it does not implement with Operation Not Supported', async () => {
    const h = new Harness();
    const response = await h.send([{ operation: Operation.Encrypt, payload: ttlv.structure(Tag.RequestPayload, []) }]);
    expect(response.batchItems.map(outcome)).toEqual([{ status: 'OperationFailed', reason: 'OperationNotSupported' }]);
    expect(response.batchItems[0].operation).toBe(Operation.Encrypt);
  });

  it('refuses operations the client is not allowed (deny by default) and records the refusal', async () => {
    const h = new Harness();
    const readOnly = { ...CLIENT, allowedOperations: ['DiscoverVersions', 'Get'] };
    const item = await h.one(Operation.Create, aesCreate(), {}, readOnly);
    expect(outcome(item)).toEqual({ status: 'OperationFailed', reason: 'PermissionDenied' });
    expect(h.keys.keys.size).toBe(0);
    expect(h.access.records).toEqual([
      expect.objectContaining({
        tenant: TENANT,
        operation: 'Create',
        result: 'PermissionDenied',
        client: { fingerprint: CLIENT.fingerprint, address: CLIENT.address },
      }),
    ]);
    const none = await h.one(
      Operation.DiscoverVersions,
      { protocolVersions: [] },
      {},
      { ...CLIENT, allowedOperations: [] },
    );
    expect(outcome(none)).toEqual({ status: 'OperationFailed', reason: 'PermissionDenied' });
  });
});

describe('unexpected failures', () => {
  it('answers a handler bug with General Failure and a generic message, telling only the server log', async () => {
    const seen: string[] = [];
    const h = new Harness({
      handlers: { [Operation.DiscoverVersions]: () => Promise.reject(new TypeError('x is undefined at handler.ts:3')) },
      observer: { unexpectedError: (operation, error) => seen.push(`${operation}: ${String(error)}`) },
    });
    const item = await h.one(Operation.DiscoverVersions, { protocolVersions: [] });
    expect(outcome(item)).toEqual({ status: 'OperationFailed', reason: 'GeneralFailure' });
    expect(item.resultMessage).toBe('the server could not complete the operation');
    expect(seen).toEqual(['DiscoverVersions: TypeError: x is undefined at handler.ts:3']);
  });
});

describe('credentials', () => {
  const credential = (password: string) => [{ kind: 'UsernameAndPassword' as const, username: 'vcenter', password }];
  let configured: typeof CLIENT;

  beforeAll(async () => {
    // A cheap hash keeps the test fast; production hashes use ln=15.
    configured = {
      ...CLIENT,
      credential: { username: 'vcenter', passwordHash: await hashScryptPassword('s3cret', { ln: 4 }) },
    };
  });

  it('accepts requests without a Credential from a client configured with one (vCenter sends it on some only)', async () => {
    const h = new Harness();
    expect(outcome(await h.one(Operation.DiscoverVersions, { protocolVersions: [] }, {}, configured))).toEqual({
      status: 'Success',
    });
  });

  it('accepts the right password and refuses a wrong one with Authentication Not Successful on every item', async () => {
    const h = new Harness();
    const right = await h.send([discover()], { authentication: credential('s3cret') }, configured);
    expect(right.batchItems.map(outcome)).toEqual([{ status: 'Success' }]);
    const wrong = await h.send([discover(), discover()], { authentication: credential('guess') }, configured);
    expect(wrong.batchItems.map(outcome)).toEqual([
      { status: 'OperationFailed', reason: 'AuthenticationNotSuccessful' },
      { status: 'OperationFailed', reason: 'AuthenticationNotSuccessful' },
    ]);
    expect(h.access.records.map((r) => r.result)).toEqual([
      'AuthenticationNotSuccessful',
      'AuthenticationNotSuccessful',
    ]);
  });

  it('refuses another username, and ignores credentials of a client configured without one', async () => {
    const h = new Harness();
    const other = [{ kind: 'UsernameAndPassword' as const, username: 'admin', password: 's3cret' }];
    expect((await h.send([discover()], { authentication: other }, configured)).batchItems.map(outcome)).toEqual([
      { status: 'OperationFailed', reason: 'AuthenticationNotSuccessful' },
    ]);
    const device = [{ kind: 'Device' as const, deviceSerialNumber: 'x' }];
    expect((await h.send([discover()], { authentication: device }, CLIENT)).batchItems.map(outcome)).toEqual([
      { status: 'Success' },
    ]);
  });
});

describe('Maximum Response Size', () => {
  it('answers items that do not fit with Response Too Large, keeping the ones that do', async () => {
    const h = new Harness();
    const { uniqueIdentifier } = await h.ok(Operation.Create, aesCreate());
    const items = [discover(), requestBatchItem(Operation.Get, { uniqueIdentifier }, KMIP_1_1)];
    const full = await h.processor.process(requestBytes(items), CLIENT);
    const small = decodeResponseBytes(full);
    const limited = await h.send(items, { maximumResponseSize: full.length - 1 });
    expect(small.batchItems.map(outcome)).toEqual([{ status: 'Success' }, { status: 'Success' }]);
    expect(limited.batchItems.map(outcome)).toEqual([
      { status: 'Success' },
      { status: 'OperationFailed', reason: 'ResponseTooLarge' },
    ]);
  });

  it('answers the whole message with Response Too Large when nothing fits', async () => {
    const h = new Harness();
    const response = await h.send([discover()], { maximumResponseSize: 16 });
    expect(response.batchItems.map(outcome)).toEqual([{ status: 'OperationFailed', reason: 'ResponseTooLarge' }]);
  });
});

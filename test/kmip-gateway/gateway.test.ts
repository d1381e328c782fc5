/**
 * The KMIP gateway end to end, driven by the PyKMIP client library from Debian: vCenter's conversation at KMIP 1.1
 * (DESIGN §6) with hand-built messages, PyKMIP's high-level client through a key's lifecycle, and tenant isolation.
 * The stack is real: Kafka, PostgreSQL, the inventory projector, the key-wrapping logic with the local provider.
 */
import {
  decodeResponseBytes,
  encodeRequestBytes,
  KMIP_1_1,
  Operation,
  requestBatchItem,
  ResultStatus,
} from '@kmip/kmip';
import { NestFactory } from '@nestjs/core';
import { GatewayLifecycle, GatewayModule } from '../../services/kmip-gateway/src';
import { GatewayStack } from './gateway-stack';

jest.setTimeout(180_000);

type Status = { status: string; reason: string | null };

/** What vcenter_session.py prints. */
interface VcenterSession {
  discoveredVersions: string[];
  responseVersions: string[];
  vendorIdentification: string;
  uid: string;
  customAttributeAnswer: { uid: string; attributes: number };
  addAttribute: (Status & { batchItemId: string; echoed: [string, string] | null })[];
  sentBatchItemIds: string[];
  get: { objectType: string; keyFormatType: string; algorithm: string; length: number; key: string };
  stateBefore: string[];
  activate: Status;
  stateAfter: string[];
  wrongPassword: Status;
}

/** What `pie_client.py lifecycle` prints. */
interface PieLifecycle {
  created: string;
  get: { type: string; length: number; key: string };
  getAgain: string;
  attributes: Record<string, unknown>;
  attributeList: string[];
  locateByName: string[];
  stateAfterActivate: string;
  registeredRoundTrip: boolean;
  stateAfterRevoke: string;
  getAfterDestroy: Status;
}

const stack = new GatewayStack();

beforeAll(() => stack.start());
afterAll(() => stack.stop());

/** The access records of an object as "Operation:Result", once `expected` are all there (kmip.access is projected asynchronously). */
async function accessOf(tenant: string, objectId: string, expected: readonly string[]): Promise<string[]> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const records = (await stack.readModel.accessHistory(tenant, { objectId })).map(
      (r) => `${r.operation}:${r.result}`,
    );
    if (expected.every((e) => records.includes(e)) || Date.now() > deadline) return records;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('vCenter at KMIP 1.1', () => {
  let session: VcenterSession;

  beforeAll(async () => {
    session = await stack.python<VcenterSession>('vcenter_session.py', stack.clientA);
  });

  it('discovers the versions (newest first) and answers in 1.1 throughout', () => {
    expect(session.discoveredVersions).toEqual(['2.1', '2.0', '1.4', '1.3', '1.2', '1.1', '1.0']);
    expect(session.responseVersions).toEqual(['1.1']);
  });

  it('gets the Vendor Identification from Query Server Information', () => {
    expect(session.vendorIdentification).toBe('KMIP Gateway Test');
  });

  it('creates a key whose absent custom attribute is answered with only the Unique Identifier', () => {
    expect(session.uid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(session.customAttributeAnswer).toEqual({ uid: session.uid, attributes: 0 });
  });

  it('answers the three Add Attribute items of one message, echoing each 8-byte batch item ID', async () => {
    expect(session.addAttribute).toEqual([
      {
        status: 'SUCCESS',
        reason: null,
        batchItemId: session.sentBatchItemIds[0],
        echoed: ['x-Vendor', 'VMware, Inc.'],
      },
      {
        status: 'SUCCESS',
        reason: null,
        batchItemId: session.sentBatchItemIds[1],
        echoed: ['x-Product', 'VMware vSphere'],
      },
      {
        status: 'SUCCESS',
        reason: null,
        batchItemId: session.sentBatchItemIds[2],
        echoed: ['x-Product_Version', '8.0.1'],
      },
    ]);
    const object = await stack.readModel.getObject(stack.tenantA, session.uid);
    expect(object.status === 'Known' && Object.keys(object.attributes).sort()).toEqual([
      'x-Product',
      'x-Product_Version',
      'x-Vendor',
    ]);
  });

  it('gets 32 raw bytes: the key the key-wrapping service holds, and the read is on kmip.access', async () => {
    expect(session.get).toMatchObject({
      objectType: 'SYMMETRIC_KEY',
      keyFormatType: 'RAW',
      algorithm: 'AES',
      length: 256,
    });
    expect(session.get.key).toHaveLength(64);
    const held = await stack.keyWrapping.unwrap({ tenant: stack.tenantA, objectId: session.uid });
    expect(held.toString('hex')).toBe(session.get.key);
    const expected = ['GetAttributes:Success', 'Get:Success', 'Get:AuthenticationNotSuccessful'];
    expect(await accessOf(stack.tenantA, session.uid, expected)).toEqual(expect.arrayContaining(expected));
  });

  it('reads Pre-Active, activates with a Credential, then reads Active', () => {
    expect(session.stateBefore).toEqual(['PRE_ACTIVE']);
    expect(session.activate).toEqual({ status: 'SUCCESS', reason: null });
    expect(session.stateAfter).toEqual(['ACTIVE']);
  });

  it('checks the Credential when one is sent: a wrong password is Authentication Not Successful', () => {
    expect(session.wrongPassword).toEqual({ status: 'OPERATION_FAILED', reason: 'AUTHENTICATION_NOT_SUCCESSFUL' });
  });
});

describe('PyKMIP ProxyKmipClient (KMIP 1.2)', () => {
  let run: PieLifecycle;

  beforeAll(async () => {
    run = await stack.python<PieLifecycle>('pie_client.py', stack.clientA, ['lifecycle']);
  });

  it('creates, then Get returns identical bytes each time, the bytes the key-wrapping service holds', async () => {
    expect(run.get).toMatchObject({ type: 'SymmetricKey', length: 256 });
    expect(run.getAgain).toBe(run.get.key);
    const held = await stack.keyWrapping.unwrap({ tenant: stack.tenantA, objectId: run.created });
    expect(held.toString('hex')).toBe(run.get.key);
  });

  it('reads attributes and the attribute list, and locates the key by Name', () => {
    expect(run.attributes).toMatchObject({
      uid: run.created,
      State: 'PRE_ACTIVE',
      'Cryptographic Length': 256,
      'Cryptographic Algorithm': 'AES',
    });
    expect(run.attributeList).toEqual(expect.arrayContaining(['Name', 'State', 'Cryptographic Usage Mask']));
    expect(run.locateByName).toEqual([run.created]);
  });

  it('activates, revokes, destroys; a destroyed key is not served', () => {
    expect(run.stateAfterActivate).toBe('ACTIVE');
    expect(run.stateAfterRevoke).toBe('DEACTIVATED');
    expect(run.getAfterDestroy).toEqual({ status: 'OPERATION_FAILED', reason: 'PERMISSION_DENIED' });
  });

  it('registers a key and gets the same bytes back', () => {
    expect(run.registeredRoundTrip).toBe(true);
  });
});

describe('tenants', () => {
  it("answers Item Not Found to another tenant's client, and records the refusal", async () => {
    const { uid } = await stack.python<VcenterSession>('vcenter_session.py', stack.clientA);
    const other = await stack.python('pie_client.py', stack.clientB, ['get', uid]);
    expect(other).toEqual({ status: 'OPERATION_FAILED', reason: 'ITEM_NOT_FOUND' });
    expect(await accessOf(stack.tenantB, uid, ['Get:ItemNotFound'])).toEqual(['Get:ItemNotFound']);
    const [record] = await stack.readModel.accessHistory(stack.tenantB, { objectId: uid });
    expect(record.client.fingerprint).toBe(stack.clientB.fingerprint);
  });
});

describe('the allow-list', () => {
  it('cuts the open connections of a client removed from the allow-list, and refuses it afterwards', async () => {
    const discover = encodeRequestBytes({
      header: { protocolVersion: KMIP_1_1 },
      batchItems: [requestBatchItem(Operation.DiscoverVersions, { protocolVersions: [] }, KMIP_1_1)],
    });
    const connection = await stack.connect(stack.clientB);
    const answer = decodeResponseBytes(await connection.request(discover));
    expect(answer.batchItems[0].resultStatus).toBe(ResultStatus.Success);

    const now = new Date(Math.floor(Date.now() / 1000) * 1000).toISOString().replace('.000Z', 'Z');
    await stack.tenantCommand({
      type: 'RemoveClient',
      data: { tenant: stack.tenantB, now, fingerprint: stack.clientB.fingerprint },
    });
    await connection.closed;

    const again = await stack.connect(stack.clientB).catch(() => undefined);
    if (again !== undefined) {
      // TLS 1.3 completes the handshake before the server checks the allow-list: the server then closes.
      await again.closed;
    }
    const refused = await stack.python('pie_client.py', stack.clientB, ['get', 'any']).catch((e: Error) => e);
    expect(refused).toBeInstanceOf(Error);
  });
});

describe('GatewayModule', () => {
  it('hosts the same gateway in a NestJS application: listening once started, closed with the application', async () => {
    const app = await NestFactory.createApplicationContext(
      GatewayModule.forRoot({ adapters: stack.adapters(), settings: stack.settings, shutdownGraceMs: 1_000 }),
      { logger: false },
    );
    await app.init();
    const lifecycle = app.get(GatewayLifecycle);
    const port = lifecycle.address?.port;
    expect(port).toBeGreaterThan(0);
    const connection = await stack.connect(stack.clientA, port);
    const discover = encodeRequestBytes({
      header: { protocolVersion: KMIP_1_1 },
      batchItems: [requestBatchItem(Operation.DiscoverVersions, { protocolVersions: [] }, KMIP_1_1)],
    });
    expect(decodeResponseBytes(await connection.request(discover)).batchItems[0].resultStatus).toBe(
      ResultStatus.Success,
    );
    await app.close();
    await connection.closed;
    await expect(stack.connect(stack.clientA, port)).rejects.toThrow();
  });
});

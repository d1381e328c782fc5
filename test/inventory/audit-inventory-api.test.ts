/**
 * The audit/inventory service: its NestJS module on an ephemeral port over the embedded log and PGlite (as the
 * embedded mode hosts it), and its standalone process over Kafka and PostgreSQL, stopped with SIGTERM.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { EmbeddedEventLog } from '@kmip/event-log';
import { keyRevoked, rootKeyRevoked, type EventEnvelope } from '@kmip/key-lifecycle';
import { toAccessAppendRecord, toCommandRecords, VerdictWaiter } from '@kmip/inventory';
import { PgliteDatabase } from '@kmip/sql';
import { AuditInventoryModule } from '@kmip/service-audit-inventory';
import {
  activated,
  envelopesOf,
  keyCreatedEvent,
  OPERATOR,
  T0,
  tenantCreatedEvent,
  vcenterAttributes,
} from '../../libs/inventory/src/testing/inventory-fixtures.spec-helper';
import {
  captureOutput,
  exited,
  spawnTsChild,
  TEST_DATABASE_URL,
  testDatabase,
  uniqueName,
  waitUntil,
} from './inventory-test-helpers';

jest.setTimeout(120_000);

describe('the audit/inventory REST API', () => {
  const workDir = mkdtempSync(join(tmpdir(), 'audit-api-'));
  let log: EmbeddedEventLog;
  let db: PgliteDatabase;
  let app: INestApplication;
  let waiter: VerdictWaiter;
  let base: string;
  const schema = 'audit_api';
  const tenant = 'tenant-api';

  async function command(envelopes: readonly EventEnvelope[]): Promise<void> {
    await log.append('kmip.events', toCommandRecords(envelopes, randomUUID()));
    const outcome = await waiter.waitFor(
      envelopes.map((e) => e.id),
      30_000,
    );
    expect(outcome.outcome).toBe('applied');
  }

  // The body is whatever JSON the API answered; each test states the shape it expects.
  async function get(
    path: string,
  ): Promise<{ status: number; body: Record<string, unknown> & { records?: unknown[] } }> {
    const response = await fetch(`${base}${path}`);
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  beforeAll(async () => {
    log = await EmbeddedEventLog.open({ dataDir: join(workDir, 'db') });
    db = new PgliteDatabase(log.database);
    await log.createTopics([
      { name: 'kmip.events', partitions: 2 },
      { name: 'kmip.access', partitions: 2 },
    ]);
    app = await NestFactory.create(AuditInventoryModule.forRoot({ eventLog: log, db, schema }), { logger: false });
    await app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${((app.getHttpServer() as Server).address() as AddressInfo).port}`;
    waiter = await VerdictWaiter.start(db, { schema });

    await command(envelopesOf([tenantCreatedEvent(tenant)], { tenant, expectedVersion: 0, actor: OPERATOR }));
    await command(
      envelopesOf([keyCreatedEvent(tenant, 'k1', { names: ['vm-1'] })], { tenant, objectId: 'k1', expectedVersion: 0 }),
    );
    await command(envelopesOf(vcenterAttributes(), { tenant, objectId: 'k1', expectedVersion: 1 }));
    await command(envelopesOf([activated()], { tenant, objectId: 'k1', expectedVersion: 4 }));
    await command(envelopesOf([keyCreatedEvent(tenant, 'k2')], { tenant, objectId: 'k2', expectedVersion: 0 }));
    await log.append('kmip.access', [
      toAccessAppendRecord({
        id: randomUUID(),
        at: T0,
        tenant,
        client: { fingerprint: 'ab'.repeat(32), address: '10.0.0.5:50123' },
        operation: 'Get',
        objectId: 'k1',
        result: 'Success',
      }),
    ]);
    await waitUntil(
      'the access record',
      async () => (await get(`/tenants/${tenant}/access`)).body.records?.length === 1,
    );
  });

  afterAll(async () => {
    await waiter?.close();
    await app?.close();
    await log?.close();
    rmSync(workDir, { recursive: true, force: true });
  });

  it('reports health with the projector running', async () => {
    expect(await get('/health')).toEqual({
      status: 200,
      body: { status: 'ok', database: 'up', projector: 'running' },
    });
  });

  it('locates objects with filters and paging', async () => {
    expect(await get(`/tenants/${tenant}/objects`)).toEqual({ status: 200, body: { objectIds: ['k1', 'k2'] } });
    expect((await get(`/tenants/${tenant}/objects?state=Active`)).body).toEqual({ objectIds: ['k1'] });
    expect((await get(`/tenants/${tenant}/objects?name=vm-1`)).body).toEqual({ objectIds: ['k1'] });
    expect((await get(`/tenants/${tenant}/objects?x-Vendor=${encodeURIComponent('VMware, Inc.')}`)).body).toEqual({
      objectIds: ['k1'],
    });
    expect((await get(`/tenants/${tenant}/objects?maxItems=1&offsetItems=1`)).body).toEqual({ objectIds: ['k2'] });
    expect((await get(`/tenants/other/objects`)).body).toEqual({ objectIds: [] });
  });

  it('refuses a bad filter with 400, naming it', async () => {
    const answer = await get(`/tenants/${tenant}/objects?state=Enabled`);
    expect(answer.status).toBe(400);
    expect(answer.body.message).toEqual(expect.stringContaining('state'));
  });

  it("serves an object's state, and 404 for another tenant's object", async () => {
    const answer = await get(`/tenants/${tenant}/objects/k1`);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      object: { objectId: 'k1', state: 'Active', version: 5, cryptographicAlgorithm: 'AES' },
      cryptoShredded: false,
    });
    expect((await get(`/tenants/other/objects/k1`)).status).toBe(404);
    expect((await get(`/tenants/${tenant}/objects/nope`)).status).toBe(404);
  });

  it("serves an object's history with verdicts", async () => {
    const answer = await get(`/tenants/${tenant}/objects/k1/history`);
    expect(answer.status).toBe(200);
    const events = answer.body.events as { type: string; verdict: string }[];
    expect(events.map((e) => `${e.type}:${e.verdict}`)).toEqual([
      'KeyCreated:applied',
      'AttributeAdded:applied',
      'AttributeAdded:applied',
      'AttributeAdded:applied',
      'KeyActivated:applied',
    ]);
    expect((await get(`/tenants/other/objects/k1/history`)).status).toBe(404);
  });

  it('serves the access log, by object', async () => {
    const answer = await get(`/tenants/${tenant}/access?objectId=k1`);
    expect(answer.body.records).toEqual([
      expect.objectContaining({ operation: 'Get', objectId: 'k1', result: 'Success' }),
    ]);
    expect((await get(`/tenants/${tenant}/access?objectId=k2`)).body).toEqual({ records: [] });
    expect((await get(`/tenants/${tenant}/access?limit=zero`)).status).toBe(400);
  });

  it('shows crypto-shredding once the root key is revoked, and the root key versions', async () => {
    expect((await get(`/tenants/${tenant}/root-keys`)).body).toEqual({
      rootKeyVersions: [{ rootKeyId: 'crk-1', rootKeyVersion: 1, objectIds: ['k1', 'k2'] }],
    });
    await command(
      envelopesOf([rootKeyRevoked({ rootKeyId: 'crk-1', at: T0 })], { tenant, expectedVersion: 1, actor: OPERATOR }),
    );
    await command(
      envelopesOf(
        [keyRevoked({ reason: { code: 'KeyCompromise' }, state: 'Compromised', compromiseDate: T0, at: T0 })],
        {
          tenant,
          objectId: 'k2',
          expectedVersion: 1,
          actor: OPERATOR,
        },
      ),
    );
    expect((await get(`/tenants/${tenant}/objects/k2`)).body).toMatchObject({
      object: { state: 'Compromised' },
      cryptoShredded: true,
    });
  });
});

describe('the audit/inventory process', () => {
  it('starts on Kafka and PostgreSQL, answers /health, and exits 0 on SIGTERM', async () => {
    const schema = uniqueName('inv_main');
    const child = spawnTsChild('../../services/audit-inventory/src/main.ts', {
      DATABASE_URL: TEST_DATABASE_URL,
      INVENTORY_SCHEMA: schema,
      AUDIT_HTTP_PORT: '0',
      KMIP_EVENTS_TOPIC: uniqueName('main_events'),
      KMIP_ACCESS_TOPIC: uniqueName('main_access'),
      KMIP_TOPIC_PARTITIONS: '1',
    });
    const output = captureOutput(child);
    try {
      await waitUntil(`the API address (output: ${output()})`, () => /REST API on (http:\S+)/.test(output()), 60_000);
      const url = /REST API on (http:\S+)/.exec(output())![1];
      await waitUntil('a healthy service', async () => (await fetch(`${url}/health`)).status === 200, 30_000);
      expect(await (await fetch(`${url}/health`)).json()).toEqual({
        status: 'ok',
        database: 'up',
        projector: 'running',
      });
      child.kill('SIGTERM');
      expect(await exited(child)).toBe(0);
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      const db = testDatabase(1);
      await db.query(`drop schema if exists ${schema} cascade`);
      await db.close();
    }
  });
});

/**
 * The distributed launcher as the e2e, fault and load tests use it: each service in its own process against the real
 * Kafka broker and PostgreSQL, the root key in a SoftHSM2 token, two gateways; kmipctl against the deployment.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PgDatabase } from '@kmip/sql';
import { startDistributedStack, type DistributedStack } from '../support';
import { createOnAGetOnB, getKey, holdConnections, type ClientFiles } from './pykmip';

jest.setTimeout(300_000);

let stack: DistributedStack;
let first: ClientFiles;
/** A key of the default tenant, created through gateway A. */
let shared: { uid: string; key: string };

beforeAll(async () => {
  stack = await startDistributedStack({ rootKeyProvider: 'pkcs11' });
  first = { cert: stack.certs.clientCert, key: stack.certs.clientKey, ca: stack.certs.ca };
});

afterAll(async () => {
  await stack?.stop();
});

const [a, b] = [0, 1];
const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

test('every service runs in its own process, and the deployment file tells kmipctl where it is', () => {
  const pids = stack.pids;
  const own = ['gateway-a', 'gateway-b', 'key-wrapping', 'projector'] as const;
  for (const service of own) expect(pids[service]).toBeGreaterThan(0);
  expect(new Set(own.map((s) => pids[s])).size).toBe(4);
  expect(pids.kafka).toBeGreaterThan(0);
  expect(stack.gateways.map((g) => g.port)).not.toContain(stack.keyWrapping.port);
  const file = JSON.parse(readFileSync(join(stack.runDir, 'deployment.json'), 'utf8')) as Record<string, unknown>;
  expect(file).toMatchObject({
    inventorySchema: stack.names.schemas.inventory,
    eventsTopic: stack.names.topics.events,
  });
  expect(stack.logs('key-wrapping')).toMatch(/pkcs11 root key .*kmip-crk-default/);
});

test('a key created through gateway A is Get-able at once with identical bytes through gateway B', async () => {
  const result = await createOnAGetOnB(stack.gateways[a].host, stack.gateways[a].port, stack.gateways[b].port, first);
  expect(result.b).toMatchObject({ ok: true });
  expect(result.b).toEqual(result.a);
  expect((result.b as { key: string }).key).toMatch(/^[0-9a-f]{64}$/);
  shared = { uid: result.uid, key: (result.b as { key: string }).key };
});

test('kmipctl creates a tenant (root key in the HSM) whose client makes its own keys and does not see the other tenant key', async () => {
  expect(shared).toBeDefined();
  const tenant = await stack.kmipctl(['tenant', 'create', 'acme']);
  expect(tenant.code).toBe(0);
  expect(tenant.stdout).toMatch(/tenant acme created \(root key .*kmip-crk-acme, version 1\)/);
  expect(tenant.stdout).toContain('no restart needed');
  const tenants = JSON.parse(readFileSync(join(stack.runDir, 'key-wrapping-tenants.json'), 'utf8')) as {
    tenants: Record<string, Record<string, string>>;
  };
  expect(tenants.tenants.acme).toMatchObject({ ROOT_KEY_PROVIDER: 'pkcs11', PKCS11_KEY_LABEL: 'kmip-crk-acme' });
  // Its events carry time-ordered ids (version 7), like those of the gateways' commands.
  const db = PgDatabase.connect({ pool: { connectionString: stack.databaseUrl, max: 1 } });
  try {
    const { rows } = await db.query<{ event_id: string; command_id: string }>(
      `select event_id, command_id from ${stack.names.schemas.inventory}.audit_events where tenant = $1`,
      ['acme'],
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.event_id).toMatch(UUID_V7);
      expect(row.command_id).toMatch(UUID_V7);
    }
  } finally {
    await db.close();
  }

  const out = join(stack.runDir, 'clients', 'acme');
  expect((await stack.kmipctl(['client', 'issue', '--tenant', 'acme', '--out', out])).code).toBe(0);
  const acme = { cert: join(out, 'client.pem'), key: join(out, 'client-key.pem'), ca: join(out, 'ca.pem') };
  for (const gateway of stack.gateways) {
    expect(await getKey(gateway.host, gateway.port, acme, shared.uid)).toEqual({ ok: false, reason: 'ITEM_NOT_FOUND' });
  }
  // The running key-wrapping service serves the new tenant's root key: its client makes and gets its own keys.
  const own = await createOnAGetOnB(stack.gateways[a].host, stack.gateways[a].port, stack.gateways[b].port, acme);
  expect(own.b).toMatchObject({ ok: true });
  expect(own.b).toEqual(own.a);
  expect(await getKey(stack.gateways[a].host, stack.gateways[a].port, first, own.uid)).toEqual({
    ok: false,
    reason: 'ITEM_NOT_FOUND',
  });
});

test('removing a client cuts its open connections on both gateways, and it cannot connect again', async () => {
  expect(shared).toBeDefined();
  const { files: second, fingerprint } = await issueGetClient('second');

  const held = await holdConnections(
    stack.gateways[a].host,
    [stack.gateways[a].port, stack.gateways[b].port],
    second,
    shared.uid,
  );
  expect(held.before).toEqual([
    { ok: true, key: shared.key },
    { ok: true, key: shared.key },
  ]);
  const removed = await stack.kmipctl(['client', 'remove', '--tenant', 'default', '--fingerprint', fingerprint]);
  expect(removed).toMatchObject({ code: 0, stdout: `client ${fingerprint} removed from tenant default\n` });
  // Each gateway hears of the removal from the projector and cuts the connection it holds.
  const cut = new RegExp(`client ${fingerprint.slice(0, 16)} removed from tenant default: 1 connections cut`);
  await waitUntil(() => cut.test(stack.logs('gateway-a')) && cut.test(stack.logs('gateway-b')), 30_000);

  const { after, fresh } = await held.release();
  for (const result of [...after, ...fresh]) expect(result.ok).toBe(false);
  // The first client is untouched.
  expect(await getKey(stack.gateways[b].host, stack.gateways[b].port, first, shared.uid)).toEqual({
    ok: true,
    key: shared.key,
  });
});

test('a gateway killed with SIGKILL comes back on its port and serves the key', async () => {
  expect(shared).toBeDefined();
  const before = stack.pids['gateway-b'];
  await stack.kill('gateway-b', 'SIGKILL');
  expect(stack.pids['gateway-b']).toBeUndefined();
  await stack.restart('gateway-b');
  expect(stack.pids['gateway-b']).toBeGreaterThan(0);
  expect(stack.pids['gateway-b']).not.toBe(before);
  expect(await getKey(stack.gateways[b].host, stack.gateways[b].port, first, shared.uid)).toEqual({
    ok: true,
    key: shared.key,
  });
});

test('a tenant change made while the projector is down says how far behind it is, and takes effect once it is back', async () => {
  expect(shared).toBeDefined();
  const { files: third, fingerprint } = await issueGetClient('third');
  expect(await getKey(stack.gateways[a].host, stack.gateways[a].port, third, shared.uid)).toEqual({
    ok: true,
    key: shared.key,
  });

  await stack.kill('projector', 'SIGKILL');
  const removed = await stack.kmipctl(['client', 'remove', '--tenant', 'default', '--fingerprint', fingerprint]);
  expect(removed.code).not.toBe(0);
  const lines = removed.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(
    /^kmipctl: Timeout: no verdict on the RemoveClient events within \d+ ms: the projector is \d+ records? behind them in partition \d+ of \S+ \(running behind, or stopped\); the events are stored at offset \d+ and take effect when it gets there$/,
  );

  // The log holds the removal: the projector applies it when it is back, and the gateways cut the client off.
  await stack.restart('projector');
  const deadline = Date.now() + 30_000;
  let result = await getKey(stack.gateways[a].host, stack.gateways[a].port, third, shared.uid);
  while (result.ok && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    result = await getKey(stack.gateways[a].host, stack.gateways[a].port, third, shared.uid);
  }
  expect(result.ok).toBe(false);
  expect(await getKey(stack.gateways[b].host, stack.gateways[b].port, first, shared.uid)).toEqual({
    ok: true,
    key: shared.key,
  });
});

/** A client of the default tenant allowed Get only, issued by kmipctl: its files and certificate fingerprint. */
async function issueGetClient(name: string): Promise<{ files: ClientFiles; fingerprint: string }> {
  const out = join(stack.runDir, 'clients', name);
  const issued = await stack.kmipctl(['client', 'issue', '--tenant', 'default', '--out', out, '--operations', 'Get']);
  expect(issued.code).toBe(0);
  const files = { cert: join(out, 'client.pem'), key: join(out, 'client-key.pem'), ca: join(out, 'ca.pem') };
  const fingerprint = /client ([0-9a-f]{64}) on tenant default allowed/.exec(issued.stdout)![1];
  return { files, fingerprint };
}

async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

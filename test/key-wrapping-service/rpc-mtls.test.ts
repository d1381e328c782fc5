/**
 * The key-wrapping service as gateways reach it: started as a child process with ROOT_KEY_PROVIDER=pkcs11 on a
 * SoftHSM2 token created for this run, the vault in PostgreSQL, and the RPC client over mutual TLS.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from 'node:tls';
import { Pool } from 'pg';
import {
  createRootKey,
  InvalidKeyWrappingRequestError,
  KeyNotFoundError,
  KeyWrappingClientError,
  PeerNotAllowedError,
  type RpcKeyWrappingClient,
} from '@kmip/key-wrapping';
import { createCertificateAuthority, issueClientCertificate } from '@kmip/pki';
import { createSoftHsmToken, type SoftHsmToken } from '../../libs/key-wrapping/src/testing/softhsm-token';
import {
  createTestPki,
  DATABASE_URL,
  freePort,
  rpcClient,
  serviceEnv,
  ServiceProcess,
  type TestPki,
} from './service-harness';

jest.setTimeout(240_000);

const TENANT = 'tenant-hsm';
const KEY_LABEL = 'kw-service-crk';
const run = randomBytes(4).toString('hex');
const schema = `kw_rpc_${run}`;
const pool = new Pool({ connectionString: DATABASE_URL, max: 2 });

let dir: string;
let token: SoftHsmToken;
let pki: TestPki;
let env: Record<string, string>;
let port: number;
let service: ServiceProcess | undefined;
let client: RpcKeyWrappingClient;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kw-rpc-'));
  token = await createSoftHsmToken(`kw-svc-${run}`);
  await createRootKey({ library: token.library, tokenLabel: token.tokenLabel, pin: token.pin, keyLabel: KEY_LABEL });
  const pinFile = join(dir, 'pin');
  writeFileSync(pinFile, `${token.pin}\n`, { mode: 0o600 });
  pki = await createTestPki(dir);
  port = await freePort();
  env = {
    ...serviceEnv(pki, { port, schema, topic: `kw-rpc-${run}`, group: `kw-rpc-${run}` }),
    KEY_WRAPPING_TENANT: TENANT,
    ROOT_KEY_PROVIDER: 'pkcs11',
    PKCS11_MODULE: token.library,
    PKCS11_TOKEN_LABEL: token.tokenLabel,
    PKCS11_KEY_LABEL: KEY_LABEL,
    PKCS11_PIN_FILE: pinFile,
    SOFTHSM2_CONF: join(token.directory, 'softhsm2.conf'),
  };
  service = await ServiceProcess.start(env);
  client = rpcClient(pki, port);
});

afterAll(async () => {
  await client?.close();
  await service?.stop();
  await pool.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await pool.end();
  token?.remove();
  rmSync(dir, { recursive: true, force: true });
});

async function failure(call: Promise<unknown>): Promise<KeyWrappingClientError> {
  try {
    await call;
  } catch (error) {
    if (error instanceof KeyWrappingClientError) return error;
    throw error;
  }
  throw new Error('the call succeeded');
}

test('health names the HSM root key the service wraps with', async () => {
  const health = await client.health();
  expect(health).toMatchObject({ status: 'ok', tenant: TENANT, provider: 'pkcs11', mechanism: 'CKM_AES_GCM' });
  expect(health.rootKeyId).toContain(KEY_LABEL);
  expect(health.currentRootKeyVersion).toBe('1');
});

test('generate, register and unwrap round-trip the same bytes over mTLS', async () => {
  const generated = await client.generate({ tenant: TENANT, objectId: 'gen-1', lengthBits: 256 });
  expect(generated).toMatchObject({ rootKeyVersion: '1', mechanism: 'CKM_AES_GCM', created: true });
  const first = await client.unwrap({ tenant: TENANT, objectId: 'gen-1' });
  expect(first).toHaveLength(32);
  // A retried generate keeps the key it made the first time.
  expect(await client.generate({ tenant: TENANT, objectId: 'gen-1' })).toMatchObject({ created: false });
  expect((await client.unwrap({ tenant: TENANT, objectId: 'gen-1' })).equals(first)).toBe(true);

  const material = randomBytes(32);
  const registered = await client.register({ tenant: TENANT, objectId: 'reg-1', material });
  expect(registered).toMatchObject({ rootKeyId: generated.rootKeyId, created: true });
  expect((await client.unwrap({ tenant: TENANT, objectId: 'reg-1' })).equals(material)).toBe(true);
  expect(await client.register({ tenant: TENANT, objectId: 'reg-1', material })).toMatchObject({ created: false });
  expect((await failure(client.register({ tenant: TENANT, objectId: 'reg-1', material: randomBytes(32) }))).code).toBe(
    'CONFLICT',
  );

  const short = await client.generate({ tenant: TENANT, objectId: 'gen-128', lengthBits: 128 });
  expect(short.created).toBe(true);
  expect(await client.unwrap({ tenant: TENANT, objectId: 'gen-128' })).toHaveLength(16);
});

test('an object does not exist for another tenant, and unknown objects are not found', async () => {
  await client.generate({ tenant: TENANT, objectId: 'mine' });
  expect(await failure(client.unwrap({ tenant: 'tenant-other', objectId: 'mine' }))).toBeInstanceOf(KeyNotFoundError);
  expect(await failure(client.unwrap({ tenant: TENANT, objectId: 'never-made' }))).toBeInstanceOf(KeyNotFoundError);
  // This service holds no root key for another tenant, so it makes no key for it.
  expect(await failure(client.generate({ tenant: 'tenant-other', objectId: 'x' }))).toBeInstanceOf(
    InvalidKeyWrappingRequestError,
  );
  expect((await failure(client.generate({ tenant: TENANT, objectId: '' }))).code).toBe('INVALID_REQUEST');
});

test('a certificate of the deployment CA that is not on the peer list is refused', async () => {
  const intruder = rpcClient(pki, port, pki.intruder);
  try {
    expect(await failure(intruder.generate({ tenant: TENANT, objectId: 'by-intruder' }))).toBeInstanceOf(
      PeerNotAllowedError,
    );
    expect(await failure(intruder.unwrap({ tenant: TENANT, objectId: 'gen-1' }))).toBeInstanceOf(PeerNotAllowedError);
  } finally {
    await intruder.close();
  }
  expect(await failure(client.unwrap({ tenant: TENANT, objectId: 'by-intruder' }))).toBeInstanceOf(KeyNotFoundError);
  expect(service!.logs()).toContain(`refused peer certificate sha256:${pki.intruder.fingerprint}`);
});

/**
 * Connects with the given client credentials (or none), sends one request frame of NestJS's TCP transport
 * (`length#json`; an unwrap of gen-1 unless told otherwise), and returns whether a reply came, and its body.
 */
function rawAttempt(
  credentials: { cert?: string; key?: string },
  message: { pattern: string; data: unknown } = { pattern: 'kek.unwrap', data: { tenant: TENANT, objectId: 'gen-1' } },
): Promise<{ replied: boolean; body?: unknown }> {
  return new Promise((resolve) => {
    let received = '';
    const socket = connect({ host: '127.0.0.1', port, ca: pki.ca, ...credentials });
    socket.on('secureConnect', () => {
      const frame = JSON.stringify({ ...message, id: 'x1' });
      socket.write(`${frame.length}#${frame}`);
    });
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString('utf8');
      const hash = received.indexOf('#');
      if (hash > 0 && received.length - hash - 1 >= Number(received.slice(0, hash))) socket.end();
    });
    socket.on('error', () => undefined);
    socket.on('close', () => {
      const hash = received.indexOf('#');
      resolve(received === '' ? { replied: false } : { replied: true, body: JSON.parse(received.slice(hash + 1)) });
    });
  });
}

const tlsRefusals = (): number => service!.logs().split('refused a TLS connection').length - 1;

test('a connection without a client certificate, or with one of another CA, is refused by TLS', async () => {
  const before = tlsRefusals();
  expect(await rawAttempt({})).toEqual({ replied: false });

  const otherCa = await createCertificateAuthority({ subject: { commonName: 'another CA' } });
  const stranger = await issueClientCertificate(otherCa, { subject: { commonName: 'kmip-gateway' } });
  expect(await rawAttempt({ cert: stranger.certificatePem, key: stranger.privateKeyPem })).toEqual({ replied: false });
  await service!.waitForOutput(new RegExp(`(refused a TLS connection[^]*){${before + 2}}`), 10_000);

  // The allowed gateway gets its answer on the same kind of raw connection.
  expect(await rawAttempt({ cert: pki.gateway.cert, key: pki.gateway.key })).toMatchObject({ replied: true });
});

test('calls made together travel as one batch and each gets its own answer', async () => {
  await client.generate({ tenant: TENANT, objectId: 'batch-known' });
  const material = randomBytes(32);
  const outcomes = await Promise.allSettled([
    client.generate({ tenant: TENANT, objectId: 'batch-new' }),
    client.unwrap({ tenant: TENANT, objectId: 'batch-known' }),
    client.unwrap({ tenant: TENANT, objectId: 'batch-unknown' }),
    client.register({ tenant: TENANT, objectId: 'batch-reg', material }),
    client.generate({ tenant: 'tenant-other', objectId: 'batch-x' }),
  ]);
  expect(outcomes[0]).toMatchObject({ status: 'fulfilled', value: { created: true } });
  expect(outcomes[1]).toMatchObject({ status: 'fulfilled' });
  expect(outcomes[2]).toMatchObject({ status: 'rejected', reason: expect.any(KeyNotFoundError) });
  expect(outcomes[3]).toMatchObject({ status: 'fulfilled', value: { created: true } });
  expect(outcomes[4]).toMatchObject({ status: 'rejected', reason: expect.any(InvalidKeyWrappingRequestError) });
  expect((await client.unwrap({ tenant: TENANT, objectId: 'batch-reg' })).equals(material)).toBe(true);

  // On the wire: one kek.batch message, answered call by call; a bad call does not spoil the others.
  const gateway = { cert: pki.gateway.cert, key: pki.gateway.key };
  const { body } = await rawAttempt(gateway, {
    pattern: 'kek.batch',
    data: {
      calls: [
        { op: 'unwrap', data: { tenant: TENANT, objectId: 'batch-known' } },
        { op: 'destroy', data: { tenant: TENANT, objectId: 'batch-known' } },
        { op: 'unwrap', data: { tenant: TENANT, objectId: 'batch-unknown' } },
      ],
    },
  });
  const results = (body as { response: { results: Record<string, { material?: string; code?: string }>[] } }).response
    .results;
  expect(Buffer.from(results[0].reply.material ?? '', 'base64')).toHaveLength(32);
  expect(results[1].error.code).toBe('INVALID_REQUEST');
  expect(results[2].error.code).toBe('NOT_FOUND');

  const empty = await rawAttempt(gateway, { pattern: 'kek.batch', data: { calls: [] } });
  expect(empty.body).toMatchObject({ err: { code: 'INVALID_REQUEST' } });
});

test('kill -9 during generates: every acknowledged generate unwraps after the restart', async () => {
  const ids = Array.from({ length: 300 }, (_, i) => `crash-${i}`);
  const acknowledged: string[] = [];
  let next = 0;
  let killed: Promise<unknown> | undefined;
  const worker = async (): Promise<void> => {
    while (next < ids.length) {
      const objectId = ids[next++];
      try {
        await client.generate({ tenant: TENANT, objectId });
        acknowledged.push(objectId);
        if (acknowledged.length === 40) killed = service!.kill();
      } catch (error) {
        if (!(error instanceof KeyWrappingClientError) || error.code !== 'UNAVAILABLE') throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  expect(await killed).toBe('SIGKILL');
  expect(acknowledged.length).toBeGreaterThanOrEqual(40);
  expect(acknowledged.length).toBeLessThan(ids.length);

  service = await ServiceProcess.start(env);
  for (const objectId of acknowledged) {
    expect(await client.unwrap({ tenant: TENANT, objectId })).toHaveLength(32);
  }
  const { rows } = await pool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM ${schema}.wrapped_keks WHERE tenant = $1 AND object_id LIKE 'crash-%'`,
    [TENANT],
  );
  // Some unacknowledged generates may have been stored before the kill; every acknowledged one is.
  expect(rows[0].n).toBeGreaterThanOrEqual(acknowledged.length);
});

/**
 * `npm start` (the embedded mode) as an operator meets it: the first start creates the certificates and prints what
 * to do; a PyKMIP client works with nothing but what was printed; a restart reuses everything and serves the same
 * key at once; kmipctl administers the running server; SIGTERM stops it cleanly.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { startEmbedded, type EmbeddedProcess } from '../support';
import { getKey, runShell } from './pykmip';

jest.setTimeout(300_000);

let server: EmbeddedProcess;
/** The key the printed PyKMIP command created. */
let created: { uid: string; key: string };

beforeAll(async () => {
  server = await startEmbedded();
});

afterAll(async () => {
  await server?.stop();
});

const files = () => ({ cert: server.clientCertificatePath, key: server.clientKeyPath, ca: server.caCertificatePath });

test('the first start creates the CA, server and client certificates, private keys readable by the owner only', () => {
  const certs = join(server.dataDir, 'certs');
  expect(readdirSync(certs).sort()).toEqual(
    ['ca-key.pem', 'ca.pem', 'client-key.pem', 'client.pem', 'server-key.pem', 'server.pem'].sort(),
  );
  for (const key of ['ca-key.pem', 'client-key.pem', 'server-key.pem']) {
    expect(statSync(join(certs, key)).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(certs, key), 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----/);
  }
  expect(readFileSync(join(certs, 'client.pem'), 'utf8')).toMatch(/^-----BEGIN CERTIFICATE-----/);
});

test('the start prints the endpoint, the certificate paths and what to upload in vCenter', () => {
  const output = server.output();
  expect(server.host).toBe('127.0.0.1');
  expect(server.port).toBeGreaterThan(0);
  expect(server.tenant).toBe('default');
  expect(output).toContain('Certificates (created on this first start)');
  for (const path of [server.caCertificatePath, server.clientCertificatePath, server.clientKeyPath]) {
    expect(isAbsolute(path)).toBe(true);
    expect(path.startsWith(join(server.dataDir, 'certs'))).toBe(true);
    expect(existsSync(path)).toBe(true);
  }
  expect(output).toContain('Add Standard Key Provider');
  expect(output).toMatch(/Make KMS trust vCenter > "Upload certificate and private key"/);
  expect(output).toContain(`certificate ${server.clientCertificatePath}`);
  expect(output).toContain(`private key ${server.clientKeyPath}`);
  expect(output).toContain(`Make vCenter trust KMS: upload the CA certificate ${server.caCertificatePath}`);
  expect(output).toContain(`Server address 127.0.0.1, port ${server.port}`);
});

test('the printed PyKMIP command creates, activates and gets a key', async () => {
  const result = await runShell(server.pykmipCommand);
  expect(result.code).toBe(0);
  const [uid, key] = result.stdout.trim().split(' ');
  expect(uid.length).toBeGreaterThan(0);
  expect(key).toMatch(/^[0-9a-f]{64}$/);
  created = { uid, key };
  // A new connection gets the same 32 bytes.
  expect(await getKey(server.host, server.port, files(), uid)).toEqual({ ok: true, key });
});

test('kmipctl administers the running server: a client issued for a new tenant does not see the first tenant key', async () => {
  expect(created).toBeDefined();
  const tenant = await server.kmipctl(['tenant', 'create', 'acme']);
  expect(tenant).toMatchObject({ code: 0 });
  expect(tenant.stdout).toMatch(/^tenant acme created \(root key local-/);
  const out = join(server.dataDir, '..', 'acme-client');
  const issued = await server.kmipctl(['client', 'issue', '--tenant', 'acme', '--out', out]);
  expect(issued.code).toBe(0);
  expect(statSync(join(out, 'client-key.pem')).mode & 0o777).toBe(0o600);
  const acme = { cert: join(out, 'client.pem'), key: join(out, 'client-key.pem'), ca: join(out, 'ca.pem') };
  expect(await getKey(server.host, server.port, acme, created.uid)).toEqual({ ok: false, reason: 'ITEM_NOT_FOUND' });

  const again = await server.kmipctl(['tenant', 'create', 'acme']);
  expect(again.code).toBe(1);
  expect(again.stderr.trim().split('\n')).toEqual(['kmipctl: ObjectAlreadyExists: the tenant "acme" exists']);
});

test('a restart reuses the certificates, the tenant and its root key, and serves the key at once', async () => {
  expect(created).toBeDefined();
  const certs = join(server.dataDir, 'certs');
  const before = Object.fromEntries(readdirSync(certs).map((f) => [f, readFileSync(join(certs, f), 'utf8')]));
  const keystores = join(server.dataDir, 'keystores');
  const defaultKeystore = readFileSync(join(keystores, 'default.json'), 'utf8');
  const marker = readFileSync(join(server.dataDir, 'first-start.json'), 'utf8');
  const port = server.port;

  await server.restart();

  expect(server.output()).toContain('Certificates (reused)');
  expect(server.port).toBe(port);
  expect(Object.fromEntries(readdirSync(certs).map((f) => [f, readFileSync(join(certs, f), 'utf8')]))).toEqual(before);
  expect(readdirSync(keystores).sort()).toEqual(['acme.json', 'default.json']);
  expect(readFileSync(join(keystores, 'default.json'), 'utf8')).toBe(defaultKeystore);
  expect(readFileSync(join(server.dataDir, 'first-start.json'), 'utf8')).toBe(marker);
  expect(await getKey(server.host, server.port, files(), created.uid)).toEqual({ ok: true, key: created.key });
  // The first client is still allowed as it was: nothing to change.
  const allow = await server.kmipctl([
    'client',
    'allow',
    '--tenant',
    'default',
    '--cert',
    server.clientCertificatePath,
  ]);
  expect(allow).toMatchObject({ code: 0 });
  expect(allow.stdout).toContain('was already allowed');
});

test('kmipctl refuses bad input with a non-zero exit and one readable line', async () => {
  const badFingerprint = await server.kmipctl(['client', 'remove', '--tenant', 'default', '--fingerprint', 'abc']);
  expect(badFingerprint.code).toBe(2);
  expect(badFingerprint.stderr.trim().split('\n')).toEqual([
    'kmipctl: --fingerprint is a SHA-256 fingerprint: 64 hex digits, with or without colons',
  ]);
  const noTenant = await server.kmipctl([
    'client',
    'allow',
    '--tenant',
    'nobody',
    '--cert',
    server.clientCertificatePath,
  ]);
  expect(noTenant.code).toBe(1);
  expect(noTenant.stderr.trim().split('\n')).toEqual(['kmipctl: ItemNotFound: no tenant "nobody" exists']);
  const unknown = await server.kmipctl(['key', 'rotate']);
  expect(unknown.code).toBe(2);
  expect(unknown.stderr.trim().split('\n')).toHaveLength(1);
});

test('SIGTERM stops the server cleanly and releases the data directory', async () => {
  await server.kill('SIGTERM');
  expect(server.exitStatus).toBe(0);
  expect(server.output()).toContain('[embedded] stopped');
  expect(existsSync(join(server.dataDir, 'embedded.lock'))).toBe(false);
  expect(existsSync(join(server.dataDir, 'admin-endpoint.json'))).toBe(false);
});

test('kmipctl changes the stopped server data directory itself, and the next start serves the change', async () => {
  expect(server.pid).toBeUndefined();
  const out = join(server.dataDir, '..', 'offline-client');
  const issued = await server.kmipctl(['client', 'issue', '--tenant', 'default', '--out', out, '--operations', 'Get']);
  expect(issued.stderr).toBe('');
  expect(issued.code).toBe(0);
  // kmipctl held the data directory only while it ran.
  expect(existsSync(join(server.dataDir, 'embedded.lock'))).toBe(false);

  await server.restart();
  const offline = { cert: join(out, 'client.pem'), key: join(out, 'client-key.pem'), ca: join(out, 'ca.pem') };
  expect(await getKey(server.host, server.port, offline, created.uid)).toEqual({ ok: true, key: created.key });
});

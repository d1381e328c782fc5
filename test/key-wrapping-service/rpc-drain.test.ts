/**
 * Shutting the RPC server down (what SIGTERM does): calls already being served finish and get their answer, calls
 * that arrive meanwhile are refused as unavailable (the gateway retries elsewhere or later), then it closes. The real
 * NestJS transport over mutual TLS; the key-wrapping logic behind it is a stand-in whose unwrap waits until released.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KeyWrappingUnavailableError, type KeyWrappingOperations } from '@kmip/key-wrapping';
import { startRpcServer, type RpcServer } from '../../services/key-wrapping/src/rpc/rpc-server';
import { createTestPki, freePort, rpcClient, type TestPki } from './service-harness';

jest.setTimeout(60_000);

let dir: string;
let pki: TestPki;
let server: RpcServer | undefined;
let release: () => void = () => undefined;
const unwrapsStarted: string[] = [];

const operations: KeyWrappingOperations = {
  generate: () => Promise.reject(new Error('not used here')),
  register: () => Promise.reject(new Error('not used here')),
  unwrap: (_tenant, objectId) => {
    unwrapsStarted.push(objectId);
    return new Promise((resolve) => (release = () => resolve(Buffer.alloc(32, 7))));
  },
  health: () => Promise.reject(new Error('not used here')),
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kw-drain-'));
  pki = await createTestPki(dir);
  server = await startRpcServer({
    host: '127.0.0.1',
    port: await freePort(),
    tls: { cert: readFileSync(pki.files.cert), key: readFileSync(pki.files.key), ca: readFileSync(pki.files.ca) },
    allowedPeers: [{ kind: 'fingerprint', fingerprint: pki.gateway.fingerprint }],
    operations,
    defaultTenant: 'default',
    logger: { info: () => undefined, warn: () => undefined, error: () => undefined },
  });
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

test('a shutdown lets the running call finish, refuses new ones, then closes', async () => {
  const client = rpcClient(pki, server!.address.port);
  const late = rpcClient(pki, server!.address.port);
  try {
    const running = client.unwrap({ tenant: 'default', objectId: 'first' });
    while (unwrapsStarted.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    let closed = false;
    const closing = server!.close(30_000).then(() => (closed = true));

    await expect(late.unwrap({ tenant: 'default', objectId: 'second' })).rejects.toBeInstanceOf(
      KeyWrappingUnavailableError,
    );
    expect(unwrapsStarted).toEqual(['first']);
    expect(closed).toBe(false);

    release();
    expect(await running).toEqual(Buffer.alloc(32, 7));
    await closing;
    expect(closed).toBe(true);
  } finally {
    await client.close();
    await late.close();
  }
});

import { readFileSync } from 'node:fs';
import { CryptographicAlgorithm, decodeResponsePayload, KeyFormatType, KMIP_1_1, Operation } from '@kmip/kmip';
import {
  checkResponse,
  CLIENT_GROUP,
  CpuMeter,
  createAes256Request,
  createKey,
  discoverVersionsRequest,
  freePort,
  getRequest,
  KmipClientConnection,
  runLoad,
  startPykmipServer,
  type PykmipTarget,
} from '../../tools/kmip-load';

/*
 * The load generator against the real PyKMIP 0.10 server from Debian, with the pre-serialised KMIP 1.1 requests the
 * benchmark sends. PyKMIP logs each accepted connection at INFO, which tells how many connections a run opened.
 */

let target: PykmipTarget;

beforeAll(async () => {
  target = await startPykmipServer({ loggingLevel: 'INFO' });
}, 90_000);

afterAll(async () => {
  await target?.stop();
});

function connectionsAccepted(): number {
  return readFileSync(target.logPath, 'utf8')
    .split('\n')
    .filter((l) => l.includes('Receiving incoming connection')).length;
}

describe('the KMIP load generator against pykmip-server', () => {
  it('sends Discover Versions over 3 persistent connections and checks every response', async () => {
    const before = connectionsAccepted();
    const result = await runLoad({ target, request: discoverVersionsRequest(), connections: 3, requests: 30 });
    expect(result).toMatchObject({
      operation: 'discover',
      mode: 'persistent',
      connections: 3,
      requests: 30,
      successes: 30,
      failures: 0,
      failureReasons: {},
    });
    expect(connectionsAccepted() - before).toBe(3);
    expect(result.throughput).toBeGreaterThan(0);
    expect(result.latency.p50Ms).toBeGreaterThan(0);
    expect(result.latency.p99Ms).toBeGreaterThanOrEqual(result.latency.p50Ms);
    expect(result.latency.maxMs).toBeGreaterThanOrEqual(result.latency.p99Ms);
  });

  it('creates AES-256 keys with the Create request, each a new object', async () => {
    const result = await runLoad({ target, request: createAes256Request(), connections: 2, requests: 6 });
    expect(result).toMatchObject({ requests: 6, successes: 6, failures: 0 });
    const [first, second] = [await createKey(target), await createKey(target)];
    expect(first).not.toEqual(second);
  });

  it('gets the key created in setup: a 256-bit AES Symmetric Key in Raw format, on every request', async () => {
    const uid = await createKey(target);
    const request = getRequest(uid);
    const connection = await KmipClientConnection.open(target, 10_000);
    try {
      const verdict = checkResponse(await connection.request(request.bytes, 10_000), request);
      if (!verdict.ok) throw new Error(verdict.reason);
      const payload = decodeResponsePayload(Operation.Get, verdict.message.batchItems[0], KMIP_1_1);
      expect(payload.uniqueIdentifier).toBe(uid);
      expect(payload.object).toMatchObject({
        kind: 'SymmetricKey',
        keyBlock: {
          keyFormatType: KeyFormatType.Raw,
          cryptographicAlgorithm: CryptographicAlgorithm.AES,
          cryptographicLength: 256,
        },
      });
    } finally {
      connection.close();
    }

    const result = await runLoad({ target, request, connections: 4, requests: 20 });
    expect(result).toMatchObject({ operation: 'get', requests: 20, successes: 20, failures: 0 });
  });

  it("measures the CPU the server's process group and the load generator spent in the measured phase", async () => {
    expect(target.classifyProcess).toBeDefined();
    const cpu = new CpuMeter(target.classifyProcess!);
    const result = await runLoad({ target, request: createAes256Request(), connections: 2, requests: 40, cpu });
    expect(result).toMatchObject({ successes: 40, failures: 0 });
    // Creating 40 keys in Python costs PyKMIP well over one 10 ms clock tick.
    expect(result.cpuSeconds?.pykmip).toBeGreaterThan(0);
    expect(result.cpuSeconds?.[CLIENT_GROUP]).toBeGreaterThan(0);
    expect(Object.keys(result.cpuSeconds ?? {}).sort()).toEqual([CLIENT_GROUP, 'pykmip']);
    // Without a meter, a result carries no CPU figures.
    const plain = await runLoad({ target, request: discoverVersionsRequest(), connections: 1, requests: 2 });
    expect(plain.cpuSeconds).toBeUndefined();
  });

  it('counts a Get of an unknown key as a failure by reason, not as a success', async () => {
    const result = await runLoad({ target, request: getRequest('987654321'), connections: 2, requests: 10 });
    expect(result).toMatchObject({
      requests: 10,
      successes: 0,
      failures: 10,
      failureReasons: { 'Operation Failed: Item Not Found': 10 },
      throughput: 0,
    });
    expect(result.latency.p99Ms).toBe(0);
  });

  it('in connect mode opens a new TLS connection for every Discover Versions', async () => {
    const before = connectionsAccepted();
    const result = await runLoad({
      target,
      request: discoverVersionsRequest(),
      connections: 2,
      requests: 6,
      mode: 'connect',
    });
    expect(result).toMatchObject({ mode: 'connect', requests: 6, successes: 6, failures: 0 });
    expect(connectionsAccepted() - before).toBe(6);
  });

  it('counts refused connections as failures in connect mode, and refuses to start a persistent run', async () => {
    const closed = { ...target, port: await freePort() };
    const request = discoverVersionsRequest();
    const result = await runLoad({ target: closed, request, connections: 2, requests: 4, mode: 'connect' });
    expect(result).toMatchObject({ requests: 4, successes: 0, failures: 4 });
    expect(result.failureReasons).toEqual({ 'connect ECONNREFUSED': 4 });
    await expect(runLoad({ target: closed, request, connections: 2, requests: 4 })).rejects.toThrow(
      /cannot open 2 connections/,
    );
  });
});

import { once } from 'node:events';
import { connect as tcpConnect } from 'node:net';
import type { ClientDirectory, KmipServerOptions } from '@kmip/kmip-transport';
import {
  createTestPki,
  echo,
  markerOf,
  MapDirectory,
  request,
  startServer,
  TestClient,
  type RunningServer,
  type TestPki,
  type TestRecord,
} from './transport-fixture';

jest.setTimeout(20_000);

describe('KMIP transport: disconnecting clients and shutting down', () => {
  let pki: TestPki;
  let running: RunningServer | undefined;

  beforeAll(async () => {
    pki = await createTestPki();
  });
  afterEach(async () => {
    await running?.server.close(1000);
    running = undefined;
  });
  afterAll(() => pki.cleanup());

  async function start(overrides: Partial<KmipServerOptions<TestRecord>> = {}, directory?: MapDirectory) {
    running = await startServer(pki, directory ?? new MapDirectory().allow(pki.client).allow(pki.client2), overrides);
    return running;
  }

  it('disconnectClient cuts every live connection of that certificate at once, and only those', async () => {
    const { server, port, events, directory } = await start();
    const a1 = await TestClient.connect(port, pki.client, pki);
    const a2 = await TestClient.connect(port, pki.client, pki);
    const b = await TestClient.connect(port, pki.client2, pki);
    expect(await a1.roundTrip('a1')).toBe('a1');
    expect(await a2.roundTrip('a2')).toBe('a2');

    directory.records.delete(pki.client.fingerprint); // the allow-list removes the client…
    const colonForm = pki.client.fingerprint.toUpperCase().match(/../g)!.join(':');
    expect(server.disconnectClient(colonForm)).toBe(2); // …and the gateway cuts its connections
    await Promise.all([a1.closed, a2.closed]);
    const closed = events.of('closed').filter((e) => e.fingerprint === pki.client.fingerprint);
    expect(closed.map((e) => e.reason)).toEqual(['client-removed', 'client-removed']);

    expect(await b.roundTrip('b')).toBe('b');
    expect(server.connectionCount).toBe(1);
    const again = await TestClient.connect(port, pki.client, pki);
    await again.closed;
    await events.waitFor('refused', (e) => e.reason === 'unknown-client' && e.fingerprint === pki.client.fingerprint);
    expect(server.disconnectClient(pki.client.fingerprint)).toBe(0);
    b.destroy();
  });

  it('disconnectClient also cuts a connection whose allow-list lookup is still running', async () => {
    const gate: { release?: () => void } = {};
    const inner = new MapDirectory().allow(pki.client);
    const slow: ClientDirectory<TestRecord> = {
      lookup: (fingerprint) => new Promise((resolve) => (gate.release = () => resolve(inner.lookup(fingerprint)))),
    };
    const { server, port, events } = await start({ clientDirectory: slow });
    const client = await TestClient.connect(port, pki.client, pki);
    while (gate.release === undefined) await new Promise((r) => setTimeout(r, 5));
    expect(server.disconnectClient(pki.client.fingerprint)).toBe(1);
    gate.release();
    await client.closed;
    await events.waitFor('refused', (e) => e.reason === 'client-removed');
    expect(events.of('opened')).toEqual([]);
  });

  it('refuses when the allow-list lookup fails or does not answer within the handshake timeout', async () => {
    const failing: ClientDirectory<TestRecord> = {
      lookup: (fingerprint) =>
        fingerprint === pki.client.fingerprint ? Promise.reject(new Error('db down')) : new Promise(() => undefined),
    };
    const { port, events } = await start({ clientDirectory: failing, limits: { handshakeTimeoutMs: 300 } });
    const a = await TestClient.connect(port, pki.client, pki);
    const b = await TestClient.connect(port, pki.client2, pki);
    await Promise.all([a.closed, b.closed]);
    const refused = await Promise.all([
      events.waitFor('refused', (e) => e.fingerprint === pki.client.fingerprint),
      events.waitFor('refused', (e) => e.fingerprint === pki.client2.fingerprint),
    ]);
    expect(refused.map((e) => [e.reason, e.detail])).toEqual([
      ['directory-error', undefined],
      ['directory-error', 'timeout'],
    ]);
  });

  it('close() answers requests already read, ends every connection, and stops listening', async () => {
    const { server, port, events } = await start({
      handler: async (message) => {
        await new Promise((r) => setTimeout(r, 200));
        return echo(message);
      },
    });
    const busy = await TestClient.connect(port, pki.client, pki);
    const idle = await TestClient.connect(port, pki.client2, pki);
    busy.send(Buffer.concat([request('in flight 1'), request('in flight 2')]));
    await new Promise((r) => setTimeout(r, 50)); // both requests have reached the server

    await server.close(5000);
    await Promise.all([busy.closed, idle.closed]);
    expect(busy.responses.map(markerOf)).toEqual(['in flight 1', 'in flight 2']);
    expect(events.of('closed').map((e) => e.reason)).toEqual(['server-closing', 'server-closing']);
    expect(server.connectionCount).toBe(0);

    const probe = tcpConnect(port, '127.0.0.1');
    const [error] = (await once(probe, 'error')) as [NodeJS.ErrnoException];
    expect(error.code).toBe('ECONNREFUSED');
  });

  it('close() cuts what is still running at its deadline', async () => {
    const { server, port, events } = await start({ handler: () => new Promise(() => undefined) });
    const client = await TestClient.connect(port, pki.client, pki);
    client.send(request('never answered'));
    await new Promise((r) => setTimeout(r, 50));
    await server.close(300);
    await client.closed;
    expect(client.responses).toEqual([]);
    expect(events.of('closed')).toMatchObject([{ reason: 'server-closing', requests: 0 }]);
    expect(server.close()).toBe(server.close()); // idempotent
  });
});

import { once } from 'node:events';
import { connect as tcpConnect, type Socket } from 'node:net';
import type { KmipServerOptions } from '@kmip/kmip-transport';
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

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('KMIP transport: limits and timeouts', () => {
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

  async function start(overrides: Partial<KmipServerOptions<TestRecord>>): Promise<RunningServer> {
    running = await startServer(pki, new MapDirectory().allow(pki.client).allow(pki.client2), overrides);
    return running;
  }

  async function rawConnection(port: number): Promise<Socket> {
    const socket = tcpConnect(port, '127.0.0.1');
    socket.on('error', () => undefined);
    await once(socket, 'connect');
    return socket;
  }

  /** Resolves when the socket closes; a reset on the way (ECONNRESET when the server cuts it) is a close too. */
  function closed(socket: Socket): Promise<void> {
    return new Promise((resolve) => socket.once('close', () => resolve()));
  }

  it('closes a connection idle for the idle timeout, but not one that keeps talking', async () => {
    const { port, events } = await start({ limits: { idleTimeoutMs: 400 } });
    const idle = await TestClient.connect(port, pki.client, pki);
    const busy = await TestClient.connect(port, pki.client2, pki);
    expect(await idle.roundTrip('first')).toBe('first');
    for (let i = 0; i < 8; i++) {
      expect(await busy.roundTrip(`ping ${i}`)).toBe(`ping ${i}`);
      await sleep(100);
    }
    await idle.closed;
    const closed = await events.waitFor('closed', (e) => e.fingerprint === pki.client.fingerprint);
    expect(closed).toMatchObject({ reason: 'idle-timeout', requests: 1 });
    expect(await busy.roundTrip('still open')).toBe('still open');
    busy.destroy();
  });

  it('closes a TCP connection that never starts the TLS handshake, and one that trickles it', async () => {
    const { port, events } = await start({ limits: { handshakeTimeoutMs: 500 } });
    const silent = await rawConnection(port);
    const trickling = await rawConnection(port);
    const ports = [silent.localPort, trickling.localPort]; // unknown once closed
    // A TLS record header announcing a 512-byte ClientHello, then one byte every 100 ms.
    const helloStart = Buffer.from('160301020001000200', 'hex');
    let sent = 0;
    const timer = setInterval(() => trickling.write(helloStart.subarray(sent % 9, (sent++ % 9) + 1)), 100);
    try {
      await Promise.all([closed(silent), closed(trickling)]);
    } finally {
      clearInterval(timer);
    }
    expect(sent).toBeGreaterThan(2);
    await events.waitFor('refused', (e) => e.reason === 'handshake-timeout' && e.remotePort === ports[0]);
    await events.waitFor('refused', (e) => e.reason === 'handshake-timeout' && e.remotePort === ports[1]);
    const client = await TestClient.connect(port, pki.client, pki);
    expect(await client.roundTrip('unaffected')).toBe('unaffected');
    client.destroy();
  });

  it('drops a client that sends garbage instead of a TLS handshake', async () => {
    const { port, events } = await start({});
    const garbage = await rawConnection(port);
    const localPort = garbage.localPort;
    garbage.write('GET / HTTP/1.1\r\nHost: kms\r\n\r\n');
    await closed(garbage);
    const refused = await events.waitFor('refused', (e) => e.remotePort === localPort);
    expect(refused.reason).toBe('tls-error');
    const client = await TestClient.connect(port, pki.client, pki);
    expect(await client.roundTrip('unaffected')).toBe('unaffected');
    client.destroy();
  });

  it('cuts a client that starts a message and trickles the rest (slow loris)', async () => {
    const { port, events } = await start({ limits: { messageTimeoutMs: 500, idleTimeoutMs: 60_000 } });
    const client = await TestClient.connect(port, pki.client, pki);
    const message = request('slow');
    client.send(message.subarray(0, 20));
    let offset = 20;
    const timer = setInterval(() => {
      if (offset < message.length - 1) client.send(message.subarray(offset, ++offset));
    }, 100);
    try {
      await client.closed;
    } finally {
      clearInterval(timer);
    }
    expect(client.responses).toEqual([]);
    await events.waitFor('closed', (e) => e.reason === 'message-timeout');
  });

  it('refuses connections beyond maxConnections and accepts again once one closes', async () => {
    const { port, events } = await start({ limits: { maxConnections: 2 } });
    const a = await TestClient.connect(port, pki.client, pki);
    const b = await TestClient.connect(port, pki.client2, pki);
    await expect(TestClient.connect(port, pki.client, pki)).rejects.toThrow();
    await events.waitFor('refused', (e) => e.reason === 'max-connections');
    expect(await a.roundTrip('a')).toBe('a');
    b.destroy();
    await events.waitFor('closed', (e) => e.fingerprint === pki.client2.fingerprint);
    const c = await TestClient.connect(port, pki.client2, pki);
    expect(await c.roundTrip('c')).toBe('c');
    a.destroy();
    c.destroy();
  });

  it('runs at most maxInFlightPerConnection requests at once and still answers all, in order', async () => {
    let active = 0;
    let peak = 0;
    const releases: (() => void)[] = [];
    const { port } = await start({
      limits: { maxInFlightPerConnection: 4 },
      handler: async (message) => {
        active++;
        peak = Math.max(peak, active);
        await new Promise<void>((resolve) => releases.push(resolve));
        active--;
        return echo(message);
      },
    });
    const client = await TestClient.connect(port, pki.client, pki);
    const markers = Array.from({ length: 20 }, (_, i) => `r${i}`);
    client.send(Buffer.concat(markers.map((m) => request(m))));
    let answered = 0;
    while (answered < markers.length) {
      await sleep(10);
      expect(active).toBeLessThanOrEqual(4);
      // Release the newest waiting request first: responses must still come out in request order.
      releases.pop()?.();
      answered = client.responses.length;
    }
    expect(peak).toBe(4);
    expect(client.responses.map(markerOf)).toEqual(markers);
    client.destroy();
  });

  it('closes a connection whose handler does not answer within the request timeout', async () => {
    const { port, events } = await start({
      limits: { requestTimeoutMs: 300 },
      handler: (message) =>
        markerOf(echo(message)) === 'hang' ? new Promise(() => undefined) : Promise.resolve(echo(message)),
    });
    const other = await TestClient.connect(port, pki.client2, pki);
    const client = await TestClient.connect(port, pki.client, pki);
    client.send(request('hang'));
    await client.closed;
    await events.waitFor('closed', (e) => e.reason === 'request-timeout' && e.fingerprint === pki.client.fingerprint);
    expect(await other.roundTrip('other')).toBe('other');
    other.destroy();
  });

  it('cuts a client that never reads its responses while another client is served', async () => {
    const large = Buffer.alloc(2 * 1024 * 1024);
    const { port, events } = await start({
      limits: { writeTimeoutMs: 500 },
      handler: (message) => {
        const response = echo(message);
        return Promise.resolve(markerOf(response) === 'large' ? Buffer.concat([response, large]) : response);
      },
    });
    const other = await TestClient.connect(port, pki.client2, pki);
    const stuck = await TestClient.connect(port, pki.client, pki);
    stuck.socket.pause(); // reads nothing from now on
    for (let i = 0; i < 16; i++) stuck.send(request('large'));
    await events.waitFor('closed', (e) => e.reason === 'write-timeout' && e.fingerprint === pki.client.fingerprint);
    expect(await other.roundTrip('served')).toBe('served');
    other.destroy();
    stuck.destroy();
  });
});

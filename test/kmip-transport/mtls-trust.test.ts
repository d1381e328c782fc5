import type { ConnectionContext } from '@kmip/kmip-transport';
import {
  createTestPki,
  echo,
  MapDirectory,
  request,
  startServer,
  TestClient,
  type RunningServer,
  type TestPki,
  type TestRecord,
} from './transport-fixture';

jest.setTimeout(20_000);

describe('KMIP transport: mutual TLS and the allow-list', () => {
  let pki: TestPki;
  let running: RunningServer;
  const contexts: ConnectionContext<TestRecord>[] = [];

  beforeAll(async () => {
    pki = await createTestPki();
    const directory = new MapDirectory()
      .allow(pki.client, { tenant: 'tenant-a', clientId: 'vcenter-a', label: 'issued' })
      .allow(pki.selfSigned, { tenant: 'tenant-b', clientId: 'vcenter-b', pinned: true, label: 'pinned' })
      .allow(pki.foreign, { tenant: 'tenant-c', clientId: 'foreign' })
      .allow(pki.client2, { tenant: 'tenant-c', clientId: 'not-pinned-self-signed' })
      .allow(pki.expiredSelfSigned, { tenant: 'tenant-b', clientId: 'expired', pinned: true });
    running = await startServer(pki, directory, {
      handler: (message, context) => {
        contexts.push(context);
        return Promise.resolve(echo(message));
      },
    });
  });
  afterAll(async () => {
    await running.server.close(1000);
    pki.cleanup();
  });

  /** Connects, sends one request and expects the server to close without answering it. */
  async function expectRefused(who: Parameters<typeof TestClient.connect>[1], options = {}) {
    const handled = contexts.length;
    const client = await TestClient.connect(running.port, who, pki, options).catch(() => undefined);
    if (client !== undefined) {
      client.send(request('never answered'));
      await client.closed;
      expect(client.responses).toEqual([]);
    }
    expect(contexts.length).toBe(handled);
  }

  it('accepts a certificate issued by its CA and hands the client identity to the handler', async () => {
    const client = await TestClient.connect(running.port, pki.client, pki);
    expect(await client.roundTrip('hello')).toBe('hello');
    const context = contexts.at(-1)!;
    expect(context).toMatchObject({
      fingerprint: pki.client.fingerprint,
      tenant: 'tenant-a',
      clientId: 'vcenter-a',
      trust: 'ca',
      remoteAddress: '127.0.0.1',
      remotePort: client.socket.localPort,
      tlsProtocol: 'TLSv1.3',
    });
    expect(context.client.label).toBe('issued');
    const opened = await running.events.waitFor('opened', (e) => e.connectionId === context.connectionId);
    expect(opened).toMatchObject({ fingerprint: pki.client.fingerprint, tenant: 'tenant-a', trust: 'ca' });
    client.destroy();
    const closed = await running.events.waitFor('closed', (e) => e.connectionId === context.connectionId);
    expect(closed).toMatchObject({ reason: 'client-closed', requests: 1 });
  });

  it.each(['TLSv1.2', 'TLSv1.3'] as const)(
    'resumes no %s session: every connection presents and proves its certificate again',
    async (version) => {
      const first = await TestClient.connect(running.port, pki.client, pki, { maxVersion: version });
      const offered = new Promise<Buffer>((resolve) => first.socket.once('session', resolve));
      expect(await first.roundTrip('first')).toBe('first');
      const session = first.socket.getSession() ?? (await offered);
      first.destroy();

      const again = await TestClient.connect(running.port, pki.client, pki, { maxVersion: version, session });
      expect(again.socket.isSessionReused()).toBe(false);
      expect(await again.roundTrip('again')).toBe('again');
      expect(contexts.at(-1)).toMatchObject({ fingerprint: pki.client.fingerprint, trust: 'ca', tlsProtocol: version });
      again.destroy();
    },
  );

  it('accepts a pinned self-signed certificate that lacks the clientAuth extended key usage', async () => {
    const client = await TestClient.connect(running.port, pki.selfSigned, pki);
    expect(await client.roundTrip('pinned')).toBe('pinned');
    expect(contexts.at(-1)).toMatchObject({
      tenant: 'tenant-b',
      trust: 'pinned',
      fingerprint: pki.selfSigned.fingerprint,
    });
    client.destroy();
  });

  it('refuses a pinned certificate outside its validity period', async () => {
    await expectRefused(pki.expiredSelfSigned);
    const event = await running.events.waitFor('refused', (e) => e.fingerprint === pki.expiredSelfSigned.fingerprint);
    expect(event.reason).toBe('certificate-expired');
  });

  it('refuses a client that sends no certificate', async () => {
    await expectRefused(undefined);
    await running.events.waitFor('refused', (e) => e.reason === 'no-certificate');
  });

  it('refuses a certificate of its own CA that is not on the allow-list', async () => {
    await expectRefused(pki.unlisted);
    const event = await running.events.waitFor('refused', (e) => e.reason === 'unknown-client');
    expect(event).toMatchObject({ fingerprint: pki.unlisted.fingerprint, remoteAddress: '127.0.0.1' });
  });

  it('refuses a certificate signed by another CA even when its fingerprint is listed (not pinned)', async () => {
    await expectRefused(pki.foreign);
    const event = await running.events.waitFor('refused', (e) => e.fingerprint === pki.foreign.fingerprint);
    expect(event.reason).toBe('untrusted-certificate');
    expect(event.detail).toMatch(/^[A-Z_]+$/); // OpenSSL's verification error code
  });

  it('refuses a listed self-signed certificate that is not pinned', async () => {
    running.directory.records.set(pki.selfSigned.fingerprint, { tenant: 't', clientId: 'c', label: 'unpinned' });
    try {
      await expectRefused(pki.selfSigned);
      const event = await running.events.waitFor('refused', (e) => e.fingerprint === pki.selfSigned.fingerprint);
      expect(event.reason).toBe('untrusted-certificate');
    } finally {
      running.directory.allow(pki.selfSigned, { tenant: 'tenant-b', clientId: 'vcenter-b', pinned: true });
    }
  });

  it.each(['TLSv1.2', 'TLSv1.3'] as const)('serves %s', async (version) => {
    const client = await TestClient.connect(running.port, pki.client, pki, {
      minVersion: version,
      maxVersion: version,
    });
    expect(client.socket.getProtocol()).toBe(version);
    expect(await client.roundTrip(version)).toBe(version);
    expect(contexts.at(-1)!.tlsProtocol).toBe(version);
    client.destroy();
  });

  it('refuses TLS 1.1 during the handshake', async () => {
    const before = running.events.of('refused').length;
    await expect(
      TestClient.connect(running.port, pki.client, pki, {
        minVersion: 'TLSv1.1',
        maxVersion: 'TLSv1.1',
        ciphers: 'DEFAULT@SECLEVEL=0', // lets this client offer TLS 1.1 at all
      }),
    ).rejects.toThrow();
    const event = await running.events.waitFor(
      'refused',
      (e) => e.reason === 'tls-error' && running.events.events.indexOf(e) >= before,
    );
    expect(event.detail).toBe('ERR_SSL_UNSUPPORTED_PROTOCOL');
  });
});

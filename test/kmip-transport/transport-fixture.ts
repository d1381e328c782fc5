// @peculiar/x509 (used below for an expired certificate) needs the Reflect metadata API loaded first.
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect, type ConnectionOptions, type TLSSocket } from 'node:tls';
import { webcrypto } from 'node:crypto';
import * as x509 from '@peculiar/x509';
import {
  decodeTtlv,
  encodeTtlv,
  findItem,
  getStructure,
  Operation,
  Tag,
  ttlv,
  TtlvStreamFramer,
  type TtlvItem,
} from '@kmip/kmip';
import {
  KmipTlsServer,
  type ClientDirectory,
  type ClientRecord,
  type ConnectionClosedEvent,
  type ConnectionOpenedEvent,
  type ConnectionRefusedEvent,
  type KmipServerOptions,
  type MessageHandler,
  type TransportObserver,
} from '@kmip/kmip-transport';
import {
  certificateFingerprint,
  createCertificateAuthority,
  derToPem,
  ensureDevelopmentPki,
  issueClientCertificate,
  type CertificateAuthority,
  type IssuedCertificate,
} from '@kmip/pki';

/** A certificate with its key and canonical fingerprint. */
export interface TestIdentity extends IssuedCertificate {
  readonly fingerprint: string;
}

export interface TestPki {
  readonly dir: string;
  readonly ca: CertificateAuthority;
  readonly server: IssuedCertificate;
  /** Issued by our CA (ensureDevelopmentPki's client certificate). */
  readonly client: TestIdentity;
  /** Another client issued by our CA. */
  readonly client2: TestIdentity;
  /** Issued by our CA but never put on the allow-list. */
  readonly unlisted: TestIdentity;
  /** Issued by a CA the server does not trust. */
  readonly foreign: TestIdentity;
  /** Self-signed by openssl like vCenter's own certificate, with a serverAuth-only extended key usage. */
  readonly selfSigned: TestIdentity;
  /** Self-signed, valid last year only. */
  readonly expiredSelfSigned: TestIdentity;
  cleanup(): void;
}

function identity(pair: IssuedCertificate): TestIdentity {
  return { ...pair, fingerprint: certificateFingerprint(pair.certificatePem) };
}

/** Certificates made by @kmip/pki in a temporary data directory, plus an openssl self-signed one. */
export async function createTestPki(): Promise<TestPki> {
  const dir = mkdtempSync(join(tmpdir(), 'kmip-transport-'));
  const dev = await ensureDevelopmentPki(dir);
  const read = (path: string) => readFileSync(path, 'utf8');
  const ca = { certificatePem: read(dev.caCertificatePath), privateKeyPem: read(dev.caKeyPath) };
  const otherCa = await createCertificateAuthority({ keyAlgorithm: 'ecdsa-p256', subject: { commonName: 'Other CA' } });
  const opts = { keyAlgorithm: 'ecdsa-p256' } as const;
  const keyPath = join(dir, 'self-signed-key.pem');
  const certPath = join(dir, 'self-signed.pem');
  execFileSync(
    'openssl',
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', keyPath, '-out', certPath, '-days', '30'].concat([
      '-subj',
      '/CN=vcenter.example.com',
      '-addext',
      'extendedKeyUsage=serverAuth',
    ]),
    { stdio: 'pipe' },
  );
  return {
    dir,
    ca,
    server: { certificatePem: read(dev.serverCertificatePath), privateKeyPem: read(dev.serverKeyPath) },
    client: identity({ certificatePem: read(dev.clientCertificatePath), privateKeyPem: read(dev.clientKeyPath) }),
    client2: identity(await issueClientCertificate(ca, { subject: { commonName: 'client-2' }, ...opts })),
    unlisted: identity(await issueClientCertificate(ca, { subject: { commonName: 'unlisted' }, ...opts })),
    foreign: identity(await issueClientCertificate(otherCa, { subject: { commonName: 'foreign' }, ...opts })),
    selfSigned: identity({ certificatePem: read(certPath), privateKeyPem: read(keyPath) }),
    expiredSelfSigned: identity(await expiredSelfSigned()),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A certificate that expired yesterday (@kmip/pki only issues current ones, so built here with @peculiar/x509). */
async function expiredSelfSigned(): Promise<IssuedCertificate> {
  const algorithm = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' };
  const keys = await webcrypto.subtle.generateKey(algorithm, true, ['sign', 'verify']);
  const day = 86_400_000;
  const certificate = await x509.X509CertificateGenerator.createSelfSigned(
    {
      name: 'CN=expired vcenter',
      notBefore: new Date(Date.now() - 365 * day),
      notAfter: new Date(Date.now() - day),
      keys,
      signingAlgorithm: algorithm,
    },
    webcrypto,
  );
  return {
    certificatePem: derToPem(certificate.rawData, 'CERTIFICATE'),
    privateKeyPem: derToPem(await webcrypto.subtle.exportKey('pkcs8', keys.privateKey), 'PRIVATE KEY'),
  };
}

export interface TestRecord extends ClientRecord {
  readonly label: string;
}

/** The allow-list as the gateway would hold it, in memory. */
export class MapDirectory implements ClientDirectory<TestRecord> {
  readonly records = new Map<string, TestRecord>();
  lookups = 0;

  allow(who: TestIdentity, record: Partial<TestRecord> = {}): this {
    this.records.set(who.fingerprint, {
      tenant: 'tenant-a',
      clientId: who.fingerprint.slice(0, 8),
      label: 'x',
      ...record,
    });
    return this;
  }

  lookup(fingerprint: string): TestRecord | undefined {
    this.lookups++;
    return this.records.get(fingerprint);
  }
}

type TransportEvent =
  | ({ kind: 'refused' } & ConnectionRefusedEvent)
  | ({ kind: 'opened' } & ConnectionOpenedEvent)
  | ({ kind: 'closed' } & ConnectionClosedEvent);

/** Records the observer's events and lets a test wait for one. */
export class EventRecorder implements TransportObserver {
  readonly events: TransportEvent[] = [];
  private waiters: { match: (e: TransportEvent) => boolean; resolve: (e: TransportEvent) => void }[] = [];

  connectionRefused(event: ConnectionRefusedEvent): void {
    this.push({ kind: 'refused', ...event });
  }
  connectionOpened(event: ConnectionOpenedEvent): void {
    this.push({ kind: 'opened', ...event });
  }
  connectionClosed(event: ConnectionClosedEvent): void {
    this.push({ kind: 'closed', ...event });
  }

  of<K extends TransportEvent['kind']>(kind: K): Extract<TransportEvent, { kind: K }>[] {
    return this.events.filter((e): e is Extract<TransportEvent, { kind: K }> => e.kind === kind);
  }

  /** The first recorded or future event of a kind that matches. */
  waitFor<K extends TransportEvent['kind']>(
    kind: K,
    match: (e: Extract<TransportEvent, { kind: K }>) => boolean = () => true,
  ): Promise<Extract<TransportEvent, { kind: K }>> {
    const test = (e: TransportEvent): e is Extract<TransportEvent, { kind: K }> =>
      e.kind === kind && match(e as Extract<TransportEvent, { kind: K }>);
    const found = this.events.find(test);
    if (found !== undefined) return Promise.resolve(found);
    return new Promise((resolve) =>
      this.waiters.push({ match: test, resolve: resolve as (e: TransportEvent) => void }),
    );
  }

  private push(event: TransportEvent): void {
    this.events.push(event);
    const ready = this.waiters.filter((w) => w.match(event));
    this.waiters = this.waiters.filter((w) => !w.match(event));
    for (const w of ready) w.resolve(event);
  }
}

/** A KMIP request carrying `marker` as its Unique Batch Item ID, so that a test can tell responses apart. */
export function request(marker: string, operation: number = Operation.DiscoverVersions): Buffer {
  return encodeTtlv(
    ttlv.structure(Tag.RequestMessage, [
      ttlv.structure(Tag.RequestHeader, [
        ttlv.structure(Tag.ProtocolVersion, [
          ttlv.integer(Tag.ProtocolVersionMajor, 1),
          ttlv.integer(Tag.ProtocolVersionMinor, 1),
        ]),
        ttlv.integer(Tag.BatchCount, 1),
      ]),
      ttlv.structure(Tag.BatchItem, [
        ttlv.enumeration(Tag.Operation, operation),
        ttlv.bytes(Tag.UniqueBatchItemID, Buffer.from(marker)),
      ]),
    ]),
  );
}

/** The echo handler's answer: a Response Message holding the request's items. */
export function echo(message: Buffer): Buffer {
  const request = decodeTtlv(message);
  const items: readonly TtlvItem[] = request.type === 'Structure' ? request.value : [];
  return encodeTtlv(ttlv.structure(Tag.ResponseMessage, items));
}

export const echoHandler: MessageHandler<TestRecord> = (message) => Promise.resolve(echo(message));

/** The marker of a response to `request(marker)`. */
export function markerOf(response: Buffer): string {
  const message = decodeTtlv(response);
  if (message.tag !== Tag.ResponseMessage) throw new Error('not a Response Message');
  const item = findItem(getStructure(message, Tag.BatchItem), Tag.UniqueBatchItemID);
  if (item?.type !== 'ByteString') throw new Error('no Unique Batch Item ID');
  return Buffer.from(item.value).toString();
}

export interface RunningServer {
  readonly server: KmipTlsServer<TestRecord>;
  readonly port: number;
  readonly events: EventRecorder;
  readonly directory: MapDirectory;
}

export async function startServer(
  pki: TestPki,
  directory: MapDirectory,
  overrides: Partial<KmipServerOptions<TestRecord>> = {},
): Promise<RunningServer> {
  const events = new EventRecorder();
  const server = new KmipTlsServer<TestRecord>({
    port: 0,
    host: '127.0.0.1',
    tls: { key: pki.server.privateKeyPem, cert: pki.server.certificatePem, ca: pki.ca.certificatePem },
    clientDirectory: directory,
    handler: echoHandler,
    observer: events,
    ...overrides,
  });
  const { port } = await server.listen();
  return { server, port, events, directory };
}

/** A KMIP client over TLS that frames what the server sends back. */
export class TestClient {
  readonly responses: Buffer[] = [];
  readonly closed: Promise<void>;
  private readonly framer = new TtlvStreamFramer();
  private waiters: (() => void)[] = [];
  private ended = false;

  private constructor(readonly socket: TLSSocket) {
    socket.on('data', (chunk: Buffer) => {
      this.responses.push(...this.framer.push(chunk));
      this.wake();
    });
    socket.on('error', () => undefined);
    // Not events.once: it rejects on 'error', and a reset is just another way for the connection to end.
    this.closed = new Promise<void>((resolve) => socket.once('close', () => resolve())).then(() => {
      this.ended = true;
      this.wake();
    });
  }

  /** Resolves after the client's side of the handshake; the server may still refuse the client right after. */
  static async connect(
    port: number,
    who: IssuedCertificate | undefined,
    pki: TestPki,
    options: ConnectionOptions = {},
  ) {
    const socket = connect({
      host: '127.0.0.1',
      port,
      servername: 'localhost',
      ca: pki.ca.certificatePem,
      ...(who === undefined ? {} : { cert: who.certificatePem, key: who.privateKeyPem }),
      ...options,
    });
    const client = new TestClient(socket);
    await Promise.race([
      once(socket, 'secureConnect'),
      client.closed.then(() => {
        throw new Error('connection closed during the handshake');
      }),
    ]);
    return client;
  }

  send(bytes: Buffer): void {
    this.socket.write(bytes);
  }

  /** Waits until `count` responses have arrived (or the connection closed) and returns all of them. */
  async receive(count: number): Promise<Buffer[]> {
    while (this.responses.length < count && !this.ended) await new Promise<void>((r) => this.waiters.push(r));
    return this.responses;
  }

  /** Sends a request and returns the marker of its response. */
  async roundTrip(marker: string): Promise<string> {
    const index = this.responses.length;
    this.send(request(marker));
    const responses = await this.receive(index + 1);
    if (responses.length <= index) throw new Error('connection closed before the response');
    return markerOf(responses[index]);
  }

  destroy(): void {
    this.socket.destroy();
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }
}

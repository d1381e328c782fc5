/**
 * `npm run bench -- kmip.transport`: cost of the KMIP mTLS transport with a trivial handler (the response is a fixed
 * small Response Message), server and clients in this one process over loopback.
 *
 * - connect.p50/p99: a new TLS connection (full handshake, RSA-2048 certificates as vCenter uses, client certificate
 *   checked against a one-entry allow-list) plus one small request/response round trip, as vCenter's status poll does.
 * - rps.cN: requests per second over N connections, each with one request outstanding at a time (vCenter's pattern),
 *   for about 2 seconds per N.
 */
import { once } from 'node:events';
import { connect, type TLSSocket } from 'node:tls';
import { encodeTtlv, Operation, Tag, ttlv, TtlvStreamFramer } from '@kmip/kmip';
import {
  certificateFingerprint,
  createCertificateAuthority,
  issueClientCertificate,
  issueServerCertificate,
  type IssuedCertificate,
} from '@kmip/pki';
import type { Benchmark } from '../../../tools/bench/benchmark';
import { KmipTlsServer } from '../src';

type Report = (figure: string, value: number, unit: string) => void;

const REQUEST = encodeTtlv(
  ttlv.structure(Tag.RequestMessage, [
    ttlv.structure(Tag.RequestHeader, [
      ttlv.structure(Tag.ProtocolVersion, [
        ttlv.integer(Tag.ProtocolVersionMajor, 1),
        ttlv.integer(Tag.ProtocolVersionMinor, 1),
      ]),
      ttlv.integer(Tag.BatchCount, 1),
    ]),
    ttlv.structure(Tag.BatchItem, [ttlv.enumeration(Tag.Operation, Operation.DiscoverVersions)]),
  ]),
);
const RESPONSE = encodeTtlv(
  ttlv.structure(Tag.ResponseMessage, [
    ttlv.structure(Tag.BatchItem, [ttlv.enumeration(Tag.Operation, Operation.DiscoverVersions)]),
  ]),
);

class BenchClient {
  private readonly framer = new TtlvStreamFramer();
  private waiting: (() => void) | undefined;
  private received = 0;

  private constructor(readonly socket: TLSSocket) {
    socket.on('data', (chunk: Buffer) => {
      this.received += this.framer.push(chunk).length;
      if (this.received > 0) this.waiting?.();
    });
  }

  static async open(port: number, ca: string, client: IssuedCertificate): Promise<BenchClient> {
    const socket = connect({
      host: '127.0.0.1',
      port,
      servername: 'localhost',
      ca,
      cert: client.certificatePem,
      key: client.privateKeyPem,
    });
    socket.setNoDelay(true);
    await once(socket, 'secureConnect');
    return new BenchClient(socket);
  }

  async roundTrip(): Promise<void> {
    const answered = new Promise<void>((resolve) => (this.waiting = resolve));
    this.socket.write(REQUEST);
    await answered;
    this.received--;
    this.waiting = undefined;
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function measureConnect(port: number, ca: string, client: IssuedCertificate, report: Report): Promise<void> {
  const samples: number[] = [];
  const deadline = performance.now() + 5000;
  while (samples.length < 20 || (samples.length < 1000 && performance.now() < deadline)) {
    const started = performance.now();
    const c = await BenchClient.open(port, ca, client);
    await c.roundTrip();
    samples.push(performance.now() - started);
    c.socket.destroy();
  }
  samples.sort((a, b) => a - b);
  report('kmip.transport.connect.p50', percentile(samples, 50), 'ms');
  report('kmip.transport.connect.p99', percentile(samples, 99), 'ms');
}

async function measureThroughput(
  port: number,
  ca: string,
  client: IssuedCertificate,
  connections: number,
  report: Report,
): Promise<void> {
  const clients = await Promise.all(Array.from({ length: connections }, () => BenchClient.open(port, ca, client)));
  for (const c of clients) await c.roundTrip(); // warm-up
  let count = 0;
  const started = performance.now();
  const until = started + 2000;
  await Promise.all(
    clients.map(async (c) => {
      while (performance.now() < until) {
        await c.roundTrip();
        count++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  report(`kmip.transport.rps.c${connections}`, Math.round(count / seconds), 'req/s');
  for (const c of clients) c.socket.destroy();
}

export const benchmarks: Benchmark[] = [
  {
    name: 'kmip.transport',
    async run(report) {
      const ca = await createCertificateAuthority();
      const server = await issueServerCertificate(ca);
      const client = await issueClientCertificate(ca, { subject: { commonName: 'bench' } });
      const fingerprint = certificateFingerprint(client.certificatePem);
      const kmip = new KmipTlsServer({
        port: 0,
        host: '127.0.0.1',
        tls: { key: server.privateKeyPem, cert: server.certificatePem, ca: ca.certificatePem },
        clientDirectory: { lookup: (fp) => (fp === fingerprint ? { tenant: 't', clientId: 'bench' } : undefined) },
        handler: () => Promise.resolve(RESPONSE),
      });
      const { port } = await kmip.listen();
      try {
        await measureConnect(port, ca.certificatePem, client, report);
        for (const n of [1, 4, 16]) await measureThroughput(port, ca.certificatePem, client, n, report);
      } finally {
        await kmip.close(1000);
      }
    },
  },
];

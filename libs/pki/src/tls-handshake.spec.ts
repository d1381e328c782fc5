import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { connect, createServer, type TLSSocket } from 'node:tls';
import { createCertificateAuthority } from './certificate-authority';
import { issueClientCertificate } from './client-certificate';
import { certificateFingerprint } from './certificate-fingerprint';
import { issueServerCertificate } from './server-certificate';

describe('certificates in a real mutual TLS handshake', () => {
  it('node verifies both sides against the CA, the server by name and IP', async () => {
    const ca = await createCertificateAuthority();
    const server = await issueServerCertificate(ca);
    const client = await issueClientCertificate(ca, { subject: { commonName: 'tls-client' } });

    const seen: { authorized: boolean; fingerprint: string }[] = [];
    const tlsServer = createServer(
      {
        key: server.privateKeyPem,
        cert: server.certificatePem,
        ca: ca.certificatePem,
        requestCert: true,
        rejectUnauthorized: true,
      },
      (socket: TLSSocket) => {
        seen.push({
          authorized: socket.authorized,
          fingerprint: certificateFingerprint(socket.getPeerCertificate().raw),
        });
        socket.end('ok');
      },
    );
    tlsServer.listen(0, '127.0.0.1');
    await once(tlsServer, 'listening');
    const { port } = tlsServer.address() as AddressInfo;
    try {
      for (const host of ['localhost', '127.0.0.1']) {
        const socket = connect({
          host: '127.0.0.1',
          port,
          // The identity check uses the servername if given (DNS SAN), else the host (IP SAN).
          servername: host === 'localhost' ? host : undefined,
          ca: ca.certificatePem,
          key: client.privateKeyPem,
          cert: client.certificatePem,
        });
        await once(socket, 'secureConnect');
        expect(socket.authorized).toBe(true);
        const [data] = (await once(socket, 'data')) as [Buffer];
        expect(data.toString()).toBe('ok');
        socket.destroy();
      }
      expect(seen).toEqual([
        { authorized: true, fingerprint: certificateFingerprint(client.certificatePem) },
        { authorized: true, fingerprint: certificateFingerprint(client.certificatePem) },
      ]);
    } finally {
      tlsServer.close();
    }
  });
});

import { X509Certificate } from 'node:crypto';
import { createCertificateAuthority } from './certificate-authority';
import { issueClientCertificate } from './client-certificate';
import type { KeyAlgorithm } from './key-algorithm';
import { issueServerCertificate } from './server-certificate';

const SERVER_AUTH = '1.3.6.1.5.5.7.3.1';
const CLIENT_AUTH = '1.3.6.1.5.5.7.3.2';

describe.each<KeyAlgorithm>(['rsa-2048', 'ecdsa-p256'])('certificates with %s keys', (keyAlgorithm) => {
  it('issues a CA, a server and a client certificate whose chains verify', async () => {
    const ca = await createCertificateAuthority({ keyAlgorithm, subject: { commonName: 'Test CA, with comma' } });
    const caCert = new X509Certificate(ca.certificatePem);
    expect(caCert.ca).toBe(true);
    expect(caCert.subject).toBe('CN=Test CA\\, with comma'); // one CN; node escapes the comma
    expect(caCert.verify(caCert.publicKey)).toBe(true);

    const server = await issueServerCertificate(ca, { names: ['kms.example.com', '10.1.2.3'], keyAlgorithm });
    const serverCert = new X509Certificate(server.certificatePem);
    expect(serverCert.checkIssued(caCert)).toBe(true);
    expect(serverCert.verify(caCert.publicKey)).toBe(true);
    expect(serverCert.ca).toBe(false);
    expect(serverCert.keyUsage).toEqual([SERVER_AUTH]);
    expect(serverCert.subjectAltName).toBe(
      'DNS:kms.example.com, IP Address:10.1.2.3, DNS:localhost, IP Address:127.0.0.1',
    );
    expect(serverCert.checkHost('kms.example.com')).toBe('kms.example.com');
    expect(serverCert.checkIP('127.0.0.1')).toBe('127.0.0.1');

    const client = await issueClientCertificate(ca, { subject: { commonName: 'vcenter-1', organization: 'Acme' } });
    const clientCert = new X509Certificate(client.certificatePem);
    expect(clientCert.checkIssued(caCert)).toBe(true);
    expect(clientCert.verify(caCert.publicKey)).toBe(true);
    expect(clientCert.keyUsage).toEqual([CLIENT_AUTH]);
    expect(clientCert.subject).toBe('O=Acme\nCN=vcenter-1');
    expect(client.privateKeyPem).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
  });
});

describe('certificate profile', () => {
  it('gives different random serial numbers and bounded validity', async () => {
    const ca = await createCertificateAuthority({ keyAlgorithm: 'ecdsa-p256', validityDays: 30 });
    const a = new X509Certificate(
      (await issueClientCertificate(ca, { subject: { commonName: 'a' }, validityDays: 2 })).certificatePem,
    );
    const b = new X509Certificate((await issueClientCertificate(ca, { subject: { commonName: 'b' } })).certificatePem);
    expect(a.serialNumber).not.toBe(b.serialNumber);
    expect(a.serialNumber).toMatch(/^[4-7][0-9A-F]{31}$/);
    const days = (Date.parse(a.validTo) - Date.parse(a.validFrom)) / 86_400_000;
    expect(days).toBeGreaterThan(2);
    expect(days).toBeLessThan(2.01);
    expect(Date.parse(a.validFrom)).toBeLessThan(Date.now());
  });

  it('refuses a validity that is not a whole positive number of days', async () => {
    await expect(createCertificateAuthority({ keyAlgorithm: 'ecdsa-p256', validityDays: 0 })).rejects.toThrow(
      RangeError,
    );
  });
});

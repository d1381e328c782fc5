import { execFileSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCertificateAuthority, type CertificateAuthority } from './certificate-authority';
import { signCertificateRequest } from './csr-signing';
import { pemToDer, derToPem, PEM_CERTIFICATE_REQUEST } from './pem-codec';

const CLIENT_AUTH = '1.3.6.1.5.5.7.3.2';

/** A CSR made by the openssl CLI, as vCenter's would be: its own key, a subject, possibly extensions. */
function opensslCsr(dir: string, keySpec: string[], subject: string, extra: string[] = []): string {
  const out = join(dir, `req-${Math.random().toString(16).slice(2)}.pem`);
  execFileSync(
    'openssl',
    ['req', '-new', ...keySpec, '-nodes', '-keyout', `${out}.key`, '-subj', subject, '-out', out, ...extra],
    {
      stdio: 'pipe',
    },
  );
  return readFileSync(out, 'utf8');
}

describe('signCertificateRequest', () => {
  let dir: string;
  let ca: CertificateAuthority;
  let caCert: X509Certificate;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pki-csr-'));
    ca = await createCertificateAuthority({ keyAlgorithm: 'ecdsa-p256' });
    caCert = new X509Certificate(ca.certificatePem);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('issues a clientAuth certificate for an RSA CSR, keeping its subject and public key', async () => {
    const csr = opensslCsr(dir, ['-newkey', 'rsa:2048'], '/C=US/O=VMware/OU=vCenter/CN=vcenter.example.com', [
      '-addext',
      'subjectAltName=DNS:evil.example.com',
    ]);
    const cert = new X509Certificate(await signCertificateRequest(ca, csr));
    expect(cert.verify(caCert.publicKey)).toBe(true);
    expect(cert.checkIssued(caCert)).toBe(true);
    expect(cert.keyUsage).toEqual([CLIENT_AUTH]);
    expect(cert.subject).toBe('C=US\nO=VMware\nOU=vCenter\nCN=vcenter.example.com');
    expect(cert.subjectAltName).toBeUndefined(); // requested extensions are not copied
    const csrPublicKey = execFileSync('openssl', ['req', '-pubkey', '-noout'], { input: csr }).toString();
    expect(cert.publicKey.export({ type: 'spki', format: 'pem' })).toBe(csrPublicKey);
    const text = execFileSync('openssl', ['x509', '-noout', '-text'], { input: cert.toString() }).toString();
    expect(text).toMatch(/Digital Signature, Key Encipherment/);
  });

  it('signs an EC P-256 CSR given as DER', async () => {
    const csr = opensslCsr(dir, ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256'], '/CN=ec-client');
    const cert = new X509Certificate(await signCertificateRequest(ca, pemToDer(csr, PEM_CERTIFICATE_REQUEST)));
    expect(cert.subject).toBe('CN=ec-client');
    expect(cert.keyUsage).toEqual([CLIENT_AUTH]);
  });

  it('refuses a CSR whose signature does not verify', async () => {
    const der = pemToDer(opensslCsr(dir, ['-newkey', 'rsa:2048'], '/CN=tampered'), PEM_CERTIFICATE_REQUEST);
    der[der.length - 10] ^= 0x01; // inside the signature value
    await expect(signCertificateRequest(ca, derToPem(der, PEM_CERTIFICATE_REQUEST))).rejects.toMatchObject({
      reason: 'bad-csr-signature',
    });
  });

  it('refuses an RSA key shorter than 2048 bits', async () => {
    const csr = opensslCsr(dir, ['-newkey', 'rsa:1024'], '/CN=weak');
    await expect(signCertificateRequest(ca, csr)).rejects.toMatchObject({ reason: 'weak-key' });
  });

  it('refuses an empty subject and input that is not a CSR', async () => {
    const csr = opensslCsr(dir, ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256'], '/');
    await expect(signCertificateRequest(ca, csr)).rejects.toMatchObject({ reason: 'empty-subject' });
    await expect(signCertificateRequest(ca, Buffer.from('garbage'))).rejects.toMatchObject({ reason: 'bad-pem' });
    await expect(signCertificateRequest(ca, ca.certificatePem)).rejects.toMatchObject({ reason: 'bad-pem' });
  });
});

import { execFileSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureDevelopmentPki, type DevelopmentPki } from './development-pki';
import { normalizeFingerprint } from './certificate-fingerprint';

const FILES = ['ca.pem', 'ca-key.pem', 'server.pem', 'server-key.pem', 'client.pem', 'client-key.pem'];

describe('ensureDevelopmentPki', () => {
  let dataDir: string;
  let first: DevelopmentPki;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'pki-dev-'));
    first = await ensureDevelopmentPki(dataDir, { serverNames: ['kms.local'], keyAlgorithm: 'ecdsa-p256' });
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  const read = (name: string) => readFileSync(join(dataDir, 'certs', name), 'utf8');

  it('creates the six files on first start, keys with mode 0600', () => {
    expect([...first.created].sort()).toEqual(FILES.map((f) => join(dataDir, 'certs', f)).sort());
    for (const key of ['ca-key.pem', 'server-key.pem', 'client-key.pem']) {
      expect(statSync(join(dataDir, 'certs', key)).mode & 0o777).toBe(0o600);
    }
    expect(statSync(join(dataDir, 'certs')).mode & 0o077).toBe(0);
    expect(first.serverCertificatePath).toBe(join(dataDir, 'certs', 'server.pem'));
  });

  it('issues a server and a client certificate that openssl verifies against the CA', () => {
    const caFile = join(dataDir, 'certs', 'ca.pem');
    for (const [file, purpose] of [
      ['server.pem', 'sslserver'],
      ['client.pem', 'sslclient'],
    ]) {
      const out = execFileSync('openssl', [
        'verify',
        '-CAfile',
        caFile,
        '-purpose',
        purpose,
        join(dataDir, 'certs', file),
      ]);
      expect(out.toString()).toMatch(/: OK/);
    }
    expect(new X509Certificate(read('server.pem')).subjectAltName).toContain('DNS:kms.local');
  });

  it('returns the client fingerprint as openssl computes it', () => {
    const openssl = execFileSync('openssl', [
      'x509',
      '-noout',
      '-fingerprint',
      '-sha256',
      '-in',
      first.clientCertificatePath,
    ]);
    expect(first.clientFingerprint).toBe(normalizeFingerprint(openssl.toString()));
  });

  it('reuses every file on a second start', async () => {
    const before = FILES.map(read);
    const second = await ensureDevelopmentPki(dataDir);
    expect(second.created).toEqual([]);
    expect(second.clientFingerprint).toBe(first.clientFingerprint);
    expect(FILES.map(read)).toEqual(before);
  });

  it('issues a deleted pair again from the existing CA', async () => {
    const ca = read('ca.pem');
    unlinkSync(join(dataDir, 'certs', 'client.pem'));
    unlinkSync(join(dataDir, 'certs', 'client-key.pem'));
    const again = await ensureDevelopmentPki(dataDir);
    expect(again.created).toEqual([again.clientKeyPath, again.clientCertificatePath]);
    expect(again.clientFingerprint).not.toBe(first.clientFingerprint);
    expect(read('ca.pem')).toBe(ca);
    expect(new X509Certificate(read('client.pem')).checkIssued(new X509Certificate(ca))).toBe(true);
  });

  it('refuses a half pair or a certificate from another CA instead of overwriting', async () => {
    const other = mkdtempSync(join(tmpdir(), 'pki-dev-other-'));
    try {
      await ensureDevelopmentPki(other, { keyAlgorithm: 'ecdsa-p256' });
      const clientKey = readFileSync(join(other, 'certs', 'client-key.pem'));
      unlinkSync(join(other, 'certs', 'client.pem'));
      await expect(ensureDevelopmentPki(other)).rejects.toMatchObject({ reason: 'incomplete-pki' });
      expect(readFileSync(join(other, 'certs', 'client-key.pem'))).toEqual(clientKey);

      writeFileSync(join(other, 'certs', 'client.pem'), read('client.pem'));
      await expect(ensureDevelopmentPki(other)).rejects.toMatchObject({ reason: 'mismatched-pki' });
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});

import { execFileSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { createCertificateAuthority } from './certificate-authority';
import { certificateFingerprint, normalizeFingerprint } from './certificate-fingerprint';
import { pemToDer, PEM_CERTIFICATE } from './pem-codec';

describe('certificate fingerprints', () => {
  it('match openssl x509 -fingerprint -sha256, for PEM and DER input', async () => {
    const { certificatePem } = await createCertificateAuthority({ keyAlgorithm: 'ecdsa-p256' });
    const openssl = execFileSync('openssl', ['x509', '-noout', '-fingerprint', '-sha256'], { input: certificatePem })
      .toString()
      .trim(); // e.g. "sha256 Fingerprint=AB:CD:..."
    const fingerprint = certificateFingerprint(certificatePem);
    expect(fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(normalizeFingerprint(openssl)).toBe(fingerprint);
    expect(normalizeFingerprint(openssl.split('=')[1])).toBe(fingerprint);
    expect(certificateFingerprint(pemToDer(certificatePem, PEM_CERTIFICATE))).toBe(fingerprint);
    expect(normalizeFingerprint(new X509Certificate(certificatePem).fingerprint256)).toBe(fingerprint);
  });

  it('normalizes colon, space and case variants and rejects anything else', () => {
    const canonical = 'a1'.repeat(32);
    expect(normalizeFingerprint(canonical)).toBe(canonical);
    expect(normalizeFingerprint(Array(32).fill('A1').join(':'))).toBe(canonical);
    expect(normalizeFingerprint(` ${Array(32).fill('a1').join(' ')}\n`)).toBe(canonical);
    for (const bad of [
      '',
      'a1'.repeat(31),
      'a1'.repeat(33),
      'g1'.repeat(32),
      'a:1a'.repeat(16),
      `${'a1'.repeat(20)}`,
    ]) {
      expect(() => normalizeFingerprint(bad)).toThrow(/bad-fingerprint/);
    }
  });
});

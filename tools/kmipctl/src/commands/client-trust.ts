import { X509Certificate } from 'node:crypto';
import type { ClientTrust } from '@kmip/key-lifecycle';
import { PEM_CERTIFICATE, pemToDer, type CertificateAuthority } from '@kmip/pki';

/**
 * How the server will trust a client certificate (DESIGN §5): by its chain when the deployment's CA issued it, else
 * by its fingerprint (vCenter's uploaded self-signed certificate). `--pinned` pins even an issued certificate.
 */
export function clientTrust(
  certificatePem: string,
  ca: CertificateAuthority | undefined,
  pinned: boolean,
): ClientTrust {
  if (pinned || ca === undefined) return 'PinnedFingerprint';
  try {
    const certificate = new X509Certificate(pemToDer(certificatePem, PEM_CERTIFICATE));
    const authority = new X509Certificate(ca.certificatePem);
    return certificate.checkIssued(authority) && certificate.verify(authority.publicKey)
      ? 'IssuedByServerCa'
      : 'PinnedFingerprint';
  } catch {
    return 'PinnedFingerprint';
  }
}

import type { CertificateAuthority } from './certificate-authority';
import { toJsonName, type SubjectName } from './distinguished-name';
import { issueEndEntityCertificate } from './end-entity-certificate';
import { DEFAULT_KEY_ALGORITHM, generateKeyPair, privateKeyToPem, type KeyAlgorithm } from './key-algorithm';
import type { IssuedCertificate } from './server-certificate';
import { x509 } from './x509-provider';

export interface ClientCertificateOptions {
  readonly subject: SubjectName;
  readonly keyAlgorithm?: KeyAlgorithm;
  readonly validityDays?: number;
}

/**
 * A TLS client certificate (clientAuth) and its new private key: the trust mode where the key server issues vCenter's
 * certificate and key and the administrator uploads both into vCenter.
 */
export async function issueClientCertificate(
  ca: CertificateAuthority,
  options: ClientCertificateOptions,
): Promise<IssuedCertificate> {
  const keyAlgorithm = options.keyAlgorithm ?? DEFAULT_KEY_ALGORITHM;
  const keys = await generateKeyPair(keyAlgorithm);
  const certificatePem = await issueEndEntityCertificate(ca, {
    subject: toJsonName(options.subject),
    publicKey: keys.publicKey,
    rsa: keyAlgorithm !== 'ecdsa-p256',
    extendedKeyUsages: [x509.ExtendedKeyUsage.clientAuth],
    validityDays: options.validityDays,
  });
  return { certificatePem, privateKeyPem: await privateKeyToPem(keys.privateKey) };
}

import type { CertificateAuthority } from './certificate-authority';
import { toJsonName, type SubjectName } from './distinguished-name';
import { issueEndEntityCertificate } from './end-entity-certificate';
import { DEFAULT_KEY_ALGORITHM, generateKeyPair, privateKeyToPem, type KeyAlgorithm } from './key-algorithm';
import { x509 } from './x509-provider';

/** A certificate and the private key it certifies, both PEM (the key PKCS#8). */
export interface IssuedCertificate {
  readonly certificatePem: string;
  readonly privateKeyPem: string;
}

export interface ServerCertificateOptions {
  /** Default: CN = the first name in `names`, else `localhost`. */
  readonly subject?: SubjectName;
  /**
   * Host names and IP addresses clients connect to (vCenter checks the name it was given against these). `localhost`
   * and `127.0.0.1` are always included.
   */
  readonly names?: readonly string[];
  readonly keyAlgorithm?: KeyAlgorithm;
  readonly validityDays?: number;
}

/** A TLS server certificate (serverAuth) for the KMIP endpoint, with a new key pair. */
export async function issueServerCertificate(
  ca: CertificateAuthority,
  options: ServerCertificateOptions = {},
): Promise<IssuedCertificate> {
  const keyAlgorithm = options.keyAlgorithm ?? DEFAULT_KEY_ALGORITHM;
  const keys = await generateKeyPair(keyAlgorithm);
  const names = [...new Set([...(options.names ?? []), 'localhost', '127.0.0.1'])];
  const certificatePem = await issueEndEntityCertificate(ca, {
    subject: toJsonName(options.subject ?? { commonName: names[0], organization: 'kmip-vmware' }),
    publicKey: keys.publicKey,
    rsa: keyAlgorithm !== 'ecdsa-p256',
    extendedKeyUsages: [x509.ExtendedKeyUsage.serverAuth],
    altNames: names,
    validityDays: options.validityDays,
  });
  return { certificatePem, privateKeyPem: await privateKeyToPem(keys.privateKey) };
}

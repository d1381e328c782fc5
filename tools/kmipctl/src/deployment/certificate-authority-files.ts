import { readPemFile, type CertificateAuthority } from '@kmip/pki';

/** The CA of a deployment from its PEM files. */
export async function readCertificateAuthority(certificate: string, key: string): Promise<CertificateAuthority> {
  try {
    return { certificatePem: await readPemFile(certificate), privateKeyPem: await readPemFile(key) };
  } catch {
    throw new Error(`the deployment's CA cannot be read from ${certificate} and ${key}`);
  }
}

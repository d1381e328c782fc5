import { randomSerialNumber, validityPeriod } from './certificate-validity';
import { toJsonName, type SubjectName } from './distinguished-name';
import {
  DEFAULT_KEY_ALGORITHM,
  generateKeyPair,
  privateKeyToPem,
  signatureAlgorithmFor,
  type KeyAlgorithm,
} from './key-algorithm';
import { derToPem, PEM_CERTIFICATE } from './pem-codec';
import { x509 } from './x509-provider';

/** A CA as files hold it: its certificate and its PKCS#8 private key, both PEM. */
export interface CertificateAuthority {
  readonly certificatePem: string;
  readonly privateKeyPem: string;
}

export interface CreateCertificateAuthorityOptions {
  readonly subject?: SubjectName;
  readonly keyAlgorithm?: KeyAlgorithm;
  /** Default 3650 (ten years): replacing a CA means re-trusting it in every vCenter. */
  readonly validityDays?: number;
}

export const DEFAULT_CA_SUBJECT: SubjectName = { commonName: 'KMIP for VMware CA', organization: 'kmip-vmware' };

/** A self-signed root CA that may sign end-entity certificates only (path length 0). */
export async function createCertificateAuthority(
  options: CreateCertificateAuthorityOptions = {},
): Promise<CertificateAuthority> {
  const keys = await generateKeyPair(options.keyAlgorithm ?? DEFAULT_KEY_ALGORITHM);
  const certificate = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: randomSerialNumber(),
    name: toJsonName(options.subject ?? DEFAULT_CA_SUBJECT),
    ...validityPeriod(options.validityDays ?? 3650),
    keys,
    signingAlgorithm: signatureAlgorithmFor(keys.privateKey),
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    ],
  });
  return {
    certificatePem: derToPem(certificate.rawData, PEM_CERTIFICATE),
    privateKeyPem: await privateKeyToPem(keys.privateKey),
  };
}

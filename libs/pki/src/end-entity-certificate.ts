import { isIP } from 'node:net';
import type { CertificateAuthority } from './certificate-authority';
import { randomSerialNumber, validityPeriod } from './certificate-validity';
import { endEntityKeyUsages, importSigningKey, signatureAlgorithmFor } from './key-algorithm';
import { certificateDer, derToPem, PEM_CERTIFICATE } from './pem-codec';
import { x509, type CryptoKey } from './x509-provider';

/** Default validity of server and client certificates: 825 days, the longest most TLS clients still accept. */
export const DEFAULT_END_ENTITY_VALIDITY_DAYS = 825;

export interface EndEntityRequest {
  /** The subject, already as a Name (from a CSR) or in @peculiar/x509's JSON form. */
  readonly subject: x509.Name | Array<Record<string, string[]>>;
  /** The subject public key: a CSR's, or a key pair's public CryptoKey. */
  readonly publicKey: x509.PublicKey | CryptoKey;
  readonly rsa: boolean;
  readonly extendedKeyUsages: readonly string[];
  /** DNS names and IP addresses for the Subject Alternative Name extension. */
  readonly altNames?: readonly string[];
  readonly validityDays?: number;
}

/** Signs an end-entity certificate with the CA's key and returns it as PEM. */
export async function issueEndEntityCertificate(ca: CertificateAuthority, request: EndEntityRequest): Promise<string> {
  const caCertificate = new x509.X509Certificate(certificateDer(ca.certificatePem));
  const signingKey = await importSigningKey(ca.privateKeyPem);
  const extensions: x509.Extension[] = [
    new x509.BasicConstraintsExtension(false, undefined, true),
    new x509.KeyUsagesExtension(endEntityKeyUsages(request.rsa), true),
    new x509.ExtendedKeyUsageExtension([...request.extendedKeyUsages], false),
    await x509.SubjectKeyIdentifierExtension.create(request.publicKey),
    await authorityKeyIdentifier(caCertificate),
  ];
  if (request.altNames !== undefined && request.altNames.length > 0) {
    extensions.push(new x509.SubjectAlternativeNameExtension(request.altNames.map(generalName), false));
  }
  const certificate = await x509.X509CertificateGenerator.create({
    serialNumber: randomSerialNumber(),
    subject: request.subject,
    issuer: caCertificate.subjectName,
    ...validityPeriod(request.validityDays ?? DEFAULT_END_ENTITY_VALIDITY_DAYS),
    publicKey: request.publicKey,
    signingKey,
    signingAlgorithm: signatureAlgorithmFor(signingKey),
    extensions,
  });
  return derToPem(certificate.rawData, PEM_CERTIFICATE);
}

/** Copies the CA's own key identifier so that chain builders match issuer and subject keys exactly. */
async function authorityKeyIdentifier(caCertificate: x509.X509Certificate): Promise<x509.Extension> {
  const ski = caCertificate.getExtension(x509.SubjectKeyIdentifierExtension);
  if (ski !== null) return new x509.AuthorityKeyIdentifierExtension(ski.keyId, false);
  return x509.AuthorityKeyIdentifierExtension.create(caCertificate.publicKey, false);
}

function generalName(name: string): { type: 'ip' | 'dns'; value: string } {
  return isIP(name) !== 0 ? { type: 'ip', value: name } : { type: 'dns', value: name };
}

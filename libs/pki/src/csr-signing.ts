import type { CertificateAuthority } from './certificate-authority';
import { issueEndEntityCertificate } from './end-entity-certificate';
import { checkSubjectPublicKey } from './key-algorithm';
import { PEM_CERTIFICATE_REQUEST, pemToDer } from './pem-codec';
import { PkiError } from './pki-error';
import { x509 } from './x509-provider';

export interface CsrSigningOptions {
  readonly validityDays?: number;
}

/**
 * The "sign vCenter's CSR" trust mode: vCenter keeps its private key and sends a PKCS#10 request; we return a
 * clientAuth certificate for it.
 *
 * The CSR's proof of possession (its signature) must verify, its key must be RSA >= 2048 or EC on a NIST curve, and
 * its subject must not be empty. The subject is copied as-is; the extensions the CSR asks for are not: the issued
 * certificate carries exactly the end-entity profile of this CA (clientAuth, no alternative names), because this CA
 * verifies no names and the allow-list identifies the client by fingerprint anyway.
 */
export async function signCertificateRequest(
  ca: CertificateAuthority,
  csr: string | Uint8Array,
  options: CsrSigningOptions = {},
): Promise<string> {
  const der = typeof csr === 'string' ? pemToDer(csr, PEM_CERTIFICATE_REQUEST) : Buffer.from(csr);
  let request: x509.Pkcs10CertificateRequest;
  try {
    request = new x509.Pkcs10CertificateRequest(der);
  } catch {
    throw new PkiError('bad-pem', 'the certificate request is not a well-formed PKCS#10 structure');
  }
  let signatureValid: boolean;
  try {
    signatureValid = await request.verify();
  } catch {
    signatureValid = false;
  }
  if (!signatureValid) throw new PkiError('bad-csr-signature', 'the certificate request signature does not verify');
  const { rsa } = checkSubjectPublicKey(request.publicKey.rawData);
  if (request.subjectName.toJSON().length === 0) {
    throw new PkiError('empty-subject', 'the certificate request has an empty subject');
  }
  return issueEndEntityCertificate(ca, {
    subject: request.subjectName,
    publicKey: request.publicKey,
    rsa,
    extendedKeyUsages: [x509.ExtendedKeyUsage.clientAuth],
    validityDays: options.validityDays,
  });
}

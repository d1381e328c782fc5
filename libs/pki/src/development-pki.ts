import { createPrivateKey, X509Certificate } from 'node:crypto';
import { access, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { createCertificateAuthority, type CertificateAuthority } from './certificate-authority';
import { certificateFingerprint } from './certificate-fingerprint';
import { issueClientCertificate } from './client-certificate';
import type { KeyAlgorithm } from './key-algorithm';
import { readPemFile, writeCertificateFile, writeKeyFile } from './pem-file';
import { PkiError } from './pki-error';
import { issueServerCertificate, type IssuedCertificate } from './server-certificate';

export interface DevelopmentPkiOptions {
  /** Extra host names / IP addresses for the server certificate (localhost and 127.0.0.1 are always in it). */
  readonly serverNames?: readonly string[];
  readonly keyAlgorithm?: KeyAlgorithm;
}

export interface DevelopmentPki {
  readonly caCertificatePath: string;
  readonly caKeyPath: string;
  readonly serverCertificatePath: string;
  readonly serverKeyPath: string;
  readonly clientCertificatePath: string;
  readonly clientKeyPath: string;
  /** Canonical SHA-256 fingerprint of the client certificate, to put on the allow-list. */
  readonly clientFingerprint: string;
  /** Files this call wrote; empty when everything already existed and was reused. */
  readonly created: readonly string[];
}

/**
 * The embedded mode's certificates under `<dataDir>/certs`: a CA, a server certificate for the KMIP endpoint and a
 * client certificate to give to vCenter (or a test client).
 *
 * Existing files are reused and never overwritten, so a vCenter that trusts this CA keeps working across restarts.
 * Missing pairs are issued by the existing CA. A half pair (a certificate without its key or the reverse), a key that
 * does not match its certificate, or a certificate the CA did not issue is an error: the operator must look.
 */
export async function ensureDevelopmentPki(
  dataDir: string,
  options: DevelopmentPkiOptions = {},
): Promise<DevelopmentPki> {
  const dir = join(dataDir, 'certs');
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const paths = {
    caCertificatePath: join(dir, 'ca.pem'),
    caKeyPath: join(dir, 'ca-key.pem'),
    serverCertificatePath: join(dir, 'server.pem'),
    serverKeyPath: join(dir, 'server-key.pem'),
    clientCertificatePath: join(dir, 'client.pem'),
    clientKeyPath: join(dir, 'client-key.pem'),
  };
  const created: string[] = [];
  const keyAlgorithm = options.keyAlgorithm;

  const ca = await loadOrCreatePair(paths.caCertificatePath, paths.caKeyPath, created, () =>
    createCertificateAuthority({ keyAlgorithm }),
  );
  const caCertificate = new X509Certificate(ca.certificatePem);
  if (!caCertificate.ca) throw new PkiError('mismatched-pki', `${paths.caCertificatePath} is not a CA certificate`);

  const server = await loadOrCreatePair(paths.serverCertificatePath, paths.serverKeyPath, created, () =>
    issueServerCertificate(ca, { names: options.serverNames, keyAlgorithm }),
  );
  checkIssuedBy(caCertificate, server, paths.serverCertificatePath);
  const client = await loadOrCreatePair(paths.clientCertificatePath, paths.clientKeyPath, created, () =>
    issueClientCertificate(ca, { subject: { commonName: 'kmip-client', organization: 'kmip-vmware' }, keyAlgorithm }),
  );
  checkIssuedBy(caCertificate, client, paths.clientCertificatePath);

  return { ...paths, clientFingerprint: certificateFingerprint(client.certificatePem), created };
}

async function loadOrCreatePair(
  certificatePath: string,
  keyPath: string,
  created: string[],
  create: () => Promise<CertificateAuthority | IssuedCertificate>,
): Promise<IssuedCertificate> {
  const [haveCertificate, haveKey] = await Promise.all([exists(certificatePath), exists(keyPath)]);
  if (haveCertificate && haveKey) {
    return { certificatePem: await readPemFile(certificatePath), privateKeyPem: await readPemFile(keyPath) };
  }
  if (haveCertificate || haveKey) {
    throw new PkiError('incomplete-pki', `${haveKey ? certificatePath : keyPath} is missing; it will not be replaced`);
  }
  const pair = await create();
  // The key first: a crash in between leaves a key without a certificate, reported above, never the reverse.
  await writeKeyFile(keyPath, pair.privateKeyPem);
  created.push(keyPath);
  await writeCertificateFile(certificatePath, pair.certificatePem);
  created.push(certificatePath);
  return pair;
}

function checkIssuedBy(ca: X509Certificate, pair: IssuedCertificate, path: string): void {
  const certificate = new X509Certificate(pair.certificatePem);
  if (!certificate.checkIssued(ca) || !certificate.verify(ca.publicKey)) {
    throw new PkiError('mismatched-pki', `${path} was not issued by the CA beside it`);
  }
  if (!certificate.checkPrivateKey(createPrivateKey(pair.privateKeyPem))) {
    throw new PkiError('mismatched-pki', `${path} does not match its private key file`);
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

import { access } from 'node:fs/promises';
import { join } from 'node:path';
import {
  certificateFingerprint,
  ensureDevelopmentPki,
  issueClientCertificate,
  issueServerCertificate,
  readPemFile,
  writeCertificateFile,
  writeKeyFile,
  type CertificateAuthority,
  type IssuedCertificate,
} from '@kmip/pki';

export interface PemPair {
  readonly cert: string;
  readonly key: string;
}

/** Paths of a distributed deployment's certificates (all in `<run dir>/certs`, keys mode 0600). */
export interface StackCertificates {
  /** The deployment's CA: it issues every certificate below, and vCenter trusts it. */
  readonly ca: string;
  readonly caKey: string;
  /** The gateways' KMIP server certificate. */
  readonly serverCert: string;
  readonly serverKey: string;
  /** The first client, allowed on the default tenant: what vCenter (or a test) uploads. */
  readonly clientCert: string;
  readonly clientKey: string;
  readonly clientFingerprint: string;
  /** The key-wrapping service's RPC server certificate. */
  readonly keyWrapping: PemPair;
  /** Each gateway's client certificate for the key-wrapping RPC, and its fingerprint (the service's peer list). */
  readonly gatewayRpc: Readonly<Record<'gateway-a' | 'gateway-b', PemPair & { readonly fingerprint: string }>>;
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/** A certificate and key under `certs/<name>.pem` and `certs/<name>-key.pem`, issued unless both exist. */
async function pair(dir: string, name: string, issue: () => Promise<IssuedCertificate>): Promise<PemPair> {
  const files = { cert: join(dir, `${name}.pem`), key: join(dir, `${name}-key.pem`) };
  if (!(await exists(files.cert)) || !(await exists(files.key))) {
    const issued = await issue();
    await writeKeyFile(files.key, issued.privateKeyPem);
    await writeCertificateFile(files.cert, issued.certificatePem);
  }
  return files;
}

/** Creates (or reuses) every certificate of the deployment from one CA (libs/pki). */
export async function ensureStackCertificates(
  runDir: string,
  serverNames: readonly string[],
): Promise<StackCertificates> {
  const pki = await ensureDevelopmentPki(runDir, { serverNames });
  const dir = join(runDir, 'certs');
  const ca: CertificateAuthority = {
    certificatePem: await readPemFile(pki.caCertificatePath),
    privateKeyPem: await readPemFile(pki.caKeyPath),
  };
  const keyWrapping = await pair(dir, 'key-wrapping', () =>
    issueServerCertificate(ca, { subject: { commonName: 'key-wrapping', organization: 'kmip-vmware' } }),
  );
  const rpcClient = async (name: 'gateway-a' | 'gateway-b') => {
    const files = await pair(dir, `${name}-rpc`, () =>
      issueClientCertificate(ca, { subject: { commonName: `kmip-${name}`, organization: 'kmip-vmware' } }),
    );
    return { ...files, fingerprint: certificateFingerprint(await readPemFile(files.cert)) };
  };
  return {
    ca: pki.caCertificatePath,
    caKey: pki.caKeyPath,
    serverCert: pki.serverCertificatePath,
    serverKey: pki.serverKeyPath,
    clientCert: pki.clientCertificatePath,
    clientKey: pki.clientKeyPath,
    clientFingerprint: pki.clientFingerprint,
    keyWrapping,
    gatewayRpc: { 'gateway-a': await rpcClient('gateway-a'), 'gateway-b': await rpcClient('gateway-b') },
  };
}

import { join } from 'node:path';
import {
  createCertificateAuthority,
  issueClientCertificate,
  issueServerCertificate,
  writeCertificateFile,
  writeKeyFile,
} from '@kmip/pki';

/** Certificates for a server started by the load generator, in memory and as files in `dir`. */
export interface LoadPki {
  readonly caPem: string;
  readonly serverCertificatePem: string;
  readonly clientCertificatePem: string;
  readonly clientKeyPem: string;
  readonly paths: {
    readonly ca: string;
    readonly serverCertificate: string;
    readonly serverKey: string;
    readonly clientCertificate: string;
    readonly clientKey: string;
  };
}

/**
 * A fresh CA, a server certificate for 127.0.0.1/localhost and a client certificate (extendedKeyUsage clientAuth,
 * which PyKMIP requires; its common name is the client identity PyKMIP records as the owner of created objects).
 * RSA 2048, as vCenter uses, which also suits PyKMIP's TLS 1.2 suite (ECDHE-RSA with AES-CBC-SHA256/384).
 */
export async function createLoadPki(dir: string, clientCommonName = 'kmip-load'): Promise<LoadPki> {
  const ca = await createCertificateAuthority({ subject: { commonName: 'kmip-load CA' } });
  const [server, client] = await Promise.all([
    issueServerCertificate(ca, { names: ['127.0.0.1', 'localhost'] }),
    issueClientCertificate(ca, { subject: { commonName: clientCommonName } }),
  ]);
  const paths = {
    ca: join(dir, 'ca.pem'),
    serverCertificate: join(dir, 'server.pem'),
    serverKey: join(dir, 'server-key.pem'),
    clientCertificate: join(dir, 'client.pem'),
    clientKey: join(dir, 'client-key.pem'),
  };
  await Promise.all([
    writeCertificateFile(paths.ca, ca.certificatePem),
    writeCertificateFile(paths.serverCertificate, server.certificatePem),
    writeKeyFile(paths.serverKey, server.privateKeyPem),
    writeCertificateFile(paths.clientCertificate, client.certificatePem),
    writeKeyFile(paths.clientKey, client.privateKeyPem),
  ]);
  return {
    caPem: ca.certificatePem,
    serverCertificatePem: server.certificatePem,
    clientCertificatePem: client.certificatePem,
    clientKeyPem: client.privateKeyPem,
    paths,
  };
}

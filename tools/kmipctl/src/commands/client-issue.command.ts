import { access, mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { certificateFingerprint, issueClientCertificate, writeCertificateFile, writeKeyFile } from '@kmip/pki';
import { UsageError } from '../cli/usage-error';
import { allowClient } from './allow-client';
import { allowedOperations, CLIENT_FLAGS, clientCredential, tenantName } from './client-options';
import type { Command } from './command';

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * `client issue --tenant T --out DIR`: a client certificate and key from the deployment's CA (the trust mode where
 * vCenter uploads both), allowed on the tenant, written as DIR/client.pem, DIR/client-key.pem (0600) and DIR/ca.pem.
 */
export const clientIssue: Command = {
  flags: [...CLIENT_FLAGS, 'out', 'name'],
  operands: 0,
  prepare: async (flags) => {
    const tenant = tenantName(flags);
    const out = resolve(flags.required('out'));
    const commonName = flags.optional('name') ?? `kmip-client-${tenant}`;
    const operations = allowedOperations(flags);
    const credential = await clientCredential(flags);
    const files = { certificate: join(out, 'client.pem'), key: join(out, 'client-key.pem'), ca: join(out, 'ca.pem') };
    for (const path of [files.certificate, files.key]) {
      if (await exists(path)) throw new UsageError(`${path} exists; it will not be replaced`);
    }
    return async (deployment) => {
      const ca = await deployment.certificateAuthority();
      const issued = await issueClientCertificate(ca, {
        subject: { commonName, organization: 'kmip-vmware' },
      });
      const fingerprint = certificateFingerprint(issued.certificatePem);
      await mkdir(out, { recursive: true, mode: 0o700 });
      // The key first: an interrupted run leaves a key without its certificate, never an allowed certificate
      // whose key is lost.
      await writeKeyFile(files.key, issued.privateKeyPem);
      await writeCertificateFile(files.certificate, issued.certificatePem);
      if (!(await exists(files.ca))) await writeCertificateFile(files.ca, ca.certificatePem);
      const line = await allowClient(deployment, {
        tenant,
        fingerprint,
        allowedOperations: operations,
        trust: 'IssuedByServerCa',
        ...(credential === undefined ? {} : { credential }),
      });
      return [line, `certificate ${files.certificate}, private key ${files.key}, CA certificate ${files.ca}`];
    };
  },
};

import { access, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { certificateFingerprint, PkiError, signCertificateRequest, writeCertificateFile } from '@kmip/pki';
import { UsageError } from '../cli/usage-error';
import { allowClient } from './allow-client';
import { allowedOperations, CLIENT_FLAGS, clientCredential, tenantName } from './client-options';
import type { Command } from './command';

/**
 * `client sign-csr --tenant T --csr FILE --out FILE`: vCenter's CSR mode. The deployment's CA signs the request, the
 * certificate is allowed on the tenant and written to FILE (upload it in vCenter together with the CA certificate).
 */
export const clientSignCsr: Command = {
  flags: [...CLIENT_FLAGS, 'csr', 'out'],
  operands: 0,
  prepare: async (flags) => {
    const tenant = tenantName(flags);
    const csrFile = flags.required('csr');
    const out = resolve(flags.required('out'));
    let csr: string;
    try {
      csr = await readFile(csrFile, 'utf8');
    } catch {
      throw new UsageError(`--csr: ${csrFile} cannot be read`);
    }
    const taken = await access(out).then(
      () => true,
      () => false,
    );
    if (taken) throw new UsageError(`${out} exists; it will not be replaced`);
    const operations = allowedOperations(flags);
    const credential = await clientCredential(flags);
    return async (deployment) => {
      const ca = await deployment.certificateAuthority();
      let certificatePem: string;
      try {
        certificatePem = await signCertificateRequest(ca, csr);
      } catch (error) {
        if (error instanceof PkiError) throw new UsageError(`--csr: ${error.message}`);
        throw error;
      }
      const fingerprint = certificateFingerprint(certificatePem);
      await writeCertificateFile(out, certificatePem);
      const line = await allowClient(deployment, {
        tenant,
        fingerprint,
        allowedOperations: operations,
        trust: 'IssuedByServerCa',
        ...(credential === undefined ? {} : { credential }),
      });
      return [line, `certificate ${out}`];
    };
  },
};

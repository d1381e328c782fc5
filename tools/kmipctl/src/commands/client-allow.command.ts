import { readFile } from 'node:fs/promises';
import { certificateFingerprint } from '@kmip/pki';
import { UsageError } from '../cli/usage-error';
import { allowClient } from './allow-client';
import { allowedOperations, CLIENT_FLAGS, clientCredential, tenantName } from './client-options';
import { clientTrust } from './client-trust';
import type { Command } from './command';

/** `client allow --tenant T --cert FILE`: the certificate's fingerprint on the tenant's allow-list. */
export const clientAllow: Command = {
  flags: [...CLIENT_FLAGS, 'cert', 'pinned'],
  operands: 0,
  prepare: async (flags) => {
    const tenant = tenantName(flags);
    const certFile = flags.required('cert');
    let certificatePem: string;
    let fingerprint: string;
    try {
      certificatePem = await readFile(certFile, 'utf8');
      fingerprint = certificateFingerprint(certificatePem);
    } catch {
      throw new UsageError(`--cert: ${certFile} is not a readable PEM certificate`);
    }
    const operations = allowedOperations(flags);
    const credential = await clientCredential(flags);
    const pinned = flags.switch('pinned');
    return async (deployment) => {
      const ca = pinned ? undefined : await deployment.certificateAuthority().catch(() => undefined);
      const line = await allowClient(deployment, {
        tenant,
        fingerprint,
        allowedOperations: operations,
        trust: clientTrust(certificatePem, ca, pinned),
        ...(credential === undefined ? {} : { credential }),
      });
      return [line];
    };
  },
};

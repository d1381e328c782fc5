import { normalizeFingerprint } from '@kmip/key-lifecycle';
import { UsageError } from '../cli/usage-error';
import { tenantName } from './client-options';
import type { Command } from './command';

/** `client remove --tenant T --fingerprint F`: off the allow-list; the gateways cut its open connections. */
export const clientRemove: Command = {
  flags: ['tenant', 'fingerprint'],
  operands: 0,
  prepare: (flags) => {
    const tenant = tenantName(flags);
    const fingerprint = normalizeFingerprint(flags.required('fingerprint'));
    if (fingerprint === undefined) {
      throw new UsageError('--fingerprint is a SHA-256 fingerprint: 64 hex digits, with or without colons');
    }
    return Promise.resolve(async (deployment) => {
      await deployment.execute({ kind: 'RemoveClient', tenant, fingerprint });
      return [`client ${fingerprint} removed from tenant ${tenant}`];
    });
  },
};

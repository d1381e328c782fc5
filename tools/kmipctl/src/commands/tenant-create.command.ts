import { isFileSafeTenant } from '@kmip/service-embedded';
import { UsageError } from '../cli/usage-error';
import type { PreparedRootKey } from '../deployment/deployment.port';
import type { Command } from './command';

/** `tenant create NAME`: a root key from the deployment's provider (or a named one), then `TenantCreated`. */
export const tenantCreate: Command = {
  flags: ['display-name', 'root-key-id', 'root-key-version'],
  operands: 1,
  prepare: (flags, [tenant]) => {
    if (!isFileSafeTenant(tenant)) {
      throw new UsageError('a tenant name is 1-64 letters, digits, ".", "_" or "-", starting with a letter or digit');
    }
    const displayName = flags.optional('display-name');
    const rootKeyId = flags.optional('root-key-id');
    const versionText = flags.optional('root-key-version');
    if ((rootKeyId === undefined) !== (versionText === undefined)) {
      throw new UsageError('--root-key-id and --root-key-version go together');
    }
    const version = versionText === undefined ? undefined : Number(versionText);
    if (version !== undefined && !(Number.isSafeInteger(version) && version >= 0)) {
      throw new UsageError('--root-key-version is a version number');
    }
    return Promise.resolve(async (deployment) => {
      const prepared: PreparedRootKey =
        rootKeyId !== undefined
          ? { rootKey: { rootKeyId, rootKeyVersion: version! }, activate: () => Promise.resolve(undefined) }
          : await deployment.prepareRootKey(tenant);
      await deployment.execute({
        kind: 'CreateTenant',
        tenant,
        rootKey: prepared.rootKey,
        ...(displayName === undefined ? {} : { displayName }),
      });
      const note = await prepared.activate();
      return [
        `tenant ${tenant} created (root key ${prepared.rootKey.rootKeyId}, version ${prepared.rootKey.rootKeyVersion})`,
        ...(note === undefined ? [] : [`note: ${note}`]),
      ];
    });
  },
};

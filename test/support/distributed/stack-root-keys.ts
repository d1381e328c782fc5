import { execFile } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RootKeyRef } from '@kmip/key-lifecycle';
import { ensureTenantKeystore, keystorePath } from '@kmip/service-embedded';
import type { RootKeysSetting } from '../../../tools/kmipctl/src/deployment/deployment-file';
import { REPO_ROOT, TS_NODE_ARGS } from '../repo-root';

export type RootKeyProviderKind = 'local' | 'pkcs11';

export interface StackRootKeys {
  /** How kmipctl makes the root keys of later tenants (deployment.json). */
  readonly setting: RootKeysSetting;
  /** The default tenant's root key, for its TenantCreated event. */
  readonly defaultRootKey: RootKeyRef;
  /** The key-wrapping service's variables for the default tenant. */
  readonly serviceEnv: Readonly<Record<string, string>>;
}

const SOFTHSM2_LIBRARY = process.env.SOFTHSM2_LIBRARY ?? '/usr/lib/softhsm/libsofthsm2.so';
export const PKCS11_KEY_LABEL_PREFIX = 'kmip-crk-';

function run(file: string, args: readonly string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { cwd: REPO_ROOT, env, timeout: 120_000 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${file} failed: ${stderr.trim().split('\n').slice(-3).join(' | ')}`));
      else resolve(stdout);
    });
  });
}

/** The default tenant's root key, created unless the run directory has it already. */
export async function ensureStackRootKeys(
  runDir: string,
  provider: RootKeyProviderKind,
  tenant: string,
  deployment: string,
): Promise<StackRootKeys> {
  if (provider === 'local') {
    const keystores = join(runDir, 'keystores');
    const defaultRootKey = await ensureTenantKeystore(keystores, tenant);
    return {
      setting: { provider: 'local', keystores },
      defaultRootKey,
      serviceEnv: { ROOT_KEY_PROVIDER: 'local', LOCAL_KEYSTORE_PATH: keystorePath(keystores, tenant) },
    };
  }

  // A SoftHSM2 token of this deployment in the run directory.
  const dir = join(runDir, 'softhsm');
  const conf = join(dir, 'softhsm2.conf');
  const pinFile = join(dir, 'pin');
  const tokenLabel = `kmip-${deployment}`.slice(0, 32);
  if (!existsSync(conf)) {
    await mkdir(join(dir, 'tokens'), { recursive: true, mode: 0o700 });
    await writeFile(
      conf,
      `directories.tokendir = ${join(dir, 'tokens')}\nobjectstore.backend = file\nlog.level = ERROR\n`,
    );
    const pin = String(randomInt(10_000_000, 99_999_999));
    await writeFile(pinFile, `${pin}\n`, { mode: 0o600 });
    const soPin = String(randomInt(10_000_000, 99_999_999));
    await run('softhsm2-util', ['--init-token', '--free', '--label', tokenLabel, '--pin', pin, '--so-pin', soPin], {
      ...process.env,
      SOFTHSM2_CONF: conf,
    });
  }
  const keyLabel = `${PKCS11_KEY_LABEL_PREFIX}${tenant}`;
  const output = await run(process.execPath, [...TS_NODE_ARGS, join(__dirname, 'pkcs11-root-key.child.ts')], {
    ...process.env,
    SOFTHSM2_CONF: conf,
    PKCS11_ROOT_KEY: JSON.stringify({ library: SOFTHSM2_LIBRARY, tokenLabel, pinFile, keyLabel }),
  });
  const defaultRootKey = JSON.parse(output.trim().split('\n').pop() ?? '{}') as RootKeyRef;
  return {
    setting: {
      provider: 'pkcs11',
      module: SOFTHSM2_LIBRARY,
      tokenLabel,
      pinFile,
      softhsmConf: conf,
      keyLabelPrefix: PKCS11_KEY_LABEL_PREFIX,
    },
    defaultRootKey,
    serviceEnv: {
      ROOT_KEY_PROVIDER: 'pkcs11',
      PKCS11_MODULE: SOFTHSM2_LIBRARY,
      PKCS11_TOKEN_LABEL: tokenLabel,
      PKCS11_KEY_LABEL: keyLabel,
      PKCS11_PIN_FILE: pinFile,
      SOFTHSM2_CONF: conf,
    },
  };
}

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** How a distributed deployment makes tenants' root keys. */
export type RootKeysSetting =
  | { readonly provider: 'local'; readonly keystores: string }
  | {
      readonly provider: 'pkcs11';
      readonly module: string;
      readonly tokenLabel: string;
      readonly pinFile: string;
      /** The SoftHSM2 configuration the token lives in, when the HSM is SoftHSM2. */
      readonly softhsmConf?: string;
      /** A tenant's root key is labelled `<prefix><tenant>`. */
      readonly keyLabelPrefix: string;
    };

/**
 * `<run dir>/deployment.json`, written by the distributed launcher: everything kmipctl needs to administer the
 * deployment. Paths are absolute.
 */
export interface DeploymentFile {
  readonly kafkaBrokers: readonly string[];
  readonly databaseUrl: string;
  readonly inventorySchema: string;
  readonly eventsTopic: string;
  readonly accessTopic: string;
  readonly defaultTenant: string;
  readonly ca: { readonly certificate: string; readonly key: string };
  readonly rootKeys: RootKeysSetting;
  /** The key-wrapping service's `KEY_WRAPPING_TENANTS_FILE`: tenants other than the default one. */
  readonly tenantsFile: string;
}

export const DEPLOYMENT_FILE = 'deployment.json';

export function deploymentFilePath(runDir: string): string {
  return join(runDir, DEPLOYMENT_FILE);
}

export async function readDeploymentFile(runDir: string): Promise<DeploymentFile> {
  const path = deploymentFilePath(runDir);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new Error(
      `no distributed deployment in ${runDir} (${DEPLOYMENT_FILE} is missing; npm run start:distributed)`,
    );
  }
  try {
    return JSON.parse(text) as DeploymentFile;
  } catch {
    throw new Error(`${path} is not JSON`);
  }
}

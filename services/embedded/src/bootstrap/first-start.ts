import { access, writeFile } from 'node:fs/promises';
import type { Actor } from '@kmip/key-lifecycle';
import type { TenantAdministration } from '../admin/tenant-administration';
import { TenantAdministrationError } from '../admin/tenant-administration.error';
import { ALL_OPERATIONS } from '../admin/tenant-request';
import { ensureTenantKeystore } from '../tenancy/tenant-keystores';

export interface FirstStartOptions {
  readonly tenant: string;
  readonly keystores: string;
  /** The marker written once the tenant and its first client exist. */
  readonly markerPath: string;
  /** SHA-256 fingerprint of the first client's certificate. */
  readonly clientFingerprint: string;
}

const actor: Actor = { kind: 'system', component: 'embedded-first-start' };

/**
 * On the first start: the default tenant (with a local root key) and its first client, appended through the normal
 * write path. Later starts find the marker and change nothing, so a client the operator removed stays removed. A
 * start interrupted half-way repeats the steps, each of which is idempotent. Answers whether it did anything.
 */
export async function ensureFirstClient(
  administration: TenantAdministration,
  options: FirstStartOptions,
): Promise<boolean> {
  if (await exists(options.markerPath)) return false;
  const rootKey = await ensureTenantKeystore(options.keystores, options.tenant);
  try {
    await administration.execute({ kind: 'CreateTenant', tenant: options.tenant, rootKey }, actor);
  } catch (error) {
    if (!(error instanceof TenantAdministrationError && error.reason === 'ObjectAlreadyExists')) throw error;
  }
  await administration.execute(
    {
      kind: 'AllowClient',
      tenant: options.tenant,
      fingerprint: options.clientFingerprint,
      allowedOperations: ALL_OPERATIONS,
      trust: 'IssuedByServerCa',
    },
    actor,
  );
  const marker = { tenant: options.tenant, clientFingerprint: options.clientFingerprint, at: new Date().toISOString() };
  await writeFile(options.markerPath, `${JSON.stringify(marker, null, 2)}\n`, { mode: 0o600 });
  return true;
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

import { readFile, rename, writeFile } from 'node:fs/promises';

/** One tenant's root key settings, named as the key-wrapping service's environment variables. */
export type TenantProviderSettings = Readonly<Record<string, string>>;

/**
 * Adds a tenant to the key-wrapping service's tenants file (`{ "tenants": { "<tenant>": { settings } } }`), unless
 * it is there already. The file is replaced atomically. Answers whether it changed.
 */
export async function addToTenantsFile(
  path: string,
  tenant: string,
  settings: TenantProviderSettings,
): Promise<boolean> {
  let contents: { tenants: Record<string, TenantProviderSettings> };
  try {
    contents = JSON.parse(await readFile(path, 'utf8')) as typeof contents;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new Error(`${path} cannot be read as JSON`);
    contents = { tenants: {} };
  }
  contents.tenants ??= {};
  if (Object.prototype.hasOwnProperty.call(contents.tenants, tenant)) return false;
  contents.tenants[tenant] = settings;
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(contents, null, 2)}\n`, { mode: 0o600 });
  await rename(temporary, path);
  return true;
}

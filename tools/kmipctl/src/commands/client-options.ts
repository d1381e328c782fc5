import { readFile } from 'node:fs/promises';
import { KMIP_OPERATIONS, type ClientCredential, type KmipOperation } from '@kmip/key-lifecycle';
import { ALL_OPERATIONS, TenantAdministrationError } from '@kmip/service-embedded';
import type { CommandFlags } from '../cli/parse-arguments';
import { UsageError } from '../cli/usage-error';

export const CLIENT_FLAGS = ['tenant', 'operations', 'username', 'password-file'] as const;

/** `--operations Get,Create,…` (names as the Operation enumeration spells them, without spaces), default all. */
export function allowedOperations(flags: CommandFlags): readonly KmipOperation[] {
  const text = flags.optional('operations');
  if (text === undefined) return ALL_OPERATIONS;
  const names = text
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name.length > 0);
  const unknown = names.filter((name) => !(KMIP_OPERATIONS as readonly string[]).includes(name));
  if (names.length === 0 || unknown.length > 0) {
    throw new UsageError(`--operations: ${unknown.length > 0 ? `unknown operation ${unknown[0]}` : 'none named'}`);
  }
  return names as KmipOperation[];
}

/** `--username U --password-file F`: the password is hashed with scrypt here and never sent in clear. */
export async function clientCredential(flags: CommandFlags): Promise<ClientCredential | undefined> {
  const username = flags.optional('username');
  const passwordFile = flags.optional('password-file');
  if (username === undefined && passwordFile === undefined) return undefined;
  if (username === undefined || passwordFile === undefined) {
    throw new UsageError('--username and --password-file go together');
  }
  let password: string;
  try {
    password = (await readFile(passwordFile, 'utf8')).replace(/\r?\n$/, '');
  } catch {
    throw new UsageError(`--password-file: ${passwordFile} cannot be read`);
  }
  if (password.length === 0) throw new UsageError(`--password-file: ${passwordFile} is empty`);
  // Loaded only when needed: the request processor's library is large.
  const { hashScryptPassword } = await import('@kmip/kmip-server');
  return { username, passwordHash: await hashScryptPassword(password) };
}

export function tenantName(flags: CommandFlags): string {
  return flags.required('tenant');
}

export function isRefusal(error: unknown, reason: string): boolean {
  return error instanceof TenantAdministrationError && error.reason === reason;
}

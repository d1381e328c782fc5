/**
 * The root key provider of a tenant from settings: `ROOT_KEY_PROVIDER` and its variables for the default tenant, or
 * one entry of the tenants file. Secrets (PKCS#11 PIN, Key Protect API key) come from a file or a variable.
 */
import type { RootKeyProviderConfig } from '@kmip/key-wrapping';
import { ConfigError } from './config.error';

/** Reads a variable (or a tenants-file field): undefined when absent or empty. */
export type SettingReader = (name: string) => string | undefined;
export type FileReader = (path: string) => string;

export function rootKeyProviderConfig(get: SettingReader, readFile: FileReader, where: string): RootKeyProviderConfig {
  const kind = get('ROOT_KEY_PROVIDER') ?? 'local';
  const required = (name: string): string => {
    const value = get(name);
    if (value === undefined) throw new ConfigError(`${where}: ${name} is required for ROOT_KEY_PROVIDER=${kind}`);
    return value;
  };
  const secret = (name: string): string => {
    const file = get(`${name}_FILE`);
    if (file !== undefined) {
      let text: string;
      try {
        text = readFile(file);
      } catch {
        throw new ConfigError(`${where}: the file named by ${name}_FILE cannot be read`);
      }
      const value = text.replace(/\r?\n$/, '');
      if (value.length === 0) throw new ConfigError(`${where}: the file named by ${name}_FILE is empty`);
      return value;
    }
    const value = get(name);
    if (value === undefined) throw new ConfigError(`${where}: ${name}_FILE or ${name} is required`);
    return value;
  };
  switch (kind) {
    case 'local': {
      const mechanism = get('LOCAL_WRAP_MECHANISM') ?? 'AES-256-GCM';
      if (mechanism !== 'AES-256-GCM' && mechanism !== 'AES-256-KWP-HKDF') {
        throw new ConfigError(`${where}: LOCAL_WRAP_MECHANISM must be AES-256-GCM or AES-256-KWP-HKDF`);
      }
      return {
        kind: 'local',
        keystorePath: required('LOCAL_KEYSTORE_PATH'),
        createIfMissing: flag(get, 'LOCAL_KEYSTORE_CREATE', false, where),
        mechanism,
      };
    }
    case 'pkcs11': {
      const calls = get('PKCS11_CALLS') ?? 'offloaded';
      if (calls !== 'offloaded' && calls !== 'blocking') {
        throw new ConfigError(`${where}: PKCS11_CALLS must be offloaded or blocking`);
      }
      return {
        kind: 'pkcs11',
        library: required('PKCS11_MODULE'),
        tokenLabel: required('PKCS11_TOKEN_LABEL'),
        keyLabel: required('PKCS11_KEY_LABEL'),
        pin: secret('PKCS11_PIN'),
        sessions: integer(get, 'PKCS11_SESSIONS', 4, 1, 64, where),
        calls,
      };
    }
    case 'keyprotect':
      return {
        kind: 'keyprotect',
        endpoint: required('KEYPROTECT_ENDPOINT'),
        instanceId: required('KEYPROTECT_INSTANCE_ID'),
        rootKeyId: required('KEYPROTECT_KEY_ID'),
        apiKey: secret('KEYPROTECT_API_KEY'),
        ...(get('KEYPROTECT_IAM_ENDPOINT') ? { iamEndpoint: get('KEYPROTECT_IAM_ENDPOINT') } : {}),
      };
    default:
      throw new ConfigError(`${where}: ROOT_KEY_PROVIDER must be local, pkcs11 or keyprotect`);
  }
}

export function flag(get: SettingReader, name: string, fallback: boolean, where = 'environment'): boolean {
  const value = get(name);
  if (value === undefined) return fallback;
  if (/^(1|true|yes)$/i.test(value)) return true;
  if (/^(0|false|no)$/i.test(value)) return false;
  throw new ConfigError(`${where}: ${name} must be true or false`);
}

export function integer(
  get: SettingReader,
  name: string,
  fallback: number,
  min: number,
  max: number,
  where = 'environment',
): number {
  const value = get(name);
  if (value === undefined) return fallback;
  const n = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw new ConfigError(`${where}: ${name} must be an integer from ${min} to ${max}`);
  }
  return n;
}

import { hostname } from 'node:os';

/** The settings of `npm start`, from its environment. */
export interface EmbeddedConfig {
  /** `KMIP_DATA_DIR`, default `./data`. */
  readonly dataDir: string;
  /** `KMIP_HOST`, default 127.0.0.1: the address the KMIP endpoint listens on and the name it prints. */
  readonly host: string;
  /** `KMIP_PORT`, default 5696 (0: a free port). */
  readonly port: number;
  /** `KMIP_AUDIT_PORT`: the audit/inventory REST API on 127.0.0.1, default 8081 (0: a free port; `off`: none). */
  readonly auditPort: number | 'off';
  /** `KMIP_TENANT`: the tenant of the first client, default `default`. */
  readonly tenant: string;
  /** Names the server certificate carries (made on first start only): `KMIP_HOST` (unless a wildcard), the host
   * name, and `KMIP_SERVER_NAMES` (comma-separated); localhost and 127.0.0.1 are always in it. */
  readonly serverNames: readonly string[];
  /** `KMIP_LOG_OPERATIONS`: one log line per KMIP operation, default true. */
  readonly logOperations: boolean;
}

export class EmbeddedConfigError extends Error {
  override readonly name = 'EmbeddedConfigError';
}

const WILDCARDS = new Set(['0.0.0.0', '::', '']);

export function readEmbeddedConfig(env: NodeJS.ProcessEnv): EmbeddedConfig {
  const get = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value === undefined || value === '' ? undefined : value;
  };
  const port = (name: string, fallback: number): number => {
    const text = get(name);
    if (text === undefined) return fallback;
    const value = /^\d{1,5}$/.test(text) ? Number(text) : NaN;
    if (!(value >= 0 && value <= 65535)) throw new EmbeddedConfigError(`${name} must be a port number from 0 to 65535`);
    return value;
  };
  const host = get('KMIP_HOST') ?? '127.0.0.1';
  const tenant = get('KMIP_TENANT') ?? 'default';
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(tenant)) {
    throw new EmbeddedConfigError('KMIP_TENANT must be 1-64 letters, digits, ".", "_" or "-"');
  }
  const logOperations = get('KMIP_LOG_OPERATIONS') ?? 'true';
  if (logOperations !== 'true' && logOperations !== 'false') {
    throw new EmbeddedConfigError('KMIP_LOG_OPERATIONS must be true or false');
  }
  const extraNames = (get('KMIP_SERVER_NAMES') ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name.length > 0);
  return {
    dataDir: get('KMIP_DATA_DIR') ?? 'data',
    host,
    port: port('KMIP_PORT', 5696),
    auditPort: get('KMIP_AUDIT_PORT') === 'off' ? 'off' : port('KMIP_AUDIT_PORT', 8081),
    tenant,
    serverNames: [...new Set([...(WILDCARDS.has(host) ? [] : [host]), hostname(), ...extraNames])],
    logOperations: logOperations === 'true',
  };
}

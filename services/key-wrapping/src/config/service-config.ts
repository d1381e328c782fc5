/**
 * The service's configuration, read from the environment (see the README for every variable). Validated as a whole
 * at start: a bad setting stops the service with a message naming it.
 */
import { readFileSync } from 'node:fs';
import { DEFAULT_KEY_WRAPPING_PORT, type RootKeyProviderConfig } from '@kmip/key-wrapping';
import { ConfigError } from './config.error';
import { parsePeerEntries, type PeerEntry } from './peer-entries';
import { integer, rootKeyProviderConfig, type FileReader, type SettingReader } from './root-key-provider.config';

export interface TenantsConfig {
  /** The tenant served by the provider `ROOT_KEY_PROVIDER` names. */
  readonly defaultTenant: string;
  /** Every served tenant (the default one included) and its root key provider: one CRK per tenant. */
  readonly providers: ReadonlyMap<string, RootKeyProviderConfig>;
}

export interface KeyWrappingServiceConfig {
  readonly listen: { readonly host: string; readonly port: number };
  /** PEM contents of the service certificate, its key, and the CA its peers' certificates must chain to. */
  readonly tls: { readonly cert: Buffer; readonly key: Buffer; readonly ca: Buffer };
  readonly allowedPeers: readonly PeerEntry[];
  readonly tenants: TenantsConfig;
  readonly database: { readonly url: string; readonly schema: string };
  readonly kafka: {
    readonly brokers: readonly string[];
    readonly topic: string;
    readonly partitions: number;
    readonly consumerGroup: string;
  };
  /**
   * The inventory read model the side effects read object states from (KeyRewrapped events, the check of a
   * conflicting destroy); undefined when KEY_WRAPPING_OBJECT_STATES=none.
   */
  readonly inventory?: {
    readonly url: string;
    readonly schema: string;
    readonly consumerGroup: string;
    readonly waitMs: number;
  };
  readonly rootKeyRefreshMs: number;
  readonly shutdownGraceMs: number;
}

const SCHEMA = /^[a-z_][a-z0-9_]{0,62}$/;

/** The tenants as configured now (the environment's default tenant and KEY_WRAPPING_TENANTS_FILE), read again. */
export function readTenantsConfig(
  env: NodeJS.ProcessEnv,
  readFile: FileReader = (path) => readFileSync(path, 'utf8'),
): TenantsConfig {
  return readTenants((name) => (env[name] === undefined || env[name] === '' ? undefined : env[name]), readFile);
}

export function readServiceConfig(
  env: NodeJS.ProcessEnv,
  readFile: FileReader = (path) => readFileSync(path, 'utf8'),
): KeyWrappingServiceConfig {
  const get: SettingReader = (name) => (env[name] === undefined || env[name] === '' ? undefined : env[name]);
  const required = (name: string): string => {
    const value = get(name);
    if (value === undefined) throw new ConfigError(`environment: ${name} is required`);
    return value;
  };
  const pem = (name: string): Buffer => {
    const path = required(name);
    try {
      return Buffer.from(readFile(path));
    } catch {
      throw new ConfigError(`environment: the file named by ${name} cannot be read`);
    }
  };

  const schema = get('KEY_WRAPPING_DB_SCHEMA') ?? 'key_wrapping';
  if (!SCHEMA.test(schema))
    throw new ConfigError('environment: KEY_WRAPPING_DB_SCHEMA must be a lower-case SQL identifier');
  const objectStates = get('KEY_WRAPPING_OBJECT_STATES') ?? 'inventory';
  if (objectStates !== 'inventory' && objectStates !== 'none') {
    throw new ConfigError('environment: KEY_WRAPPING_OBJECT_STATES must be inventory or none');
  }
  const inventorySchema = get('INVENTORY_DB_SCHEMA') ?? 'inventory';
  if (!SCHEMA.test(inventorySchema)) {
    throw new ConfigError('environment: INVENTORY_DB_SCHEMA must be a lower-case SQL identifier');
  }
  const brokers = required('KAFKA_BROKERS')
    .split(',')
    .map((b) => b.trim())
    .filter((b) => b.length > 0);
  if (brokers.length === 0) throw new ConfigError('environment: KAFKA_BROKERS names no broker');

  return {
    listen: {
      host: get('KEY_WRAPPING_HOST') ?? '127.0.0.1',
      port: integer(get, 'KEY_WRAPPING_PORT', DEFAULT_KEY_WRAPPING_PORT, 0, 65535),
    },
    tls: { cert: pem('KEY_WRAPPING_TLS_CERT'), key: pem('KEY_WRAPPING_TLS_KEY'), ca: pem('KEY_WRAPPING_TLS_CA') },
    allowedPeers: parsePeerEntries(required('KEY_WRAPPING_ALLOWED_PEERS')),
    tenants: readTenants(get, readFile),
    database: { url: required('DATABASE_URL'), schema },
    kafka: {
      brokers,
      topic: get('KMIP_EVENTS_TOPIC') ?? 'kmip.events',
      partitions: integer(get, 'KMIP_EVENTS_PARTITIONS', 6, 1, 10_000),
      consumerGroup: get('KEY_WRAPPING_CONSUMER_GROUP') ?? 'key-wrapping',
    },
    ...(objectStates === 'inventory'
      ? {
          inventory: {
            url: get('INVENTORY_DATABASE_URL') ?? required('DATABASE_URL'),
            schema: inventorySchema,
            consumerGroup: get('INVENTORY_CONSUMER_GROUP') ?? 'inventory',
            waitMs: integer(get, 'KEY_WRAPPING_READ_MODEL_WAIT_MS', 10_000, 0, 600_000),
          },
        }
      : {}),
    rootKeyRefreshMs: 1000 * integer(get, 'KEY_WRAPPING_ROOT_KEY_REFRESH_SECONDS', 60, 0, 86_400),
    shutdownGraceMs: integer(get, 'KEY_WRAPPING_SHUTDOWN_GRACE_MS', 10_000, 0, 600_000),
  };
}

function readTenants(get: SettingReader, readFile: FileReader): TenantsConfig {
  const defaultTenant = get('KEY_WRAPPING_TENANT') ?? 'default';
  const providers = new Map<string, RootKeyProviderConfig>([
    [defaultTenant, rootKeyProviderConfig(get, readFile, 'environment')],
  ]);
  const file = get('KEY_WRAPPING_TENANTS_FILE');
  if (file === undefined) return { defaultTenant, providers };
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFile(file));
  } catch {
    throw new ConfigError('KEY_WRAPPING_TENANTS_FILE: the file cannot be read as JSON');
  }
  const tenants = (parsed as { tenants?: unknown } | null)?.tenants;
  if (typeof tenants !== 'object' || tenants === null || Array.isArray(tenants)) {
    throw new ConfigError('KEY_WRAPPING_TENANTS_FILE: expected { "tenants": { "<tenant>": { settings } } }');
  }
  for (const [tenant, settings] of Object.entries(tenants as Record<string, unknown>)) {
    const where = `KEY_WRAPPING_TENANTS_FILE tenant "${tenant.slice(0, 64)}"`;
    if (tenant.length === 0 || providers.has(tenant)) throw new ConfigError(`${where}: empty or repeated tenant`);
    if (typeof settings !== 'object' || settings === null || Array.isArray(settings)) {
      throw new ConfigError(`${where}: the settings must be an object of setting names to strings`);
    }
    const entry = settings as Record<string, unknown>;
    const read: SettingReader = (name) => {
      const value = entry[name];
      if (value === undefined || value === '') return undefined;
      if (typeof value !== 'string') throw new ConfigError(`${where}: ${name} must be a string`);
      return value;
    };
    providers.set(tenant, rootKeyProviderConfig(read, readFile, where));
  }
  return { defaultTenant, providers };
}

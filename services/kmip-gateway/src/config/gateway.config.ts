/**
 * The gateway's settings, from its environment (distributed mode). Validated as a whole at start: a bad setting stops
 * the gateway with a message naming the variable. File paths are read here; their contents never appear in errors.
 */
import { readFileSync } from 'node:fs';
import { DEFAULT_KEY_WRAPPING_PORT } from '@kmip/key-wrapping';
import { DEFAULT_TRANSPORT_LIMITS as LIMITS, KMIP_PORT } from '@kmip/kmip-transport';

export interface GatewayConfig {
  readonly listen: { readonly host: string; readonly port: number };
  /** PEM contents: the server certificate (with intermediates), its key, and the CA(s) client certificates chain to. */
  readonly tls: { readonly cert: Buffer; readonly key: Buffer; readonly ca: Buffer };
  readonly kafka: {
    readonly brokers: readonly string[];
    readonly eventsTopic: string;
    readonly accessTopic: string;
    /** Partitions of the topics when this gateway creates them (existing topics stay as they are). */
    readonly topicPartitions: number;
  };
  readonly database: { readonly url: string; readonly inventorySchema: string };
  readonly keyWrapping: {
    readonly host: string;
    readonly port: number;
    readonly servername?: string;
    /** PEM: the CA of the key-wrapping service's certificate, and the gateway's client certificate and key. */
    readonly ca: Buffer;
    readonly cert: Buffer;
    readonly key: Buffer;
    readonly requestTimeoutMs: number;
  };
  readonly verdictTimeoutMs: number;
  readonly maxConflictRetries: number;
  readonly clientCacheMs: number;
  readonly limits: {
    readonly handshakeTimeoutMs: number;
    readonly idleTimeoutMs: number;
    readonly requestTimeoutMs: number;
    readonly maxMessageLength: number;
    readonly maxConnections: number;
  };
  readonly shutdownGraceMs: number;
  readonly vendorIdentification?: string;
  readonly logOperations: boolean;
}

export class GatewayConfigError extends Error {
  override readonly name = 'GatewayConfigError';
}

export type FileReader = (path: string) => Buffer;

export function readGatewayConfig(
  env: NodeJS.ProcessEnv,
  readFile: FileReader = (path) => readFileSync(path),
): GatewayConfig {
  const get = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value === undefined || value === '' ? undefined : value;
  };
  const required = (name: string): string => {
    const value = get(name);
    if (value === undefined) throw new GatewayConfigError(`${name} is required`);
    return value;
  };
  const integer = (name: string, fallback: number, min: number, max: number): number => {
    const text = get(name);
    if (text === undefined) return fallback;
    const value = Number(text);
    if (!Number.isInteger(value) || value < min || value > max) {
      throw new GatewayConfigError(`${name} must be an integer from ${min} to ${max}`);
    }
    return value;
  };
  const pem = (name: string): Buffer => {
    const path = required(name);
    let contents: Buffer;
    try {
      contents = readFile(path);
    } catch {
      throw new GatewayConfigError(`${name}: cannot read ${path}`);
    }
    if (!contents.toString('latin1').includes('-----BEGIN '))
      throw new GatewayConfigError(`${name}: ${path} is not PEM`);
    return contents;
  };
  const topic = (name: string, fallback: string): string => {
    const value = get(name) ?? fallback;
    if (!/^[A-Za-z0-9._-]{1,249}$/.test(value)) throw new GatewayConfigError(`${name} is not a valid Kafka topic name`);
    return value;
  };
  const hostPort = (name: string, fallbackPort: number): { host: string; port: number } => {
    const text = required(name);
    const m = /^(\[[0-9a-fA-F:.]+\]|[^:\s[\]]+)(?::(\d{1,5}))?$/.exec(text);
    const port = m?.[2] === undefined ? fallbackPort : Number(m[2]);
    if (m === null || port < 1 || port > 65535) throw new GatewayConfigError(`${name} must be host or host:port`);
    return { host: m[1].replace(/^\[|\]$/g, ''), port };
  };

  const brokers = (get('KAFKA_BROKERS') ?? '127.0.0.1:9092')
    .split(',')
    .map((b) => b.trim())
    .filter((b) => b.length > 0);
  if (brokers.length === 0 || brokers.some((b) => !/^[^:\s]+:\d{1,5}$/.test(b))) {
    throw new GatewayConfigError('KAFKA_BROKERS is a comma-separated list of host:port');
  }
  const inventorySchema = get('INVENTORY_SCHEMA') ?? 'inventory';
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(inventorySchema)) {
    throw new GatewayConfigError('INVENTORY_SCHEMA must be a lower-case SQL identifier');
  }
  const logOperations = get('KMIP_LOG_OPERATIONS') ?? 'true';
  if (logOperations !== 'true' && logOperations !== 'false') {
    throw new GatewayConfigError('KMIP_LOG_OPERATIONS must be true or false');
  }
  const keyWrappingAddress = hostPort('KEY_WRAPPING_ADDRESS', DEFAULT_KEY_WRAPPING_PORT);
  const servername = get('KEY_WRAPPING_SERVERNAME');
  const vendorIdentification = get('KMIP_VENDOR_IDENTIFICATION');

  return {
    listen: { host: get('KMIP_HOST') ?? '0.0.0.0', port: integer('KMIP_PORT', KMIP_PORT, 0, 65535) },
    tls: { cert: pem('KMIP_TLS_CERT'), key: pem('KMIP_TLS_KEY'), ca: pem('KMIP_TLS_CA') },
    kafka: {
      brokers,
      eventsTopic: topic('KMIP_EVENTS_TOPIC', 'kmip.events'),
      accessTopic: topic('KMIP_ACCESS_TOPIC', 'kmip.access'),
      topicPartitions: integer('KMIP_TOPIC_PARTITIONS', 6, 1, 10_000),
    },
    database: { url: required('DATABASE_URL'), inventorySchema },
    keyWrapping: {
      ...keyWrappingAddress,
      ...(servername === undefined ? {} : { servername }),
      ca: pem('KEY_WRAPPING_CA'),
      cert: pem('KEY_WRAPPING_CERT'),
      key: pem('KEY_WRAPPING_KEY'),
      requestTimeoutMs: integer('KEY_WRAPPING_TIMEOUT_MS', 10_000, 100, 600_000),
    },
    verdictTimeoutMs: integer('KMIP_VERDICT_TIMEOUT_MS', 5_000, 100, 120_000),
    maxConflictRetries: integer('KMIP_CONFLICT_RETRIES', 3, 0, 100),
    clientCacheMs: integer('KMIP_CLIENT_CACHE_MS', 30_000, 0, 3_600_000),
    limits: {
      handshakeTimeoutMs: integer('KMIP_HANDSHAKE_TIMEOUT_MS', LIMITS.handshakeTimeoutMs, 100, 600_000),
      idleTimeoutMs: integer('KMIP_IDLE_TIMEOUT_MS', LIMITS.idleTimeoutMs, 1_000, 86_400_000),
      requestTimeoutMs: integer('KMIP_REQUEST_TIMEOUT_MS', LIMITS.requestTimeoutMs, 1_000, 600_000),
      maxMessageLength: integer('KMIP_MAX_MESSAGE_BYTES', LIMITS.maxMessageLength, 1_024, 64 * 1_048_576),
      maxConnections: integer('KMIP_MAX_CONNECTIONS', LIMITS.maxConnections, 1, 1_000_000),
    },
    shutdownGraceMs: integer('KMIP_SHUTDOWN_GRACE_MS', 10_000, 0, 600_000),
    ...(vendorIdentification === undefined ? {} : { vendorIdentification }),
    logOperations: logOperations === 'true',
  };
}

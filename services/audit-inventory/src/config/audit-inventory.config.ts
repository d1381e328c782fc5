/** The settings of the audit/inventory service, from its environment variables. */
export interface AuditInventoryConfig {
  readonly kafkaBrokers: readonly string[];
  readonly databaseUrl: string;
  readonly schema: string;
  readonly httpPort: number;
  /** The HTTP API listens on the loopback interface only: it is for operators on the host, behind their proxy. */
  readonly httpHost: string;
  readonly eventsTopic: string;
  readonly accessTopic: string;
  /** Partitions of `kmip.events` and `kmip.access` when this service creates them (existing topics stay as they are). */
  readonly topicPartitions: number;
  /**
   * The projector's consumer group. Deployments sharing a broker need their own: kafkajs assigns a group's partitions
   * over every topic its members subscribe to, so two deployments' projectors in one group would split each other's.
   */
  readonly consumerGroup: string;
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const text = env[name]?.trim();
  if (!text) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer from ${min} to ${max}`);
  }
  return value;
}

export function readAuditInventoryConfig(env: NodeJS.ProcessEnv): AuditInventoryConfig {
  const brokers = (env.KAFKA_BROKERS ?? '127.0.0.1:9092')
    .split(',')
    .map((b) => b.trim())
    .filter((b) => b.length > 0);
  if (brokers.length === 0 || brokers.some((b) => !/^[^:\s]+:\d{1,5}$/.test(b))) {
    throw new ConfigError('KAFKA_BROKERS is a comma-separated list of host:port');
  }
  const schema = env.INVENTORY_SCHEMA?.trim() || 'inventory';
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new ConfigError('INVENTORY_SCHEMA must be a lower-case SQL identifier');
  }
  const topic = (name: string, fallback: string): string => {
    const value = env[name]?.trim() || fallback;
    if (!/^[A-Za-z0-9._-]{1,249}$/.test(value)) throw new ConfigError(`${name} is not a valid Kafka topic name`);
    return value;
  };
  return {
    kafkaBrokers: brokers,
    eventsTopic: topic('KMIP_EVENTS_TOPIC', 'kmip.events'),
    accessTopic: topic('KMIP_ACCESS_TOPIC', 'kmip.access'),
    databaseUrl: env.DATABASE_URL?.trim() || 'postgres://postgres@127.0.0.1:5432/test',
    schema,
    httpPort: integer(env, 'AUDIT_HTTP_PORT', 8081, 0, 65535),
    httpHost: '127.0.0.1',
    topicPartitions: integer(env, 'KMIP_TOPIC_PARTITIONS', 6, 1, 10_000),
    consumerGroup: consumerGroup(env.INVENTORY_CONSUMER_GROUP),
  };
}

function consumerGroup(text: string | undefined): string {
  const value = text?.trim() || 'inventory';
  if (!/^[A-Za-z0-9._-]{1,249}$/.test(value)) throw new ConfigError('INVENTORY_CONSUMER_GROUP is not a valid group id');
  return value;
}

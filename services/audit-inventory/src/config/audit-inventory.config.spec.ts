import { ConfigError, readAuditInventoryConfig } from './audit-inventory.config';

describe('audit/inventory settings', () => {
  it('defaults to the local development setup', () => {
    expect(readAuditInventoryConfig({})).toEqual({
      kafkaBrokers: ['127.0.0.1:9092'],
      eventsTopic: 'kmip.events',
      accessTopic: 'kmip.access',
      databaseUrl: 'postgres://postgres@127.0.0.1:5432/test',
      schema: 'inventory',
      httpPort: 8081,
      httpHost: '127.0.0.1',
      topicPartitions: 6,
      consumerGroup: 'inventory',
    });
  });

  it('reads every variable', () => {
    expect(
      readAuditInventoryConfig({
        KAFKA_BROKERS: 'k1:9092, k2:9093',
        DATABASE_URL: 'postgres://app@db:5432/kmip',
        INVENTORY_SCHEMA: 'tenant_dev',
        AUDIT_HTTP_PORT: '9000',
        KMIP_TOPIC_PARTITIONS: '12',
        KMIP_EVENTS_TOPIC: 'dev.kmip.events',
        KMIP_ACCESS_TOPIC: 'dev.kmip.access',
        INVENTORY_CONSUMER_GROUP: 'dev.inventory',
      }),
    ).toEqual({
      kafkaBrokers: ['k1:9092', 'k2:9093'],
      eventsTopic: 'dev.kmip.events',
      accessTopic: 'dev.kmip.access',
      databaseUrl: 'postgres://app@db:5432/kmip',
      schema: 'tenant_dev',
      httpPort: 9000,
      httpHost: '127.0.0.1',
      topicPartitions: 12,
      consumerGroup: 'dev.inventory',
    });
  });

  it.each([
    [{ KAFKA_BROKERS: 'no-port' }, 'KAFKA_BROKERS'],
    [{ KAFKA_BROKERS: ' , ' }, 'KAFKA_BROKERS'],
    [{ INVENTORY_SCHEMA: 'Bad-Name' }, 'INVENTORY_SCHEMA'],
    [{ AUDIT_HTTP_PORT: '70000' }, 'AUDIT_HTTP_PORT'],
    [{ AUDIT_HTTP_PORT: 'http' }, 'AUDIT_HTTP_PORT'],
    [{ KMIP_TOPIC_PARTITIONS: '0' }, 'KMIP_TOPIC_PARTITIONS'],
    [{ KMIP_EVENTS_TOPIC: 'a topic' }, 'KMIP_EVENTS_TOPIC'],
    [{ INVENTORY_CONSUMER_GROUP: 'a group' }, 'INVENTORY_CONSUMER_GROUP'],
  ])('refuses %j, naming the variable', (env, name) => {
    expect(() => readAuditInventoryConfig(env)).toThrow(ConfigError);
    expect(() => readAuditInventoryConfig(env)).toThrow(name);
  });
});

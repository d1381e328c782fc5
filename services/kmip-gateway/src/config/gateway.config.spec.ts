import { GatewayConfigError, readGatewayConfig } from './gateway.config';

const PEM = Buffer.from('-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n');
const files = (path: string): Buffer => {
  if (path.startsWith('/missing')) throw new Error('ENOENT');
  return path.endsWith('.txt') ? Buffer.from('plain text') : PEM;
};
const base = {
  KMIP_TLS_CERT: '/etc/kmip/server.pem',
  KMIP_TLS_KEY: '/etc/kmip/server-key.pem',
  KMIP_TLS_CA: '/etc/kmip/ca.pem',
  DATABASE_URL: 'postgres://kmip@db:5432/kmip',
  KEY_WRAPPING_ADDRESS: 'key-wrapping.internal',
  KEY_WRAPPING_CA: '/etc/kmip/kw-ca.pem',
  KEY_WRAPPING_CERT: '/etc/kmip/gw.pem',
  KEY_WRAPPING_KEY: '/etc/kmip/gw-key.pem',
};

describe('the gateway configuration', () => {
  it('has defaults for everything but the certificates, the database and the key-wrapping address', () => {
    const config = readGatewayConfig(base, files);
    expect(config.listen).toEqual({ host: '0.0.0.0', port: 5696 });
    expect(config.kafka).toEqual({
      brokers: ['127.0.0.1:9092'],
      eventsTopic: 'kmip.events',
      accessTopic: 'kmip.access',
      topicPartitions: 6,
    });
    expect(config.database).toEqual({ url: 'postgres://kmip@db:5432/kmip', inventorySchema: 'inventory' });
    expect(config.keyWrapping).toMatchObject({ host: 'key-wrapping.internal', port: 5697 });
    expect(config.tls.ca).toEqual(PEM);
    expect(config.verdictTimeoutMs).toBe(5000);
    expect(config.logOperations).toBe(true);
  });

  it('reads every setting it documents', () => {
    const config = readGatewayConfig(
      {
        ...base,
        KMIP_PORT: '15696',
        KMIP_HOST: '127.0.0.1',
        KAFKA_BROKERS: 'k1:9092, k2:9092',
        INVENTORY_SCHEMA: 'inv_eu',
        KEY_WRAPPING_ADDRESS: '[::1]:6000',
        KEY_WRAPPING_SERVERNAME: 'kw.example',
        KMIP_VERDICT_TIMEOUT_MS: '2000',
        KMIP_CONFLICT_RETRIES: '5',
        KMIP_MAX_CONNECTIONS: '64',
        KMIP_VENDOR_IDENTIFICATION: 'ACME',
        KMIP_LOG_OPERATIONS: 'false',
      },
      files,
    );
    expect(config.listen).toEqual({ host: '127.0.0.1', port: 15696 });
    expect(config.kafka.brokers).toEqual(['k1:9092', 'k2:9092']);
    expect(config.database.inventorySchema).toBe('inv_eu');
    expect(config.keyWrapping).toMatchObject({ host: '::1', port: 6000, servername: 'kw.example' });
    expect(config).toMatchObject({ verdictTimeoutMs: 2000, maxConflictRetries: 5, vendorIdentification: 'ACME' });
    expect(config.limits.maxConnections).toBe(64);
    expect(config.logOperations).toBe(false);
  });

  it.each([
    [{ DATABASE_URL: '' }, /DATABASE_URL is required/],
    [{ KMIP_TLS_CA: '/missing/ca.pem' }, /KMIP_TLS_CA: cannot read/],
    [{ KMIP_TLS_KEY: '/etc/kmip/key.txt' }, /KMIP_TLS_KEY: .* is not PEM/],
    [{ KMIP_PORT: '70000' }, /KMIP_PORT must be an integer/],
    [{ KAFKA_BROKERS: 'kafka' }, /KAFKA_BROKERS/],
    [{ INVENTORY_SCHEMA: 'Inv; drop' }, /INVENTORY_SCHEMA/],
    [{ KEY_WRAPPING_ADDRESS: 'host:99999' }, /KEY_WRAPPING_ADDRESS/],
    [{ KMIP_LOG_OPERATIONS: 'yes' }, /KMIP_LOG_OPERATIONS/],
  ])('refuses %p', (override, message) => {
    expect(() => readGatewayConfig({ ...base, ...override }, files)).toThrow(GatewayConfigError);
    expect(() => readGatewayConfig({ ...base, ...override }, files)).toThrow(message);
  });
});

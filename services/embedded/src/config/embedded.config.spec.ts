import { hostname } from 'node:os';
import { EmbeddedConfigError, readEmbeddedConfig } from './embedded.config';

describe('readEmbeddedConfig', () => {
  test('defaults: ./data, 127.0.0.1:5696, the REST API on 8081, tenant default', () => {
    const config = readEmbeddedConfig({});
    expect(config).toMatchObject({
      dataDir: 'data',
      host: '127.0.0.1',
      port: 5696,
      auditPort: 8081,
      tenant: 'default',
      logOperations: true,
    });
    expect(config.serverNames).toEqual(['127.0.0.1', hostname()]);
  });

  test('reads every variable', () => {
    const config = readEmbeddedConfig({
      KMIP_DATA_DIR: '/srv/kmip',
      KMIP_HOST: '0.0.0.0',
      KMIP_PORT: '0',
      KMIP_AUDIT_PORT: 'off',
      KMIP_TENANT: 'acme',
      KMIP_SERVER_NAMES: 'kms.example.com, 10.0.0.5',
      KMIP_LOG_OPERATIONS: 'false',
    });
    expect(config).toMatchObject({ dataDir: '/srv/kmip', host: '0.0.0.0', port: 0, auditPort: 'off', tenant: 'acme' });
    expect(config.logOperations).toBe(false);
    // A wildcard listen address is no name to put in a certificate.
    expect(config.serverNames).toEqual([hostname(), 'kms.example.com', '10.0.0.5']);
  });

  test.each([
    ['KMIP_PORT', '65536'],
    ['KMIP_PORT', 'http'],
    ['KMIP_AUDIT_PORT', '-1'],
    ['KMIP_TENANT', '../etc'],
    ['KMIP_LOG_OPERATIONS', 'yes'],
  ])('refuses %s=%s, naming the variable', (name, value) => {
    expect(() => readEmbeddedConfig({ [name]: value })).toThrow(EmbeddedConfigError);
    expect(() => readEmbeddedConfig({ [name]: value })).toThrow(name);
  });
});

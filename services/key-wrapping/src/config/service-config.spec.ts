import { ConfigError } from './config.error';
import { readServiceConfig } from './service-config';

const files: Record<string, string> = {
  '/tls/cert.pem': 'CERT',
  '/tls/key.pem': 'KEY',
  '/tls/ca.pem': 'CA',
  '/secrets/pin': '123456\n',
  '/secrets/apikey': 'api-key-value',
};
const readFile = (path: string): string => {
  if (!(path in files)) throw new Error('ENOENT');
  return files[path];
};

const base = {
  KEY_WRAPPING_TLS_CERT: '/tls/cert.pem',
  KEY_WRAPPING_TLS_KEY: '/tls/key.pem',
  KEY_WRAPPING_TLS_CA: '/tls/ca.pem',
  KEY_WRAPPING_ALLOWED_PEERS: `sha256:${'AB:'.repeat(31)}AB`,
  DATABASE_URL: 'postgres://127.0.0.1/test',
  KAFKA_BROKERS: '127.0.0.1:9092, 127.0.0.1:9093',
  LOCAL_KEYSTORE_PATH: '/data/keystore.json',
};

function configError(env: Record<string, string>): string {
  try {
    readServiceConfig(env, readFile);
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error('the configuration was accepted');
}

describe('readServiceConfig', () => {
  it('applies the documented defaults', () => {
    const config = readServiceConfig(base, readFile);
    expect(config.listen).toEqual({ host: '127.0.0.1', port: 5697 });
    expect(config.tls.cert.toString()).toBe('CERT');
    expect(config.allowedPeers).toEqual([{ kind: 'fingerprint', fingerprint: 'ab'.repeat(32) }]);
    expect(config.database).toEqual({ url: 'postgres://127.0.0.1/test', schema: 'key_wrapping' });
    expect(config.kafka).toEqual({
      brokers: ['127.0.0.1:9092', '127.0.0.1:9093'],
      topic: 'kmip.events',
      partitions: 6,
      consumerGroup: 'key-wrapping',
    });
    expect(config.tenants.defaultTenant).toBe('default');
    expect(config.tenants.providers.get('default')).toEqual({
      kind: 'local',
      keystorePath: '/data/keystore.json',
      createIfMissing: false,
      mechanism: 'AES-256-GCM',
    });
    expect(config.inventory).toEqual({
      url: 'postgres://127.0.0.1/test',
      schema: 'inventory',
      consumerGroup: 'inventory',
      waitMs: 10_000,
    });
  });

  it('reads the PKCS#11 PIN from its file, without the trailing newline', () => {
    const config = readServiceConfig(
      {
        ...base,
        ROOT_KEY_PROVIDER: 'pkcs11',
        PKCS11_MODULE: '/usr/lib/softhsm/libsofthsm2.so',
        PKCS11_TOKEN_LABEL: 'kmip',
        PKCS11_KEY_LABEL: 'crk',
        PKCS11_PIN_FILE: '/secrets/pin',
      },
      readFile,
    );
    expect(config.tenants.providers.get('default')).toMatchObject({ kind: 'pkcs11', pin: '123456', sessions: 4 });
  });

  it('names the missing or wrong setting, never a secret', () => {
    expect(configError({ ...base, DATABASE_URL: '' })).toContain('DATABASE_URL is required');
    expect(configError({ ...base, ROOT_KEY_PROVIDER: 'hsm' })).toContain('ROOT_KEY_PROVIDER must be');
    expect(configError({ ...base, KEY_WRAPPING_PORT: '70000' })).toContain('KEY_WRAPPING_PORT');
    expect(configError({ ...base, KEY_WRAPPING_ALLOWED_PEERS: 'someone' })).toContain('KEY_WRAPPING_ALLOWED_PEERS');
    const pin = configError({
      ...base,
      ROOT_KEY_PROVIDER: 'pkcs11',
      PKCS11_MODULE: 'm',
      PKCS11_TOKEN_LABEL: 't',
      PKCS11_KEY_LABEL: 'k',
      PKCS11_PIN_FILE: '/secrets/missing',
    });
    expect(pin).toContain('PKCS11_PIN_FILE');
  });

  it('adds the tenants of the tenants file, one provider each', () => {
    files['/etc/tenants.json'] = JSON.stringify({
      tenants: {
        acme: {
          ROOT_KEY_PROVIDER: 'keyprotect',
          KEYPROTECT_ENDPOINT: 'https://us-south.kms.cloud.ibm.com',
          KEYPROTECT_INSTANCE_ID: 'instance',
          KEYPROTECT_KEY_ID: 'crk-id',
          KEYPROTECT_API_KEY_FILE: '/secrets/apikey',
        },
      },
    });
    const config = readServiceConfig({ ...base, KEY_WRAPPING_TENANTS_FILE: '/etc/tenants.json' }, readFile);
    expect([...config.tenants.providers.keys()]).toEqual(['default', 'acme']);
    expect(config.tenants.providers.get('acme')).toMatchObject({ kind: 'keyprotect', apiKey: 'api-key-value' });

    files['/etc/bad.json'] = JSON.stringify({ tenants: { default: { LOCAL_KEYSTORE_PATH: '/x' } } });
    expect(configError({ ...base, KEY_WRAPPING_TENANTS_FILE: '/etc/bad.json' })).toContain('repeated tenant');
  });
});

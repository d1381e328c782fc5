import type { StackCertificates } from './stack-pki';
import type { StackNames } from './stack-naming';
import type { ServiceSpec } from './service-process';

/** The processes of a distributed deployment (Kafka is the shared broker, not one of them). */
export const STACK_PROCESSES = ['key-wrapping', 'projector', 'gateway-a', 'gateway-b'] as const;
export type StackProcess = (typeof STACK_PROCESSES)[number];

export const STACK_ENTRIES: ReadonlyMap<StackProcess, string> = new Map<StackProcess, string>([
  ['key-wrapping', 'services/key-wrapping/src/main.ts'],
  ['projector', 'services/audit-inventory/src/main.ts'],
  ['gateway-a', 'services/kmip-gateway/src/main.ts'],
  ['gateway-b', 'services/kmip-gateway/src/main.ts'],
]);

export interface StackPorts {
  readonly gatewayA: number;
  readonly gatewayB: number;
  readonly keyWrapping: number;
  readonly audit: number;
}

export interface StackSettings {
  readonly names: StackNames;
  readonly certs: StackCertificates;
  readonly ports: StackPorts;
  /** Where the gateways listen. */
  readonly host: string;
  readonly kafkaBrokers: readonly string[];
  readonly databaseUrl: string;
  readonly topicPartitions: number;
  readonly defaultTenant: string;
  /** The key-wrapping service's variables for the default tenant's root key. */
  readonly rootKeyEnv: Readonly<Record<string, string>>;
  readonly tenantsFile: string;
}

/** Each service's environment, as its README names the variables. */
export function stackServiceSpecs(s: StackSettings): Record<StackProcess, ServiceSpec> {
  const common = {
    KAFKA_BROKERS: s.kafkaBrokers.join(','),
    DATABASE_URL: s.databaseUrl,
    KMIP_EVENTS_TOPIC: s.names.topics.events,
    KMIP_ACCESS_TOPIC: s.names.topics.access,
  };
  const gateway = (name: 'gateway-a' | 'gateway-b', port: number): ServiceSpec => ({
    name,
    entry: STACK_ENTRIES.get(name)!,
    ready: /\[kmip-gateway\] KMIP over mutual TLS on /,
    env: {
      ...common,
      KMIP_HOST: s.host,
      KMIP_PORT: String(port),
      KMIP_TLS_CERT: s.certs.serverCert,
      KMIP_TLS_KEY: s.certs.serverKey,
      KMIP_TLS_CA: s.certs.ca,
      KMIP_TOPIC_PARTITIONS: String(s.topicPartitions),
      INVENTORY_SCHEMA: s.names.schemas.inventory,
      KEY_WRAPPING_ADDRESS: `127.0.0.1:${s.ports.keyWrapping}`,
      KEY_WRAPPING_CA: s.certs.ca,
      KEY_WRAPPING_CERT: s.certs.gatewayRpc[name].cert,
      KEY_WRAPPING_KEY: s.certs.gatewayRpc[name].key,
    },
  });
  return {
    'key-wrapping': {
      name: 'key-wrapping',
      entry: STACK_ENTRIES.get('key-wrapping')!,
      ready: /key-wrapping INFO listening on /,
      env: {
        ...common,
        ...s.rootKeyEnv,
        KEY_WRAPPING_HOST: '127.0.0.1',
        KEY_WRAPPING_PORT: String(s.ports.keyWrapping),
        KEY_WRAPPING_TLS_CERT: s.certs.keyWrapping.cert,
        KEY_WRAPPING_TLS_KEY: s.certs.keyWrapping.key,
        KEY_WRAPPING_TLS_CA: s.certs.ca,
        KEY_WRAPPING_ALLOWED_PEERS: Object.values(s.certs.gatewayRpc)
          .map((peer) => `sha256:${peer.fingerprint}`)
          .join(';'),
        KEY_WRAPPING_TENANT: s.defaultTenant,
        KEY_WRAPPING_TENANTS_FILE: s.tenantsFile,
        KEY_WRAPPING_DB_SCHEMA: s.names.schemas.keyWrapping,
        KMIP_EVENTS_PARTITIONS: String(s.topicPartitions),
        KEY_WRAPPING_CONSUMER_GROUP: s.names.groups.keyWrapping,
        INVENTORY_DB_SCHEMA: s.names.schemas.inventory,
        INVENTORY_CONSUMER_GROUP: s.names.groups.inventory,
      },
    },
    projector: {
      name: 'projector',
      entry: STACK_ENTRIES.get('projector')!,
      ready: /\[audit-inventory\] projecting.*REST API on http/,
      env: {
        ...common,
        INVENTORY_SCHEMA: s.names.schemas.inventory,
        INVENTORY_CONSUMER_GROUP: s.names.groups.inventory,
        AUDIT_HTTP_PORT: String(s.ports.audit),
        KMIP_TOPIC_PARTITIONS: String(s.topicPartitions),
      },
    },
    'gateway-a': gateway('gateway-a', s.ports.gatewayA),
    'gateway-b': gateway('gateway-b', s.ports.gatewayB),
  };
}

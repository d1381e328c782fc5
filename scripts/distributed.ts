/**
 * `npm run start:distributed` / `npm run stop:distributed`: the distributed mode on this machine (DESIGN §7), each
 * service in its own process against Kafka and PostgreSQL, two gateways. The processes outlive this script; their
 * PIDs and logs are in the run directory, and `stop` stops them by PID. Settings from the environment:
 *
 *   KMIP_RUN_DIR (./run), KMIP_SCHEMA (deployment name: schemas <name>_inventory and <name>_key_wrapping; kmip),
 *   ROOT_KEY_PROVIDER (local | pkcs11: a SoftHSM2 token in the run dir), KMIP_HOST (127.0.0.1),
 *   KMIP_PORT (5696), KMIP_PORT_B (5697), KEY_WRAPPING_PORT (5698), AUDIT_HTTP_PORT (8081),
 *   KAFKA_BROKERS (127.0.0.1:9092), DATABASE_URL (postgres://postgres@127.0.0.1:5432/test), KMIP_TENANT (default),
 *   KMIP_TOPIC_PARTITIONS (6).
 */
import { resolve } from 'node:path';
import { DEFAULT_DEPLOYMENT } from '../test/support/distributed/stack-naming';
import { startDistributedStack, stopDistributedStack } from '../test/support';

function setting(name: string): string | undefined {
  const value = process.env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

function port(name: string, fallback: number): number {
  const text = setting(name);
  const value = text === undefined ? fallback : Number(text);
  if (!Number.isInteger(value) || value < 1 || value > 65535) throw new Error(`${name} must be a port number`);
  return value;
}

async function start(runDir: string): Promise<void> {
  const provider = setting('ROOT_KEY_PROVIDER') ?? 'local';
  if (provider !== 'local' && provider !== 'pkcs11') throw new Error('ROOT_KEY_PROVIDER must be local or pkcs11');
  const gatewayA = port('KMIP_PORT', 5696);
  const partitions = Number(setting('KMIP_TOPIC_PARTITIONS') ?? '6');
  const kafkaBrokers = setting('KAFKA_BROKERS')
    ?.split(',')
    .map((b) => b.trim());
  const stack = await startDistributedStack({
    runDir,
    deployment: setting('KMIP_SCHEMA') ?? DEFAULT_DEPLOYMENT,
    rootKeyProvider: provider,
    host: setting('KMIP_HOST') ?? '127.0.0.1',
    ports: {
      gatewayA,
      gatewayB: port('KMIP_PORT_B', gatewayA + 1),
      keyWrapping: port('KEY_WRAPPING_PORT', 5698),
      audit: port('AUDIT_HTTP_PORT', 8081),
    },
    ...(kafkaBrokers === undefined ? {} : { kafkaBrokers }),
    ...(setting('DATABASE_URL') === undefined ? {} : { databaseUrl: setting('DATABASE_URL') }),
    tenant: setting('KMIP_TENANT') ?? 'default',
    topicPartitions: Number.isInteger(partitions) && partitions > 0 ? partitions : 6,
    cleanup: false,
    progress: (line) => console.log(line),
  });
  const pids = stack.pids;
  console.log(
    [
      '',
      `KMIP server ready (distributed mode; run directory ${stack.runDir})`,
      '',
      ...stack.gateways.map((g) => `  KMIP endpoint ${g.name}: ${g.host}:${g.port}  (PID ${pids[g.name]})`),
      `  key-wrapping service (mTLS RPC): ${stack.keyWrapping.host}:${stack.keyWrapping.port}  (PID ${pids['key-wrapping']}, root keys: ${stack.rootKeyProvider})`,
      `  audit/inventory projector and REST API: ${stack.auditUrl}  (PID ${pids.projector})`,
      `  Kafka ${stack.kafkaBrokers.join(',')} topics ${stack.names.topics.events}, ${stack.names.topics.access}; PostgreSQL schemas ${stack.names.schemas.inventory}, ${stack.names.schemas.keyWrapping}`,
      `  logs: ${resolve(stack.runDir, 'logs')}`,
      '',
      `  First client of tenant "${stack.tenant}" (upload both in vCenter: Make KMS trust vCenter):`,
      `    certificate ${stack.certs.clientCert}`,
      `    private key ${stack.certs.clientKey}`,
      `  CA certificate (Make vCenter trust KMS): ${stack.certs.ca}`,
      '',
      `  Administer it: KMIP_RUN_DIR=${stack.runDir} npm run kmipctl -- --help`,
      '  Stop it: npm run stop:distributed',
      '',
    ].join('\n'),
  );
}

async function main(): Promise<void> {
  const runDir = resolve(setting('KMIP_RUN_DIR') ?? 'run');
  switch (process.argv[2]) {
    case 'start':
      await start(runDir);
      break;
    case 'stop': {
      const stopped = await stopDistributedStack(runDir);
      console.log(stopped.length === 0 ? `nothing runs from ${runDir}` : `stopped ${stopped.join(', ')}`);
      console.log('Kafka keeps running (npm run kafka:stop stops it).');
      break;
    }
    default:
      throw new Error('usage: distributed.ts start|stop');
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`distributed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);

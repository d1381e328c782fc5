import { resolve } from 'node:path';
import { EMBEDDED_INVENTORY_SCHEMA } from '@kmip/service-embedded';
import type { CommandFlags } from '../cli/parse-arguments';
import { UsageError } from '../cli/usage-error';
import { readDeploymentFile } from './deployment-file';
import type { Deployment } from './deployment.port';
import { DistributedDeployment, type DistributedSettings } from './distributed.deployment';
import { EmbeddedDeployment } from './embedded.deployment';

const BY_HAND = ['brokers', 'database-url', 'schema', 'events-topic', 'ca-cert', 'ca-key'] as const;

/**
 * The deployment the flags and the environment name (see the usage text): an embedded data directory, a distributed
 * run directory, or a distributed deployment given by hand. Flags win over the run directory's file, which wins over
 * the environment.
 */
export async function openDeployment(
  flags: CommandFlags,
  env: NodeJS.ProcessEnv,
  operator: string,
): Promise<Deployment> {
  const dataDir = flags.optional('data-dir');
  const runDir = flags.optional('run-dir');
  const byHand = BY_HAND.some((name) => flags.optional(name) !== undefined);
  if (dataDir !== undefined && (runDir !== undefined || byHand)) {
    throw new UsageError('--data-dir names an embedded deployment: it does not go with distributed flags');
  }
  if (dataDir !== undefined) return EmbeddedDeployment.open(dataDir, operator);
  if (runDir !== undefined || byHand || nonEmpty(env.KMIP_RUN_DIR)) {
    return DistributedDeployment.open(await distributedSettings(flags, env, runDir ?? env.KMIP_RUN_DIR), operator);
  }
  return EmbeddedDeployment.open(nonEmpty(env.KMIP_DATA_DIR) ? env.KMIP_DATA_DIR! : 'data', operator);
}

function nonEmpty(value: string | undefined): boolean {
  return value !== undefined && value.trim().length > 0;
}

async function distributedSettings(
  flags: CommandFlags,
  env: NodeJS.ProcessEnv,
  runDir: string | undefined,
): Promise<DistributedSettings> {
  const file = runDir !== undefined && nonEmpty(runDir) ? await readDeploymentFile(resolve(runDir)) : undefined;
  const brokers = (flags.optional('brokers') ?? file?.kafkaBrokers.join(',') ?? env.KAFKA_BROKERS ?? '127.0.0.1:9092')
    .split(',')
    .map((b) => b.trim())
    .filter((b) => b.length > 0);
  if (brokers.length === 0) throw new UsageError('--brokers names no broker');
  const schema = flags.optional('schema') ?? file?.inventorySchema ?? env.INVENTORY_SCHEMA ?? EMBEDDED_INVENTORY_SCHEMA;
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new UsageError('--schema must be a lower-case SQL identifier');
  const caCert = flags.optional('ca-cert');
  const caKey = flags.optional('ca-key');
  if ((caCert === undefined) !== (caKey === undefined)) throw new UsageError('--ca-cert and --ca-key go together');
  const ca = caCert !== undefined ? { certificate: resolve(caCert), key: resolve(caKey!) } : file?.ca;
  return {
    kafkaBrokers: brokers,
    databaseUrl:
      flags.optional('database-url') ??
      file?.databaseUrl ??
      env.DATABASE_URL ??
      `postgres://${env.PGUSER ?? 'postgres'}@127.0.0.1:5432/test`,
    inventorySchema: schema,
    eventsTopic: flags.optional('events-topic') ?? file?.eventsTopic ?? env.KMIP_EVENTS_TOPIC ?? 'kmip.events',
    ...(file === undefined
      ? {}
      : { defaultTenant: file.defaultTenant, rootKeys: file.rootKeys, tenantsFile: file.tenantsFile }),
    ...(ca === undefined ? {} : { ca }),
  };
}

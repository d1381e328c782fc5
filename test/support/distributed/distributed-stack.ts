import { access, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { Pool } from 'pg';
import { KafkaEventLog } from '@kmip/event-log';
import { ALL_OPERATIONS, TenantAdministration, TenantAdministrationError } from '@kmip/service-embedded';
import { PgDatabase } from '@kmip/sql';
import { deploymentFilePath, type DeploymentFile } from '../../../tools/kmipctl/src/deployment/deployment-file';
import { freePort } from '../free-port';
import { commandLine, isAlive, waitForExit } from '../process-status';
import { runKmipctl, type KmipctlResult } from '../kmipctl-child';
import { ensureKafka, killKafka, kafkaPid, restartKafka, sharedBroker } from './kafka-broker';
import { ServiceProcess, stopRecordedServices } from './service-process';
import { DEFAULT_DEPLOYMENT, stackNames, type StackNames } from './stack-naming';
import { ensureStackCertificates, type StackCertificates } from './stack-pki';
import { ensureStackRootKeys, type RootKeyProviderKind } from './stack-root-keys';
import {
  STACK_ENTRIES,
  STACK_PROCESSES,
  stackServiceSpecs,
  type StackPorts,
  type StackProcess,
} from './stack-services';

export type StackService = StackProcess | 'kafka';

export interface DistributedStackOptions {
  /** Default: a new temporary directory (removed by `stop()`). */
  readonly runDir?: string;
  /** Names the schemas, topics and consumer groups. Default: a random `t…` name (`kmip` for the npm script). */
  readonly deployment?: string;
  /** Default `local` (a keystore in the run dir); `pkcs11` makes a SoftHSM2 token in the run dir. */
  readonly rootKeyProvider?: RootKeyProviderKind;
  /** Where the gateways listen. Default 127.0.0.1. */
  readonly host?: string;
  /** Default: free ports, fixed for the stack's life (a restarted service comes back on its port). */
  readonly ports?: Partial<StackPorts>;
  readonly kafkaBrokers?: readonly string[];
  readonly databaseUrl?: string;
  /** Partitions of the deployment's topics. Default 2. */
  readonly topicPartitions?: number;
  /** The tenant of the first client. Default `default`. */
  readonly tenant?: string;
  /** Per service start. Default 120 s (the services start from source on a shared machine). */
  readonly startTimeoutMs?: number;
  /** Drop the schemas and topics and remove the run dir in `stop()`. Default: true for a temporary run dir. */
  readonly cleanup?: boolean;
  /** Progress lines (the npm script prints them). */
  readonly progress?: (line: string) => void;
}

export interface StackGateway {
  readonly name: 'gateway-a' | 'gateway-b';
  readonly host: string;
  readonly port: number;
}

export interface DistributedStack {
  readonly runDir: string;
  readonly names: StackNames;
  readonly tenant: string;
  readonly gateways: readonly StackGateway[];
  readonly auditUrl: string;
  readonly keyWrapping: { readonly host: string; readonly port: number };
  readonly kafkaBrokers: readonly string[];
  readonly databaseUrl: string;
  readonly rootKeyProvider: RootKeyProviderKind;
  readonly certs: StackCertificates;
  /** PIDs of the running services (absent while one is down). */
  readonly pids: Readonly<Partial<Record<StackService, number>>>;
  /** What a service printed (all its starts). */
  logs(service: StackProcess): string;
  /** Sends a signal (default SIGKILL) and, for SIGKILL and SIGTERM, waits until the process is gone. */
  kill(service: StackService, signal?: NodeJS.Signals): Promise<void>;
  /** Starts the service again (stopping it first if it runs) and waits until it is ready. */
  restart(service: StackService): Promise<void>;
  /** Runs kmipctl against this deployment (`--run-dir` is added). */
  kmipctl(args: readonly string[]): Promise<KmipctlResult>;
  /** Stops every service (and cleans up when asked to). Kafka keeps running: it is shared. */
  stop(): Promise<void>;
}

const STOP_GRACE_MS = 15_000;

/**
 * Starts a distributed deployment (DESIGN §7) on this machine: the shared Kafka broker (started through kafka.sh if
 * it is not running) and PostgreSQL, and, each in its own process, the key-wrapping service (mTLS RPC), the
 * audit/inventory projector with its REST API and two KMIP gateways. Certificates come from libs/pki in the run
 * directory; the default tenant and a first client are created through the write path; `deployment.json` tells
 * kmipctl how to reach the deployment.
 */
export async function startDistributedStack(options: DistributedStackOptions = {}): Promise<DistributedStack> {
  const progress = options.progress ?? (() => undefined);
  const temporary = options.runDir === undefined;
  const runDir = resolve(options.runDir ?? (await mkdtemp(join(tmpdir(), 'kmip-stack-'))));
  const cleanup = options.cleanup ?? temporary;
  const names = stackNames(options.deployment ?? `t${Math.random().toString(16).slice(2, 10)}`);
  const tenant = options.tenant ?? 'default';
  const host = options.host ?? '127.0.0.1';
  const kafkaBrokers = options.kafkaBrokers ?? ['127.0.0.1:9092'];
  const databaseUrl =
    options.databaseUrl ??
    process.env.DATABASE_URL ??
    `postgres://${process.env.PGUSER ?? 'postgres'}@127.0.0.1:5432/test`;
  const topicPartitions = options.topicPartitions ?? 2;
  const rootKeyProvider = options.rootKeyProvider ?? 'local';
  const timeoutMs = options.startTimeoutMs ?? 120_000;

  await mkdir(join(runDir, 'logs'), { recursive: true, mode: 0o700 });
  await mkdir(join(runDir, 'pids'), { recursive: true, mode: 0o700 });
  if (await anyRecordedServiceRuns(runDir)) {
    throw new Error(`a deployment already runs from ${runDir} (npm run stop:distributed first)`);
  }

  if (await ensureKafka(kafkaBrokers)) progress('started the Kafka broker (infra/kafka/kafka.sh)');
  const certs = await ensureStackCertificates(
    runDir,
    [host, hostname()].filter((h) => h !== '0.0.0.0'),
  );
  const rootKeys = await ensureStackRootKeys(runDir, rootKeyProvider, tenant, names.deployment);
  const tenantsFile = join(runDir, 'key-wrapping-tenants.json');
  if (!(await exists(tenantsFile))) await writeFile(tenantsFile, '{ "tenants": {} }\n', { mode: 0o600 });
  const ports: StackPorts = {
    gatewayA: options.ports?.gatewayA ?? (await freePort()),
    gatewayB: options.ports?.gatewayB ?? (await freePort()),
    keyWrapping: options.ports?.keyWrapping ?? (await freePort()),
    audit: options.ports?.audit ?? (await freePort()),
  };
  const specs = stackServiceSpecs({
    names,
    certs,
    ports,
    host,
    kafkaBrokers,
    databaseUrl,
    topicPartitions,
    defaultTenant: tenant,
    rootKeyEnv: rootKeys.serviceEnv,
    tenantsFile,
  });
  const processes = new Map(STACK_PROCESSES.map((name) => [name, new ServiceProcess(specs[name], runDir)] as const));

  const stopAll = async (): Promise<void> => {
    // Gateways first: they stop taking requests before the services behind them go.
    for (const group of [
      ['gateway-a', 'gateway-b'],
      ['projector', 'key-wrapping'],
    ] as const) {
      await Promise.all(group.map((name) => processes.get(name)!.stop(STOP_GRACE_MS)));
    }
  };

  try {
    // The topics first, so that the services do not race to create them.
    const log = await KafkaEventLog.connect({ brokers: kafkaBrokers, clientId: 'kmip-launcher' });
    const db = PgDatabase.connect({ pool: { connectionString: databaseUrl, max: 2 } });
    try {
      await log.createTopics([
        { name: names.topics.events, partitions: topicPartitions },
        { name: names.topics.access, partitions: topicPartitions },
      ]);
      progress(`starting ${STACK_PROCESSES.join(', ')} (logs in ${join(runDir, 'logs')})`);
      await Promise.all([...processes.values()].map((service) => service.start(timeoutMs)));
      await bootstrapFirstClient(log, db, names, tenant, rootKeys.defaultRootKey, certs.clientFingerprint, runDir);
    } finally {
      await log.close().catch(() => undefined);
      await db.close().catch(() => undefined);
    }
    const file: DeploymentFile = {
      kafkaBrokers,
      databaseUrl,
      inventorySchema: names.schemas.inventory,
      eventsTopic: names.topics.events,
      accessTopic: names.topics.access,
      defaultTenant: tenant,
      ca: { certificate: certs.ca, key: certs.caKey },
      rootKeys: rootKeys.setting,
      tenantsFile,
    };
    await writeFile(deploymentFilePath(runDir), `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600 });
  } catch (error) {
    await stopAll();
    if (cleanup) await removeDeployment(runDir, names, kafkaBrokers, databaseUrl);
    throw error;
  }

  const clientHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  return {
    runDir,
    names,
    tenant,
    gateways: [
      { name: 'gateway-a', host: clientHost, port: ports.gatewayA },
      { name: 'gateway-b', host: clientHost, port: ports.gatewayB },
    ],
    auditUrl: `http://127.0.0.1:${ports.audit}`,
    keyWrapping: { host: '127.0.0.1', port: ports.keyWrapping },
    kafkaBrokers,
    databaseUrl,
    rootKeyProvider,
    certs,
    get pids() {
      const pids: Partial<Record<StackService, number>> = {};
      for (const [name, service] of processes) if (service.pid !== undefined) pids[name] = service.pid;
      const kafka = kafkaPid();
      if (kafka !== undefined) pids.kafka = kafka;
      return pids;
    },
    logs: (service) => processes.get(service)!.logs(),
    kill: async (service, signal = 'SIGKILL') => {
      if (service === 'kafka') return killKafka(sharedBroker(kafkaBrokers), signal);
      const process = processes.get(service)!;
      const pid = process.pid;
      if (pid === undefined) throw new Error(`${service} is not running`);
      process.signal(signal);
      if (signal === 'SIGKILL' || signal === 'SIGTERM') {
        await waitForExit(pid, STOP_GRACE_MS);
      }
    },
    restart: async (service) => {
      if (service === 'kafka') return restartKafka(sharedBroker(kafkaBrokers));
      const process = processes.get(service)!;
      await process.stop(STOP_GRACE_MS);
      await process.start(timeoutMs);
    },
    kmipctl: (args) => runKmipctl([...args, '--run-dir', runDir]),
    stop: async () => {
      await stopAll();
      if (cleanup) await removeDeployment(runDir, names, kafkaBrokers, databaseUrl);
    },
  };
}

/** Stops what `npm run start:distributed` left running from a run directory; answers what it stopped. */
export function stopDistributedStack(runDir: string): Promise<string[]> {
  return stopRecordedServices(
    resolve(runDir),
    ['gateway-a', 'gateway-b', 'projector', 'key-wrapping'],
    STACK_ENTRIES,
    STOP_GRACE_MS,
  );
}

async function anyRecordedServiceRuns(runDir: string): Promise<boolean> {
  for (const [name, entry] of STACK_ENTRIES) {
    try {
      const pid = Number((await readFile(join(runDir, 'pids', `${name}.pid`), 'utf8')).trim());
      if (isAlive(pid) && commandLine(pid).includes(entry)) return true;
    } catch {
      // no PID file
    }
  }
  return false;
}

/** The default tenant and its first client, once per run directory (later starts leave the allow-list alone). */
async function bootstrapFirstClient(
  log: KafkaEventLog,
  db: PgDatabase,
  names: StackNames,
  tenant: string,
  rootKey: { rootKeyId: string; rootKeyVersion: number },
  fingerprint: string,
  runDir: string,
): Promise<void> {
  const marker = join(runDir, 'first-start.json');
  if (await exists(marker)) return;
  const administration = await TenantAdministration.start({
    log,
    db,
    inventorySchema: names.schemas.inventory,
    eventsTopic: names.topics.events,
    verdictTimeoutMs: 60_000,
  });
  const actor = { kind: 'system', component: 'distributed-launcher' } as const;
  try {
    try {
      await administration.execute({ kind: 'CreateTenant', tenant, rootKey }, actor);
    } catch (error) {
      if (!(error instanceof TenantAdministrationError && error.reason === 'ObjectAlreadyExists')) throw error;
    }
    await administration.execute(
      { kind: 'AllowClient', tenant, fingerprint, allowedOperations: ALL_OPERATIONS, trust: 'IssuedByServerCa' },
      actor,
    );
  } finally {
    await administration.close();
  }
  await writeFile(
    marker,
    `${JSON.stringify({ tenant, clientFingerprint: fingerprint, at: new Date().toISOString() })}\n`,
  );
}

/** Drops the deployment's schemas and topics and removes its run directory. */
async function removeDeployment(
  runDir: string,
  names: StackNames,
  kafkaBrokers: readonly string[],
  databaseUrl: string,
): Promise<void> {
  const pool = new Pool({ connectionString: databaseUrl, max: 1 });
  try {
    for (const schema of Object.values(names.schemas)) await pool.query(`drop schema if exists ${schema} cascade`);
  } catch {
    // Best effort: the database may be gone.
  } finally {
    await pool.end().catch(() => undefined);
  }
  if (names.deployment !== DEFAULT_DEPLOYMENT) {
    const admin = new Kafka({
      brokers: [...kafkaBrokers],
      clientId: 'kmip-launcher',
      logLevel: logLevel.NOTHING,
    }).admin();
    try {
      await admin.connect();
      await admin.deleteTopics({ topics: Object.values(names.topics), timeout: 10_000 });
    } catch {
      // Best effort: the broker may be down (a fault test killed it).
    } finally {
      await admin.disconnect().catch(() => undefined);
    }
  }
  await rm(runDir, { recursive: true, force: true });
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * The real stack in one test process: Kafka (127.0.0.1:9092), PostgreSQL (127.0.0.1:5432, database `test`), the
 * inventory projector, the key-wrapping logic in-process with the local root key provider, and the gateway on an
 * ephemeral port with certificates from @kmip/pki. Every run has its own topics, schemas and consumer group.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { connect, type TLSSocket } from 'node:tls';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KafkaEventLog } from '@kmip/event-log';
import {
  InventoryReadModel,
  startProjector,
  toCommandRecords,
  VerdictWaiter,
  type RunningProjector,
} from '@kmip/inventory';
import { decideTenant, toEnvelopes, type KmipOperation, type TenantCommand } from '@kmip/key-lifecycle';
import {
  InProcessKeyWrappingClient,
  KeyWrappingService,
  LocalRootKeyProvider,
  WrappedKekVault,
  type RootKeyProvider,
} from '@kmip/key-wrapping';
import { hashScryptPassword } from '@kmip/kmip-server';
import {
  certificateFingerprint,
  ensureDevelopmentPki,
  issueClientCertificate,
  writeCertificateFile,
  writeKeyFile,
} from '@kmip/pki';
import { TtlvStreamFramer } from '@kmip/kmip';
import { PgDatabase } from '@kmip/sql';
import {
  createKmipGateway,
  silentGatewayLogger,
  type GatewayAdapters,
  type GatewaySettings,
  type KmipGateway,
} from '../../services/kmip-gateway/src';

const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const KAFKA_BROKERS = ['127.0.0.1:9092'];
const PYTHON = '/usr/bin/python3';

/** What vCenter needs on the allow-list (DESIGN §6), plus what PyKMIP's client exercises. */
export const CLIENT_OPERATIONS: KmipOperation[] = [
  'DiscoverVersions',
  'Query',
  'Create',
  'Register',
  'Get',
  'GetAttributes',
  'GetAttributeList',
  'AddAttribute',
  'ModifyAttribute',
  'DeleteAttribute',
  'Locate',
  'Activate',
  'Revoke',
  'Destroy',
];

/** A client certificate on disk, for the Python client. */
export interface ClientFiles {
  readonly certificatePath: string;
  readonly keyPath: string;
  readonly fingerprint: string;
}

export interface TenantSetup {
  readonly tenant: string;
  readonly client: ClientFiles;
  readonly credential?: { readonly username: string; readonly password: string };
}

export class GatewayStack {
  readonly tenantA = `tenant_a_${randomBytes(3).toString('hex')}`;
  readonly tenantB = `tenant_b_${randomBytes(3).toString('hex')}`;
  readonly credential = { username: 'vcenter', password: `pw-${randomBytes(6).toString('hex')}` };
  private readonly suffix = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  readonly eventsTopic = `kmip.events.gw_${this.suffix}`;
  readonly accessTopic = `kmip.access.gw_${this.suffix}`;
  readonly schema = `inv_gw_${this.suffix}`;
  readonly vaultSchema = `kw_gw_${this.suffix}`;

  dir!: string;
  caPath!: string;
  clientA!: ClientFiles;
  clientB!: ClientFiles;
  port!: number;
  db!: PgDatabase;
  log!: KafkaEventLog;
  readModel!: InventoryReadModel;
  keyWrapping!: InProcessKeyWrappingClient;
  gateway!: KmipGateway;
  private projector!: RunningProjector;
  private verdicts!: VerdictWaiter;
  private readonly providers = new Map<string, RootKeyProvider>();

  /** The gateway's settings (TLS from the development PKI, this run's topics and schema) on an ephemeral port. */
  settings!: GatewaySettings;

  async start(): Promise<void> {
    this.dir = await mkdtemp(join(tmpdir(), 'kmip-gateway-'));
    const pki = await ensureDevelopmentPki(this.dir);
    this.caPath = pki.caCertificatePath;
    this.clientA = {
      certificatePath: pki.clientCertificatePath,
      keyPath: pki.clientKeyPath,
      fingerprint: pki.clientFingerprint,
    };
    const ca = {
      certificatePem: await readFile(pki.caCertificatePath, 'utf8'),
      privateKeyPem: await readFile(pki.caKeyPath, 'utf8'),
    };
    const other = await issueClientCertificate(ca, { subject: { commonName: 'tenant-b-client' } });
    const bCert = join(this.dir, 'client-b.pem');
    const bKey = join(this.dir, 'client-b-key.pem');
    await writeCertificateFile(bCert, other.certificatePem);
    await writeKeyFile(bKey, other.privateKeyPem);
    this.clientB = { certificatePath: bCert, keyPath: bKey, fingerprint: certificateFingerprint(other.certificatePem) };

    this.db = PgDatabase.connect({ pool: { connectionString: DATABASE_URL, max: 6 } });
    this.log = await KafkaEventLog.connect({ brokers: KAFKA_BROKERS, clientId: 'kmip-gateway-test' });
    await this.log.createTopics([
      { name: this.eventsTopic, partitions: 2 },
      { name: this.accessTopic, partitions: 2 },
    ]);
    this.projector = await startProjector(this.log, this.db, {
      schema: this.schema,
      eventsTopic: this.eventsTopic,
      accessTopic: this.accessTopic,
      groupId: `inventory_gw_${this.suffix}`,
      logger: { warn: () => undefined, error: (message: string) => console.error(message) },
    });
    this.readModel = new InventoryReadModel(this.db, { schema: this.schema });
    this.verdicts = await VerdictWaiter.start(this.db, { schema: this.schema });

    await this.db.query(`create schema if not exists ${this.vaultSchema}`);
    const vault = new WrappedKekVault(this.db, { schema: this.vaultSchema });
    await vault.ensureSchema();
    const service = new KeyWrappingService({ providerFor: (tenant) => this.provider(tenant), vault });
    this.keyWrapping = new InProcessKeyWrappingClient(service, { defaultTenant: this.tenantA });

    await this.setUpTenant(this.tenantA, this.clientA, this.credential);
    await this.setUpTenant(this.tenantB, this.clientB);

    this.settings = {
      port: 0,
      host: '127.0.0.1',
      tls: {
        cert: await readFile(pki.serverCertificatePath),
        key: await readFile(pki.serverKeyPath),
        ca: await readFile(pki.caCertificatePath),
      },
      inventorySchema: this.schema,
      eventsTopic: this.eventsTopic,
      accessTopic: this.accessTopic,
      verdictTimeoutMs: 20_000,
      server: { vendorIdentification: 'KMIP Gateway Test' },
    };
    this.gateway = await createKmipGateway(this.adapters(), this.settings);
    this.port = (await this.gateway.listen()).port;
  }

  async stop(): Promise<void> {
    await this.gateway?.close(1_000);
    await this.verdicts?.close();
    await this.projector?.stop();
    await this.log?.close();
    for (const provider of this.providers.values()) await provider.close();
    if (this.db) {
      await this.db.query(`drop schema if exists ${this.schema} cascade`);
      await this.db.query(`drop schema if exists ${this.vaultSchema} cascade`);
      await this.db.close();
    }
    if (this.dir) await rm(this.dir, { recursive: true, force: true });
  }

  adapters(): GatewayAdapters {
    return { eventLog: this.log, db: this.db, keyWrapping: this.keyWrapping, logger: silentGatewayLogger };
  }

  /** Appends a tenant command as an operator would (decide, append, wait for the projector). */
  async tenantCommand(command: TenantCommand): Promise<void> {
    const tenant = command.data.tenant;
    const state = await this.readModel.getTenant(tenant);
    const decision = decideTenant(command, state);
    if (!decision.ok) throw new Error(`tenant command refused: ${decision.error.message}`);
    const envelopes = toEnvelopes(decision.events, {
      tenant,
      actor: { kind: 'operator', name: 'gateway-test' },
      occurredAt: command.data.now,
      expectedVersion: state.version,
      newId: randomUUID,
    });
    const outcome = this.verdicts.waitFor(
      envelopes.map((e) => e.id),
      30_000,
    );
    await this.log.append(this.eventsTopic, toCommandRecords(envelopes, randomUUID()));
    const { outcome: result } = await outcome;
    if (result !== 'applied') throw new Error(`tenant command ${command.type}: ${result}`);
  }

  /** Runs a Python script of this folder against the gateway as `client`; its stdout is one JSON object. */
  async python<T = Record<string, unknown>>(script: string, client: ClientFiles, args: string[] = []): Promise<T> {
    const child = spawn(PYTHON, [join(__dirname, script), ...args], {
      env: {
        PATH: process.env.PATH,
        KMIP_HOST: '127.0.0.1',
        KMIP_PORT: String(this.port),
        KMIP_CLIENT_CERT: client.certificatePath,
        KMIP_CLIENT_KEY: client.keyPath,
        KMIP_CA_CERT: this.caPath,
        KMIP_USERNAME: this.credential.username,
        KMIP_PASSWORD: this.credential.password,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
    if (code !== 0) throw new Error(`${script} exited with ${code}:\n${stderr}\n${stdout}`);
    return JSON.parse(stdout) as T;
  }

  /** A KMIP connection from Node as `client`, for what the Python clients cannot show (a connection being cut). */
  async connect(client: ClientFiles, port = this.port): Promise<KmipConnection> {
    const socket = connect({
      host: '127.0.0.1',
      port,
      cert: await readFile(client.certificatePath),
      key: await readFile(client.keyPath),
      ca: await readFile(this.caPath),
    });
    await once(socket, 'secureConnect');
    return new KmipConnection(socket);
  }

  private async provider(tenant: string): Promise<RootKeyProvider> {
    let provider = this.providers.get(tenant);
    if (!provider) {
      provider = await LocalRootKeyProvider.open({
        keystorePath: join(this.dir, `${tenant}.keystore`),
        createIfMissing: true,
      });
      this.providers.set(tenant, provider);
    }
    return provider;
  }

  private async setUpTenant(
    tenant: string,
    client: ClientFiles,
    credential?: { username: string; password: string },
  ): Promise<void> {
    const root = await (await this.provider(tenant)).describe();
    const now = new Date(Math.floor(Date.now() / 1000) * 1000).toISOString().replace('.000Z', 'Z');
    await this.tenantCommand({
      type: 'CreateTenant',
      data: { tenant, now, rootKey: { rootKeyId: root.rootKeyId, rootKeyVersion: Number(root.currentVersion) } },
    });
    await this.tenantCommand({
      type: 'AllowClient',
      data: {
        tenant,
        now,
        fingerprint: client.fingerprint,
        allowedOperations: CLIENT_OPERATIONS,
        trust: 'IssuedByServerCa',
        ...(credential === undefined
          ? {}
          : {
              credential: {
                username: credential.username,
                passwordHash: await hashScryptPassword(credential.password, { ln: 12 }),
              },
            }),
      },
    });
  }
}

/** One TLS connection: requests answered in order, and whether the server closed it. */
export class KmipConnection {
  private readonly framer = new TtlvStreamFramer();
  private readonly waiting: ((message: Buffer) => void)[] = [];
  readonly closed: Promise<void>;

  constructor(private readonly socket: TLSSocket) {
    socket.on('data', (chunk: Buffer) => {
      for (const message of this.framer.push(chunk)) this.waiting.shift()?.(Buffer.from(message));
    });
    socket.on('error', () => undefined);
    this.closed = new Promise((resolve) => socket.once('close', () => resolve()));
  }

  request(bytes: Buffer): Promise<Buffer> {
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      this.socket.write(bytes);
    });
  }

  end(): void {
    this.socket.destroy();
  }
}

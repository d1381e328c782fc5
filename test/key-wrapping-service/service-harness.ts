/**
 * Helpers of the key-wrapping service tests: a throw-away PKI (the deployment's CA, the service's certificate, the
 * gateway's client certificate and an intruder's, both issued by the same CA), the service started as a child
 * process with its environment, the RPC client, and the events the gateway or an operator would append.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import {
  certificateFingerprint,
  createCertificateAuthority,
  issueClientCertificate,
  issueServerCertificate,
} from '@kmip/pki';
import { RpcKeyWrappingClient } from '@kmip/key-wrapping';
import {
  decideManagedObject,
  encodeEnvelope,
  foldManagedObject,
  initialManagedObjectState,
  normalizeDateTime,
  rootKeyRevoked,
  rootKeyRotated,
  toEnvelopes,
  toEvent,
  type EventEnvelope,
  type ManagedObjectEvent,
  type ManagedObjectState,
  type RootKeyRef,
} from '@kmip/key-lifecycle';
import type { AppendRecord } from '@kmip/event-log';

export const repoRoot = join(__dirname, '..', '..');
export const DATABASE_URL = `postgres://${process.env.PGUSER ?? 'postgres'}@127.0.0.1:5432/test`;
export const KAFKA_BROKERS = process.env.KAFKA_BROKERS ?? '127.0.0.1:9092';

export interface PeerCredentials {
  readonly cert: string;
  readonly key: string;
  readonly fingerprint: string;
}

export interface TestPki {
  readonly ca: string;
  readonly files: { readonly ca: string; readonly cert: string; readonly key: string };
  readonly gateway: PeerCredentials;
  readonly intruder: PeerCredentials;
}

export async function createTestPki(dir: string): Promise<TestPki> {
  const ca = await createCertificateAuthority({ subject: { commonName: 'test deployment CA' } });
  const server = await issueServerCertificate(ca, { subject: { commonName: 'key-wrapping' } });
  const peer = async (commonName: string): Promise<PeerCredentials> => {
    const issued = await issueClientCertificate(ca, { subject: { commonName, organization: 'kmip-vmware' } });
    return {
      cert: issued.certificatePem,
      key: issued.privateKeyPem,
      fingerprint: certificateFingerprint(issued.certificatePem),
    };
  };
  const files = { ca: join(dir, 'ca.pem'), cert: join(dir, 'server.pem'), key: join(dir, 'server.key') };
  writeFileSync(files.ca, ca.certificatePem);
  writeFileSync(files.cert, server.certificatePem);
  writeFileSync(files.key, server.privateKeyPem, { mode: 0o600 });
  return { ca: ca.certificatePem, files, gateway: await peer('kmip-gateway'), intruder: await peer('intruder') };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * The environment of a service child: TLS files, the gateway's fingerprint as the only peer, database, Kafka, and the
 * inventory read model when the test runs its projector.
 */
export function serviceEnv(
  pki: TestPki,
  settings: {
    port: number;
    schema: string;
    topic: string;
    group: string;
    /** The inventory read model's schema and projector group, when one runs. */
    inventory?: { schema: string; group: string };
  },
): Record<string, string> {
  return {
    KEY_WRAPPING_HOST: '127.0.0.1',
    KEY_WRAPPING_PORT: String(settings.port),
    KEY_WRAPPING_TLS_CERT: pki.files.cert,
    KEY_WRAPPING_TLS_KEY: pki.files.key,
    KEY_WRAPPING_TLS_CA: pki.files.ca,
    KEY_WRAPPING_ALLOWED_PEERS: `sha256:${pki.gateway.fingerprint}`,
    DATABASE_URL,
    KEY_WRAPPING_DB_SCHEMA: settings.schema,
    KAFKA_BROKERS,
    KMIP_EVENTS_TOPIC: settings.topic,
    KMIP_EVENTS_PARTITIONS: '2',
    KEY_WRAPPING_CONSUMER_GROUP: settings.group,
    ...(settings.inventory
      ? {
          KEY_WRAPPING_OBJECT_STATES: 'inventory',
          INVENTORY_DB_SCHEMA: settings.inventory.schema,
          INVENTORY_CONSUMER_GROUP: settings.inventory.group,
        }
      : { KEY_WRAPPING_OBJECT_STATES: 'none' }),
  };
}

export class ServiceProcess {
  private output = '';
  private exit: Promise<number | string>;

  private constructor(private readonly child: ChildProcess) {
    child.stdout?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    this.exit = new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal ?? -1)));
  }

  /** Starts `services/key-wrapping/src/main.ts` and resolves once it listens (or rejects with its output). */
  static async start(env: Record<string, string>, timeoutMs = 90_000): Promise<ServiceProcess> {
    const child = spawn(
      process.execPath,
      [
        '-r',
        'ts-node/register/transpile-only',
        '-r',
        'tsconfig-paths/register',
        join(repoRoot, 'services/key-wrapping/src/main.ts'),
      ],
      { cwd: repoRoot, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const service = new ServiceProcess(child);
    await service.waitForOutput(/key-wrapping INFO listening on /, timeoutMs);
    return service;
  }

  get pid(): number {
    return this.child.pid!;
  }

  logs(): string {
    return this.output;
  }

  async waitForOutput(pattern: RegExp, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (pattern.test(this.output)) return;
      if (this.child.exitCode !== null || this.child.signalCode !== null) {
        throw new Error(`the service exited before printing ${pattern}:\n${this.output}`);
      }
      if (Date.now() > deadline) throw new Error(`the service did not print ${pattern}:\n${this.output}`);
      await sleep(50);
    }
  }

  /** SIGTERM, then resolves with the exit code. */
  stop(): Promise<number | string> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGTERM');
    return this.exit;
  }

  /** SIGKILL: no chance to finish anything. */
  kill(): Promise<number | string> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
    return this.exit;
  }
}

export function rpcClient(pki: TestPki, port: number, peer: PeerCredentials = pki.gateway): RpcKeyWrappingClient {
  return new RpcKeyWrappingClient({
    host: '127.0.0.1',
    port,
    ca: pki.ca,
    cert: peer.cert,
    key: peer.key,
    requestTimeoutMs: 30_000,
    retries: 2,
  });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export async function waitFor<T>(
  probe: () => Promise<T | undefined | false>,
  timeoutMs: number,
  what: string,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

const now = (): string => normalizeDateTime(new Date().toISOString())!;
const operator = { kind: 'operator', name: 'test' } as const;
const gatewayActor = { kind: 'client', fingerprint: 'aa'.repeat(32), address: '127.0.0.1' } as const;

/** An object's stream as the gateway writes it: events decided on the folded state, appended with expectedVersion. */
export class ObjectStream {
  private readonly events: ManagedObjectEvent[] = [];

  constructor(
    readonly tenant: string,
    readonly objectId: string,
  ) {}

  get state(): ManagedObjectState {
    return this.events.length === 0 ? initialManagedObjectState() : foldManagedObject(this.events);
  }

  created(wrappedBy: RootKeyRef): EventEnvelope[] {
    return this.decide({
      type: 'Create',
      data: {
        objectId: this.objectId,
        tenant: this.tenant,
        now: now(),
        objectType: 'SymmetricKey',
        cryptographicAlgorithm: 'AES',
        cryptographicLength: 256,
        cryptographicUsageMask: 12,
        wrappedBy,
      },
    });
  }

  destroyed(): EventEnvelope[] {
    return this.decide({ type: 'Destroy', data: { objectId: this.objectId, tenant: this.tenant, now: now() } });
  }

  activated(): EventEnvelope[] {
    return this.decide({ type: 'Activate', data: { objectId: this.objectId, tenant: this.tenant, now: now() } });
  }

  /** Decides on the current state and records the events as applied. */
  private decide(command: Parameters<typeof decideManagedObject>[0]): EventEnvelope[] {
    const state = this.state;
    const decision = decideManagedObject(command, state);
    if (!decision.ok) throw new Error(`${command.type} refused: ${decision.error.reason}`);
    const envelopes = toEnvelopes(decision.events, {
      tenant: this.tenant,
      objectId: this.objectId,
      actor: gatewayActor,
      occurredAt: now(),
      expectedVersion: state.version,
      newId: randomUUID,
    });
    this.events.push(...envelopes.map((e) => toEvent(e) as ManagedObjectEvent));
    return envelopes;
  }
}

export function rootKeyRotatedEnvelope(tenant: string, rootKeyId: string, version: number): EventEnvelope {
  return toEnvelopes(
    [rootKeyRotated({ rootKeyId, rootKeyVersion: version, previousRootKeyVersion: version - 1, at: now() })],
    { tenant, actor: operator, occurredAt: now(), newId: randomUUID },
  )[0];
}

export function rootKeyRevokedEnvelope(tenant: string, rootKeyId: string): EventEnvelope {
  return toEnvelopes([rootKeyRevoked({ rootKeyId, reason: 'test', at: now() })], {
    tenant,
    actor: operator,
    occurredAt: now(),
    newId: randomUUID,
  })[0];
}

export function toRecords(envelopes: readonly EventEnvelope[]): AppendRecord[] {
  return envelopes.map((envelope) => {
    const encoded = encodeEnvelope(envelope);
    if (!encoded.ok) throw new Error(encoded.error.message);
    return { key: envelope.tenant, value: encoded.value, headers: { 'event-type': envelope.type } };
  });
}

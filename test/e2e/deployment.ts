/**
 * The server under test, whichever mode: the distributed stack (test/support's `startDistributedStack`: two gateway
 * processes, key-wrapping, audit/inventory projector, Kafka, PostgreSQL) or the embedded process of `npm start`
 * (test/support's `startEmbedded`). Tenants and clients are made with kmipctl, as an operator would.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { certificateFingerprint, issueClientCertificate, readPemFile } from '@kmip/pki';
import { startDistributedStack, startEmbedded, type KmipctlResult, type StackService } from '../support';
import { AuditApi } from './audit-api';
import type { FaultTarget } from './fault-run';
import { PrivateKafka } from './private-kafka';
import type { ClientTls } from './python-client';

export type { StackService };

export interface IssuedClient extends ClientTls {
  readonly fingerprint: string;
  /** The Credential the client is configured with, if any. */
  readonly credential?: { readonly username: string; readonly password: string };
}

export interface DeploymentOptions {
  /** Distributed mode only: the root key provider (`pkcs11`: SoftHSM2). */
  readonly rootKeyProvider?: 'local' | 'pkcs11';
  /**
   * Distributed mode only: run on a Kafka broker of this test run (see private-kafka.ts) instead of the shared one,
   * so that killing the broker disturbs nobody else.
   */
  readonly privateKafka?: boolean;
}

export interface Deployment {
  readonly mode: 'distributed' | 'embedded';
  /** KMIP ports: gateway A and gateway B (distributed), or the one endpoint (embedded). */
  readonly gatewayPorts: readonly number[];
  readonly tenant: string;
  /** The first client of the tenant, made by the launcher. */
  readonly client: IssuedClient;
  readonly audit: AuditApi;
  /** A directory of this test run (client files, id lists). */
  readonly workDir: string;
  createTenant(name: string): Promise<void>;
  /** `kmipctl client issue`: a certificate from the deployment's CA, allowed on the tenant. */
  issueClient(
    tenant: string,
    name: string,
    credential?: { readonly username: string; readonly password: string },
  ): Promise<IssuedClient>;
  /** A certificate from the deployment's own CA that is on no allow-list. */
  issueUnlistedClient(name: string): Promise<IssuedClient>;
  /** `kmipctl client remove`. */
  removeClient(tenant: string, fingerprint: string): Promise<void>;
  kill(service: StackService, signal: NodeJS.Signals): Promise<void>;
  restart(service: StackService): Promise<void>;
  faultTarget(): FaultTarget;
  stop(): Promise<void>;
}

function checked(what: string, result: KmipctlResult): string {
  if (result.code !== 0)
    throw new Error(`kmipctl ${what} ended with ${result.code}:\n${result.stderr}${result.stdout}`);
  return result.stdout;
}

interface Launched {
  readonly gatewayPorts: readonly number[];
  readonly tenant: string;
  readonly client: IssuedClient;
  readonly auditUrl: string;
  readonly ca: { readonly cert: string; readonly key: string };
  kmipctl(args: readonly string[]): Promise<KmipctlResult>;
  kill(service: StackService, signal: NodeJS.Signals): Promise<void>;
  restart(service: StackService): Promise<void>;
  stop(): Promise<void>;
}

async function launch(mode: Deployment['mode'], options: DeploymentOptions, workDir: string): Promise<Launched> {
  if (mode === 'distributed') {
    const kafka = options.privateKafka === true ? await PrivateKafka.start() : undefined;
    let stack;
    try {
      stack = await startDistributedStack({
        rootKeyProvider: options.rootKeyProvider ?? 'local',
        ...(kafka === undefined ? {} : { kafkaBrokers: [kafka.broker] }),
      });
    } catch (error) {
      await kafka?.stop();
      throw error;
    }
    const started = stack;
    return {
      gatewayPorts: stack.gateways.map((g) => g.port),
      tenant: stack.tenant,
      client: {
        cert: stack.certs.clientCert,
        key: stack.certs.clientKey,
        ca: stack.certs.ca,
        fingerprint: stack.certs.clientFingerprint,
      },
      auditUrl: stack.auditUrl,
      ca: { cert: stack.certs.ca, key: stack.certs.caKey },
      kmipctl: (args) => started.kmipctl(args),
      kill: async (service, signal) => {
        if (service === 'kafka' && kafka !== undefined) {
          if (signal !== 'SIGKILL') throw new Error('the private Kafka broker is only ever killed with SIGKILL');
          await kafka.kill();
        } else {
          await started.kill(service, signal);
        }
      },
      restart: (service) => (service === 'kafka' && kafka !== undefined ? kafka.restart() : started.restart(service)),
      stop: async () => {
        try {
          await started.stop();
        } finally {
          await kafka?.stop();
        }
      },
    };
  }
  const server = await startEmbedded({ dataDir: join(workDir, 'data') });
  return {
    gatewayPorts: [server.port],
    tenant: server.tenant,
    client: {
      cert: server.clientCertificatePath,
      key: server.clientKeyPath,
      ca: server.caCertificatePath,
      fingerprint: certificateFingerprint(await readFile(server.clientCertificatePath, 'utf8')),
    },
    auditUrl: server.auditUrl,
    ca: { cert: server.caCertificatePath, key: server.caKeyPath },
    kmipctl: (args) => server.kmipctl(args),
    kill: () => Promise.reject(new Error('the embedded server has no separate services')),
    restart: () => Promise.reject(new Error('the embedded server has no separate services')),
    stop: () => server.stop(),
  };
}

export async function startDeployment(mode: Deployment['mode'], options: DeploymentOptions = {}): Promise<Deployment> {
  const workDir = await mkdtemp(join(tmpdir(), `kmip-e2e-${mode}-`));
  let launched: Launched;
  try {
    launched = await launch(mode, options, workDir);
  } catch (error) {
    await rm(workDir, { recursive: true, force: true });
    throw error;
  }
  const audit = new AuditApi(launched.auditUrl);
  const deployment: Deployment = {
    mode,
    gatewayPorts: launched.gatewayPorts,
    tenant: launched.tenant,
    client: launched.client,
    audit,
    workDir,
    createTenant: async (name) => {
      // In a distributed deployment the running key-wrapping service picks the new tenant up from its tenants file.
      checked('tenant create', await launched.kmipctl(['tenant', 'create', name]));
    },
    issueClient: async (tenant, name, credential) => {
      const out = join(workDir, 'clients', name);
      const args = ['client', 'issue', '--tenant', tenant, '--out', out, '--name', name];
      if (credential !== undefined) {
        const passwordFile = join(workDir, `${name}.password`);
        await writeFile(passwordFile, `${credential.password}\n`, { mode: 0o600 });
        args.push('--username', credential.username, '--password-file', passwordFile);
      }
      checked('client issue', await launched.kmipctl(args));
      const cert = join(out, 'client.pem');
      return {
        cert,
        key: join(out, 'client-key.pem'),
        ca: join(out, 'ca.pem'),
        fingerprint: certificateFingerprint(await readFile(cert, 'utf8')),
        ...(credential === undefined ? {} : { credential }),
      };
    },
    issueUnlistedClient: async (name) => {
      const ca = {
        certificatePem: await readPemFile(launched.ca.cert),
        privateKeyPem: await readPemFile(launched.ca.key),
      };
      const issued = await issueClientCertificate(ca, { subject: { commonName: name } });
      const dir = join(workDir, 'unlisted', name);
      await mkdir(dir, { recursive: true, mode: 0o700 });
      const files = { cert: join(dir, 'client.pem'), key: join(dir, 'client-key.pem'), ca: launched.client.ca };
      await writeFile(files.cert, issued.certificatePem);
      await writeFile(files.key, issued.privateKeyPem, { mode: 0o600 });
      return { ...files, fingerprint: certificateFingerprint(issued.certificatePem) };
    },
    removeClient: async (tenant, fingerprint) => {
      checked(
        'client remove',
        await launched.kmipctl(['client', 'remove', '--tenant', tenant, '--fingerprint', fingerprint]),
      );
    },
    kill: (service, signal) => launched.kill(service, signal),
    restart: (service) => launched.restart(service),
    faultTarget: () => ({
      endpoints: launched.gatewayPorts,
      client: launched.client,
      tenant: launched.tenant,
      audit,
      workDir,
    }),
    stop: async () => {
      try {
        await launched.stop();
      } finally {
        await rm(workDir, { recursive: true, force: true });
      }
    },
  };
  return deployment;
}

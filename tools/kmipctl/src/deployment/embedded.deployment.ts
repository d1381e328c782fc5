import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { EmbeddedEventLog } from '@kmip/event-log';
import { ACCESS_TOPIC, EVENTS_TOPIC, startProjector, type RunningProjector } from '@kmip/inventory';
import type { Actor } from '@kmip/key-lifecycle';
import type { CertificateAuthority } from '@kmip/pki';
import {
  dataDirLayout,
  EMBEDDED_INVENTORY_SCHEMA,
  ensureTenantKeystore,
  lockDataDir,
  lockHolder,
  readAdminEndpointFile,
  sendTenantRequest,
  TenantAdministration,
  type AdminEndpointFile,
  type DataDirLayout,
  type TenantOutcome,
  type TenantRequest,
} from '@kmip/service-embedded';
import { PgliteDatabase } from '@kmip/sql';
import { readCertificateAuthority } from './certificate-authority-files';
import type { Deployment, PreparedRootKey } from './deployment.port';

/** How the tenant requests reach the embedded database. */
interface Channel {
  execute(request: TenantRequest): Promise<TenantOutcome>;
  close(): Promise<void>;
}

/**
 * The embedded server's data directory. While the server runs, requests go to its admin endpoint (PGlite is one
 * process's database); while it is stopped, kmipctl takes the directory's lock, opens the database and runs the
 * inventory projector itself for as long as it needs a verdict.
 */
export class EmbeddedDeployment implements Deployment {
  private constructor(
    readonly description: string,
    private readonly layout: DataDirLayout,
    private readonly channel: Channel,
  ) {}

  static async open(dataDir: string, operator: string): Promise<EmbeddedDeployment> {
    const layout = dataDirLayout(dataDir);
    try {
      await access(join(layout.certs, 'ca.pem'));
    } catch {
      throw new Error(`no embedded deployment in ${layout.root} (start it once with npm start)`);
    }
    const holder = await lockHolder(layout.lock);
    if (holder !== undefined) {
      const endpoint = await readAdminEndpointFile(layout.adminEndpoint);
      if (endpoint === undefined || endpoint.pid !== holder) {
        throw new Error(`the server (process ${holder}) is starting or stopping; try again in a moment`);
      }
      return new EmbeddedDeployment(
        `the embedded server running on ${layout.root}`,
        layout,
        onlineChannel(endpoint, operator),
      );
    }
    return new EmbeddedDeployment(
      `the embedded data directory ${layout.root}`,
      layout,
      await offlineChannel(layout, operator),
    );
  }

  execute(request: TenantRequest): Promise<TenantOutcome> {
    return this.channel.execute(request);
  }

  certificateAuthority(): Promise<CertificateAuthority> {
    return readCertificateAuthority(join(this.layout.certs, 'ca.pem'), join(this.layout.certs, 'ca-key.pem'));
  }

  async prepareRootKey(tenant: string): Promise<PreparedRootKey> {
    // The server's key-wrapping service looks keystores up by tenant name: it serves the tenant once it exists.
    const rootKey = await ensureTenantKeystore(this.layout.keystores, tenant);
    return { rootKey, activate: () => Promise.resolve(undefined) };
  }

  close(): Promise<void> {
    return this.channel.close();
  }
}

function onlineChannel(endpoint: AdminEndpointFile, operator: string): Channel {
  return {
    execute: (request) => sendTenantRequest(endpoint, request, operator),
    close: () => Promise.resolve(),
  };
}

async function offlineChannel(layout: DataDirLayout, operator: string): Promise<Channel> {
  const lock = await lockDataDir(layout.lock);
  const opened: { close(): Promise<unknown> }[] = [{ close: () => lock.release() }];
  const closeAll = async (): Promise<void> => {
    for (const item of opened.reverse().splice(0)) await item.close().catch(() => undefined);
  };
  try {
    const pglite = await PGlite.create(layout.database);
    opened.push(pglite);
    const log = await EmbeddedEventLog.open({ database: pglite });
    opened.push(log);
    await log.createTopics([
      { name: EVENTS_TOPIC, partitions: 1 },
      { name: ACCESS_TOPIC, partitions: 1 },
    ]);
    const db = new PgliteDatabase(pglite);
    const projector: RunningProjector = await startProjector(log, db, { schema: EMBEDDED_INVENTORY_SCHEMA });
    opened.push({ close: () => projector.stop() });
    const administration = await TenantAdministration.start({ log, db, inventorySchema: EMBEDDED_INVENTORY_SCHEMA });
    opened.push(administration);
    const actor: Actor = { kind: 'operator', name: operator };
    return { execute: (request) => administration.execute(request, actor), close: closeAll };
  } catch (error) {
    await closeAll();
    throw error;
  }
}

import 'reflect-metadata';
import { mkdir } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { hostname } from 'node:os';
import { PGlite } from '@electric-sql/pglite';
import { NestFactory } from '@nestjs/core';
import type { INestApplication } from '@nestjs/common';
import { EmbeddedEventLog } from '@kmip/event-log';
import { ACCESS_TOPIC, EVENTS_TOPIC } from '@kmip/inventory';
import { ensureDevelopmentPki, readPemFile, type DevelopmentPki } from '@kmip/pki';
import { AuditInventoryModule } from '@kmip/service-audit-inventory';
import { createKmipGateway, type GatewayLogger, type KmipGateway } from '@kmip/service-kmip-gateway';
import {
  createKeyWrappingRuntime,
  type KeyWrappingRuntime,
} from '@kmip/service-key-wrapping/runtime/key-wrapping.runtime';
import { InventoryObjectStates } from '@kmip/service-key-wrapping/side-effects/inventory-object-states.adapter';
import { consoleServiceLogger } from '@kmip/service-key-wrapping/service.logger';
import { PgliteDatabase } from '@kmip/sql';
import { startAdminEndpoint, type AdminEndpoint } from '../admin/admin-endpoint.server';
import { TenantAdministration } from '../admin/tenant-administration';
import { ensureFirstClient } from '../bootstrap/first-start';
import { startBanner } from '../bootstrap/start-banner';
import type { EmbeddedConfig } from '../config/embedded.config';
import { dataDirLayout, type DataDirLayout } from '../data-dir/data-dir-layout';
import { lockDataDir } from '../data-dir/data-dir-lock';
import { TenantKeystores } from '../tenancy/tenant-keystores';
import { EMBEDDED_INVENTORY_SCHEMA, EMBEDDED_KEY_WRAPPING_SCHEMA } from './embedded-schemas';

export interface EmbeddedServer {
  readonly layout: DataDirLayout;
  readonly pki: DevelopmentPki;
  readonly kmip: AddressInfo;
  readonly auditUrl?: string;
  /** What was printed for the operator. */
  readonly banner: string;
  close(): Promise<void>;
}

interface Closer {
  readonly what: string;
  close(): Promise<unknown>;
}

const gatewayLogger: GatewayLogger = {
  log: (message) => console.log(`[kmip-gateway] ${message}`),
  warn: (message) => console.warn(`[kmip-gateway] ${message}`),
  error: (message) => console.error(`[kmip-gateway] ${message}`),
};

/**
 * The three services in one process (DESIGN §7, embedded mode): PGlite is both the event log and the database,
 * the key-wrapping service runs in-process with the local root key provider (a keystore per tenant in the data
 * directory), the inventory projector and its REST API run as in their own service, and the gateway is the same
 * gateway with other adapters. On the first start the development PKI, the default tenant and its first client are
 * created. Everything opened is closed again, in reverse order, by `close()` (or when the start fails). `onFatal` is
 * called when a part stops on its own and the server cannot go on.
 */
export async function startEmbeddedServer(
  config: EmbeddedConfig,
  onFatal: (reason: string) => void,
): Promise<EmbeddedServer> {
  const layout = dataDirLayout(config.dataDir);
  const closers: Closer[] = [];
  const closeAll = async (): Promise<void> => {
    for (const closer of closers.reverse().splice(0)) {
      try {
        await closer.close();
      } catch (error) {
        console.error(`[embedded] closing the ${closer.what} failed: ${error instanceof Error ? error.name : 'error'}`);
      }
    }
  };
  try {
    await mkdir(layout.root, { recursive: true, mode: 0o700 });
    const lock = await lockDataDir(layout.lock);
    closers.push({ what: 'data directory lock', close: () => lock.release() });

    const pki = await ensureDevelopmentPki(layout.root, { serverNames: config.serverNames });
    const pglite = await PGlite.create(layout.database);
    closers.push({ what: 'database', close: () => pglite.close() });
    const eventLog = await EmbeddedEventLog.open({ database: pglite });
    closers.push({ what: 'event log', close: () => eventLog.close() });
    await eventLog.createTopics([
      { name: EVENTS_TOPIC, partitions: 1 },
      { name: ACCESS_TOPIC, partitions: 1 },
    ]);
    const db = new PgliteDatabase(pglite);

    const keyWrapping = await startKeyWrapping(db, eventLog, layout, config.tenant);
    closers.push({ what: 'key-wrapping service', close: () => keyWrapping.close() });

    const audit = await startAudit(db, eventLog, config, onFatal);
    closers.push({ what: 'audit/inventory service', close: () => audit.app.close() });

    const administration = await TenantAdministration.start({
      log: eventLog,
      db,
      inventorySchema: EMBEDDED_INVENTORY_SCHEMA,
    });
    closers.push({ what: 'tenant administration', close: () => administration.close() });
    await ensureFirstClient(administration, {
      tenant: config.tenant,
      keystores: layout.keystores,
      markerPath: layout.firstStart,
      clientFingerprint: pki.clientFingerprint,
    });

    const gateway = await startGateway(db, eventLog, keyWrapping, pki, config);
    closers.push({ what: 'KMIP gateway', close: () => gateway.close(5_000) });
    const kmip = await gateway.listen();

    const admin: AdminEndpoint = await startAdminEndpoint(administration, layout.adminEndpoint, (message) =>
      console.error(`[embedded] ${message}`),
    );
    // Stopped first: it uses the administration.
    closers.push({ what: 'admin endpoint', close: () => admin.close() });

    const banner = startBanner({
      dataDir: layout.root,
      host: ['0.0.0.0', '::'].includes(config.host) ? hostname() : config.host,
      port: kmip.port,
      tenant: config.tenant,
      ...(audit.url === undefined ? {} : { auditUrl: audit.url }),
      caCertificatePath: pki.caCertificatePath,
      clientCertificatePath: pki.clientCertificatePath,
      clientKeyPath: pki.clientKeyPath,
      serverCertificatePath: pki.serverCertificatePath,
      certificatesCreated: pki.created.length > 0,
    });
    return {
      layout,
      pki,
      kmip,
      ...(audit.url === undefined ? {} : { auditUrl: audit.url }),
      banner,
      close: closeAll,
    };
  } catch (error) {
    await closeAll();
    throw error;
  }
}

async function startKeyWrapping(
  db: PgliteDatabase,
  eventLog: EmbeddedEventLog,
  layout: DataDirLayout,
  defaultTenant: string,
): Promise<KeyWrappingRuntime> {
  const runtime = await createKeyWrappingRuntime({
    tenants: { defaultTenant, providers: new TenantKeystores(layout.keystores) },
    database: db,
    schema: EMBEDDED_KEY_WRAPPING_SCHEMA,
    logger: consoleServiceLogger,
    events: {
      log: eventLog,
      topic: EVENTS_TOPIC,
      consumerGroup: 'key-wrapping',
      objectStates: new InventoryObjectStates(db, { topic: EVENTS_TOPIC, schema: EMBEDDED_INVENTORY_SCHEMA }),
    },
  });
  try {
    await runtime.startSideEffects();
  } catch (error) {
    await runtime.close();
    throw error;
  }
  return runtime;
}

async function startAudit(
  db: PgliteDatabase,
  eventLog: EmbeddedEventLog,
  config: EmbeddedConfig,
  onFatal: (reason: string) => void,
): Promise<{ app: INestApplication; url?: string }> {
  const app = await NestFactory.create(
    AuditInventoryModule.forRoot({
      eventLog,
      db,
      schema: EMBEDDED_INVENTORY_SCHEMA,
      // Without the projector no write gets a verdict: the server stops, to start again from the stored positions.
      onProjectorFailure: (error) =>
        onFatal(`the projector failed: ${error instanceof Error ? error.message : String(error)}`),
    }),
    { logger: ['error', 'warn'] },
  );
  if (config.auditPort === 'off') {
    await app.init();
    return { app };
  }
  await app.listen(config.auditPort, '127.0.0.1');
  const { port } = (app.getHttpServer() as Server).address() as AddressInfo;
  return { app, url: `http://127.0.0.1:${port}` };
}

async function startGateway(
  db: PgliteDatabase,
  eventLog: EmbeddedEventLog,
  keyWrapping: KeyWrappingRuntime,
  pki: DevelopmentPki,
  config: EmbeddedConfig,
): Promise<KmipGateway> {
  return createKmipGateway(
    { eventLog, db, keyWrapping: keyWrapping.client, logger: gatewayLogger },
    {
      port: config.port,
      host: config.host,
      tls: {
        cert: await readPemFile(pki.serverCertificatePath),
        key: await readPemFile(pki.serverKeyPath),
        ca: await readPemFile(pki.caCertificatePath),
      },
      inventorySchema: EMBEDDED_INVENTORY_SCHEMA,
      logOperations: config.logOperations,
    },
  );
}

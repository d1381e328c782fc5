/**
 * The key-wrapping service, distributed mode (DESIGN §7): one process serving `kek.generate`, `kek.register`,
 * `kek.unwrap` and `health` over mutual TLS, and running the side effects of `kmip.events`. Configuration from the
 * environment (README). SIGTERM (or SIGINT) drains: running calls finish, then connections, the consumer, the
 * providers, the log and the database close.
 */
import 'reflect-metadata';
import { KafkaEventLog, EventLogError } from '@kmip/event-log';
import { KeyWrappingError } from '@kmip/key-wrapping';
import { PgDatabase } from '@kmip/sql';
import { ConfigError } from './config/config.error';
import { readServiceConfig, readTenantsConfig } from './config/service-config';
import { startRpcServer } from './rpc/rpc-server';
import { createKeyWrappingRuntime } from './runtime/key-wrapping.runtime';
import { consoleServiceLogger, describeError } from './service.logger';
import { InventoryObjectStates } from './side-effects/inventory-object-states.adapter';

async function main(): Promise<void> {
  const logger = consoleServiceLogger;
  const config = readServiceConfig(process.env);
  const database = PgDatabase.connect({
    pool: { connectionString: config.database.url, max: 10 },
    onError: (message) => logger.warn(`database: ${message}`),
  });
  // The inventory read model (DESIGN §3), in the same database unless INVENTORY_DATABASE_URL names another.
  const inventory = config.inventory && {
    db:
      config.inventory.url === config.database.url
        ? database
        : PgDatabase.connect({
            pool: { connectionString: config.inventory.url, max: 4 },
            onError: (message) => logger.warn(`inventory database: ${message}`),
          }),
    settings: {
      schema: config.inventory.schema,
      groupId: config.inventory.consumerGroup,
      waitMs: config.inventory.waitMs,
    },
  };
  const eventLog = await KafkaEventLog.connect({
    brokers: config.kafka.brokers,
    clientId: 'key-wrapping',
    logger: { warn: (m) => logger.warn(m), error: (m) => logger.error(m) },
  });
  await eventLog.createTopics([{ name: config.kafka.topic, partitions: config.kafka.partitions }]);
  const runtime = await createKeyWrappingRuntime({
    tenants: config.tenants,
    database,
    schema: config.database.schema,
    logger,
    events: {
      log: eventLog,
      topic: config.kafka.topic,
      consumerGroup: config.kafka.consumerGroup,
      objectStates:
        inventory && new InventoryObjectStates(inventory.db, { topic: config.kafka.topic, ...inventory.settings }),
    },
    rootKeyRefreshMs: config.rootKeyRefreshMs,
    reloadTenants: { read: () => readTenantsConfig(process.env) },
  });
  // Open every tenant's provider now: a wrong PIN or keystore stops the start instead of the first call.
  for (const tenant of config.tenants.providers.keys()) {
    const provider = await (await runtime.roots.providerFor(tenant)).describe();
    logger.info(
      `tenant ${tenant}: ${provider.provider} root key ${provider.rootKeyId} version ${provider.currentVersion}`,
    );
  }
  const server = await startRpcServer({
    host: config.listen.host,
    port: config.listen.port,
    tls: config.tls,
    allowedPeers: config.allowedPeers,
    operations: runtime.operations,
    defaultTenant: config.tenants.defaultTenant,
    logger,
  });
  await runtime.startSideEffects();
  logger.info(`listening on ${server.address.address}:${server.address.port}`);

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal}: draining`);
    // Whatever hangs, the process ends.
    setTimeout(() => process.exit(1), config.shutdownGraceMs + 15_000).unref();
    void (async () => {
      await server.close(config.shutdownGraceMs);
      await runtime.close();
      await eventLog.close();
      if (inventory && inventory.db !== database) await inventory.db.close();
      await database.close();
      logger.info('stopped');
    })().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error(`stopping failed: ${describeError(error)}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  // These errors' messages name settings, ids, topics and addresses only.
  const known = error instanceof ConfigError || error instanceof KeyWrappingError || error instanceof EventLogError;
  consoleServiceLogger.error(`start failed: ${known ? error.message : describeError(error)}`);
  process.exit(1);
});

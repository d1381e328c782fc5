/**
 * The KMIP gateway as its own process (distributed mode): KMIP over mutual TLS on 5696, Kafka for the log, the
 * inventory read model in PostgreSQL, the key-wrapping service over mutual TLS RPC. SIGTERM (or SIGINT) stops
 * accepting, lets requests in flight finish, then closes the log, the database and the RPC client.
 */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { KafkaEventLog } from '@kmip/event-log';
import { RpcKeyWrappingClient } from '@kmip/key-wrapping';
import { PgDatabase } from '@kmip/sql';
import { readGatewayConfig } from './config/gateway.config';
import { GatewayModule } from './gateway.module';
import { consoleGatewayLogger as logger, describeError } from './logging/gateway.logger';

async function main(): Promise<void> {
  const config = readGatewayConfig(process.env);
  const eventLog = await KafkaEventLog.connect({
    brokers: config.kafka.brokers,
    clientId: 'kmip-gateway',
    // Audit only (DESIGN §3): the lean producer writes it, at a fraction of the CPU; events stay idempotent.
    auditTopics: [config.kafka.accessTopic],
  });
  await eventLog.createTopics([
    { name: config.kafka.eventsTopic, partitions: config.kafka.topicPartitions },
    { name: config.kafka.accessTopic, partitions: config.kafka.topicPartitions },
  ]);
  const db = PgDatabase.connect({
    pool: { connectionString: config.database.url, max: 16 },
    onError: (message) => logger.warn(`database: ${message}`),
  });
  const keyWrapping = new RpcKeyWrappingClient({
    host: config.keyWrapping.host,
    port: config.keyWrapping.port,
    ...(config.keyWrapping.servername === undefined ? {} : { servername: config.keyWrapping.servername }),
    ca: config.keyWrapping.ca,
    cert: config.keyWrapping.cert,
    key: config.keyWrapping.key,
    requestTimeoutMs: config.keyWrapping.requestTimeoutMs,
  });

  const app = await NestFactory.createApplicationContext(
    GatewayModule.forRoot({
      adapters: { eventLog, db, keyWrapping, logger },
      settings: {
        port: config.listen.port,
        host: config.listen.host,
        tls: config.tls,
        limits: config.limits,
        inventorySchema: config.database.inventorySchema,
        eventsTopic: config.kafka.eventsTopic,
        accessTopic: config.kafka.accessTopic,
        verdictTimeoutMs: config.verdictTimeoutMs,
        maxConflictRetries: config.maxConflictRetries,
        clientCacheMs: config.clientCacheMs,
        logOperations: config.logOperations,
        ...(config.vendorIdentification === undefined
          ? {}
          : { server: { vendorIdentification: config.vendorIdentification } }),
      },
      shutdownGraceMs: config.shutdownGraceMs,
    }),
    { logger: ['error', 'warn'] },
  );

  let shuttingDown: Promise<void> | undefined;
  const shutdown = (): Promise<void> =>
    (shuttingDown ??= (async () => {
      logger.log('shutting down');
      let code = 0;
      for (const [what, close] of [
        ['gateway', () => app.close()],
        ['key-wrapping client', () => keyWrapping.close()],
        ['event log', () => eventLog.close()],
        ['database', () => db.close()],
      ] as const) {
        try {
          await close();
        } catch (error) {
          code = 1;
          logger.error(`closing the ${what}: ${describeError(error)}`);
        }
      }
      process.exit(code);
    })());
  process.once('SIGTERM', () => void shutdown());
  process.once('SIGINT', () => void shutdown());
}

if (require.main === module) {
  main().catch((error: unknown) => {
    logger.error(`cannot start: ${describeError(error)}`);
    process.exit(1);
  });
}

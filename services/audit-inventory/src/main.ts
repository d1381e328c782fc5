/**
 * The audit/inventory service as its own process (distributed mode): projects Kafka into PostgreSQL and serves the
 * read-only REST API on 127.0.0.1. SIGTERM (or SIGINT) stops consuming, closes the API, the log and the database.
 */
import 'reflect-metadata';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { NestFactory } from '@nestjs/core';
import { KafkaEventLog } from '@kmip/event-log';
import { PgDatabase } from '@kmip/sql';
import { AuditInventoryModule } from './audit-inventory.module';
import { readAuditInventoryConfig } from './config/audit-inventory.config';

async function main(): Promise<void> {
  const config = readAuditInventoryConfig(process.env);
  const log = await KafkaEventLog.connect({ brokers: config.kafkaBrokers, clientId: 'audit-inventory' });
  await log.createTopics([
    { name: config.eventsTopic, partitions: config.topicPartitions },
    { name: config.accessTopic, partitions: config.topicPartitions },
  ]);
  const db = PgDatabase.connect({
    pool: { connectionString: config.databaseUrl, max: 8 },
    onError: (message) => console.warn(`[audit-inventory] database: ${message}`),
  });

  let shuttingDown: Promise<void> | undefined;
  const shutdown = (code: number): Promise<void> =>
    (shuttingDown ??= (async () => {
      await app.close().catch((error: unknown) => console.error(`[audit-inventory] close: ${String(error)}`));
      await log.close();
      await db.close();
      process.exit(code);
    })());

  const app = await NestFactory.create(
    AuditInventoryModule.forRoot({
      eventLog: log,
      db,
      schema: config.schema,
      projector: {
        eventsTopic: config.eventsTopic,
        accessTopic: config.accessTopic,
        groupId: config.consumerGroup,
        // Kafka is the source of truth and positions commit in the same transaction as their effects: a commit lost
        // to a database crash (its WAL not yet flushed) is projected again from the log, to the same result. So the
        // projector need not wait for a disk flush per transaction (DESIGN §3).
        synchronousCommit: false,
      },
      onProjectorFailure: (error) => {
        console.error(`[audit-inventory] projector failed: ${error instanceof Error ? error.message : String(error)}`);
        void shutdown(1);
      },
    }),
    { logger: ['error', 'warn', 'log'] },
  );
  await app.listen(config.httpPort, config.httpHost);
  const { port } = (app.getHttpServer() as Server).address() as AddressInfo;
  console.log(
    `[audit-inventory] projecting (group ${config.consumerGroup}); REST API on http://${config.httpHost}:${port}`,
  );
  process.once('SIGTERM', () => void shutdown(0));
  process.once('SIGINT', () => void shutdown(0));
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(`[audit-inventory] cannot start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}

/**
 * The audit/inventory service process of a launched deployment: `services/audit-inventory`'s module and
 * configuration, plus `INVENTORY_CONSUMER_GROUP` (default `inventory`). Its own main has no setting for the consumer
 * group, and deployments sharing a broker must not share one: kafkajs assigns a group's partitions over every topic
 * its members subscribe to, so two deployments' projectors in one group would take each other's partitions. Remove
 * this adapter once the service reads the group from its environment.
 */
import 'reflect-metadata';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { NestFactory } from '@nestjs/core';
import { KafkaEventLog } from '@kmip/event-log';
import { AuditInventoryModule, readAuditInventoryConfig } from '@kmip/service-audit-inventory';
import { PgDatabase } from '@kmip/sql';

async function main(): Promise<void> {
  const config = readAuditInventoryConfig(process.env);
  const groupId = process.env.INVENTORY_CONSUMER_GROUP?.trim() || 'inventory';
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
        groupId,
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
  console.log(`[audit-inventory] projecting (group ${groupId}); REST API on http://${config.httpHost}:${port}`);
  process.once('SIGTERM', () => void shutdown(0));
  process.once('SIGINT', () => void shutdown(0));
}

main().catch((error: unknown) => {
  console.error(`[audit-inventory] cannot start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

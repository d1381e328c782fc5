export * from './event-log.port';
export * from './event-log.errors';
export type { EventLogLogger } from './event-log.logger';
export { partitionForKey, murmur2 } from './key-partitioner';
export { DEFAULT_MAX_RECORD_BYTES, recordSize } from './record-size';
export { KafkaEventLog, type KafkaEventLogConfig } from './kafka-event-log.adapter';
export type { KafkaConsumerSettings } from './kafka-consumption';
export { EmbeddedEventLog, type EmbeddedEventLogConfig } from './embedded-event-log.adapter';
export { openEventLog, type EventLogConfig } from './open-event-log';

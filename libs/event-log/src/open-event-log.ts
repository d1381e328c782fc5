import { EmbeddedEventLog, type EmbeddedEventLogConfig } from './embedded-event-log.adapter';
import type { EventLog } from './event-log.port';
import { KafkaEventLog, type KafkaEventLogConfig } from './kafka-event-log.adapter';

/** Which log to use: the configuration a service (or a test child process) receives. Plain JSON. */
export type EventLogConfig =
  | ({ readonly kind: 'kafka' } & KafkaEventLogConfig)
  | ({ readonly kind: 'embedded' } & Omit<EmbeddedEventLogConfig, 'database'>);

export async function openEventLog(config: EventLogConfig): Promise<EventLog> {
  switch (config.kind) {
    case 'kafka':
      return KafkaEventLog.connect(config);
    case 'embedded':
      return EmbeddedEventLog.open(config);
  }
}

import type { EventLog } from '@kmip/event-log';
import { ACCESS_TOPIC, toAccessAppendRecord } from '@kmip/inventory';
import type { AccessRecord, AccessRecorder } from '@kmip/kmip-server';

/** Appends access records to `kmip.access`; resolves once the log acknowledged them (acks=all on Kafka). */
export class LogAccessRecorder implements AccessRecorder {
  constructor(
    private readonly log: EventLog,
    private readonly topic: string = ACCESS_TOPIC,
  ) {}

  async record(records: readonly AccessRecord[]): Promise<void> {
    if (records.length === 0) return;
    await this.log.append(this.topic, records.map(toAccessAppendRecord));
  }
}

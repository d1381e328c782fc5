import type { AppendRecord } from '@kmip/event-log';
import { encodeEnvelope, type EventEnvelope } from '@kmip/key-lifecycle';

/** Record header naming the command an event belongs to (the gateway's id for one client request). */
export const COMMAND_ID_HEADER = 'command-id';
/** Record header with the number of events the command appended together. */
export const COMMAND_EVENTS_HEADER = 'command-events';
/** Record header with the event type, so tools can filter without decoding the value. */
export const EVENT_TYPE_HEADER = 'event-type';
/** Record header naming the NOTIFY channel on which the writer waits for the command's verdicts. */
export const VERDICT_CHANNEL_HEADER = 'verdict-channel';

/**
 * The records a gateway appends for one command's events, in order: keyed by tenant (one partition, so the events
 * stay together and ordered) and headed with the command id and its event count, which the projector uses to apply
 * them all or none, and the writer's verdict channel if it has one. Throws if an envelope would not pass the reader's
 * checks (its message names no field value).
 */
export function toCommandRecords(
  envelopes: readonly EventEnvelope[],
  commandId: string,
  verdictChannel?: string,
): AppendRecord[] {
  if (envelopes.length === 0) return [];
  const tenant = envelopes[0].tenant;
  return envelopes.map((envelope) => {
    if (envelope.tenant !== tenant) throw new Error('the events of one command belong to one tenant');
    const encoded = encodeEnvelope(envelope);
    if (!encoded.ok) throw new Error(`event ${envelope.id} cannot be appended: ${encoded.error.message}`);
    return {
      key: tenant,
      value: encoded.value,
      headers: {
        [COMMAND_ID_HEADER]: commandId,
        [COMMAND_EVENTS_HEADER]: String(envelopes.length),
        [EVENT_TYPE_HEADER]: envelope.type,
        ...(verdictChannel === undefined ? {} : { [VERDICT_CHANNEL_HEADER]: verdictChannel }),
      },
    };
  });
}

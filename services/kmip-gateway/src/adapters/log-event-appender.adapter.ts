import type { EventLog } from '@kmip/event-log';
import { EVENTS_TOPIC, toCommandRecords, type VerdictWaiter } from '@kmip/inventory';
import type { CommandEvents, CommandVerdict, EventAppender } from '@kmip/kmip-server';

/**
 * Appends a command's events to `kmip.events` (keyed by tenant, with the `command-id` / `command-events` headers the
 * projector groups them by) and waits for the projector's verdict (DESIGN §3, steps 3-5). The wait starts before the
 * append, so a verdict that comes quickly is not missed.
 */
export class LogEventAppender implements EventAppender {
  constructor(
    private readonly log: EventLog,
    private readonly verdicts: VerdictWaiter,
    private readonly topic: string = EVENTS_TOPIC,
  ) {}

  async appendCommand(command: CommandEvents, timeoutMs: number): Promise<CommandVerdict> {
    const records = toCommandRecords(command.envelopes, command.commandId);
    const verdict = this.verdicts.waitFor(
      command.envelopes.map((e) => e.id),
      timeoutMs,
    );
    await this.log.append(this.topic, records);
    return (await verdict).outcome;
  }
}

import type { LoggedRecord } from '@kmip/event-log';
import { COMMAND_EVENTS_HEADER, COMMAND_ID_HEADER } from './command-records';

/**
 * The records of one command as found in the log:
 * - `complete`: every announced event is there (a record without command headers is a command of its own);
 * - `interrupted`: a record of another command came before the announced count was reached — the command can never
 *   complete, so the projector rejects it rather than wait forever;
 * - `pending`: the batch ended before the announced count; the rest is expected in the next batch.
 */
export interface CommandGroup {
  readonly commandId?: string;
  readonly records: readonly LoggedRecord[];
  readonly status: 'complete' | 'interrupted' | 'pending';
}

const MAX_COMMAND_EVENTS = 10_000;

function announcedCount(record: LoggedRecord): number | undefined {
  const text = record.headers[COMMAND_EVENTS_HEADER];
  if (text === undefined || !/^[1-9]\d{0,4}$/.test(text)) return undefined;
  const n = Number(text);
  return n <= MAX_COMMAND_EVENTS ? n : undefined;
}

/**
 * Splits consecutive records of one partition into commands. The gateway appends a command's events in one call,
 * so they are adjacent in the partition; only the last group can be `pending`.
 */
export function groupCommands(records: readonly LoggedRecord[]): CommandGroup[] {
  const groups: CommandGroup[] = [];
  let open: { commandId: string; expected: number; records: LoggedRecord[] } | undefined;
  const close = (status: CommandGroup['status']): void => {
    if (open) groups.push({ commandId: open.commandId, records: open.records, status });
    open = undefined;
  };
  for (const record of records) {
    const commandId = record.headers[COMMAND_ID_HEADER];
    const expected = announcedCount(record);
    if (open && open.commandId === commandId && open.expected === expected) {
      open.records.push(record);
    } else {
      close('interrupted');
      if (commandId === undefined || commandId === '' || expected === undefined) {
        groups.push({ ...(commandId ? { commandId } : {}), records: [record], status: 'complete' });
        continue;
      }
      open = { commandId, expected, records: [record] };
    }
    if (open.records.length === open.expected) close('complete');
  }
  close('pending');
  return groups;
}

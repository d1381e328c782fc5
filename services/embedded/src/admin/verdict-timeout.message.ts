import type { RecordPosition } from '@kmip/event-log';

/**
 * What an administrator reads when a tenant change got no verdict in time. The events are in the log by then, so
 * the usual cause is a projector that is behind them (rebuilding the inventory from a long log, or stopped): the
 * message says how far behind, and that the change takes effect when the projector gets there. `projectedUpTo`:
 * the next offset the projector will apply in that partition, undefined when it has applied none, null when unknown.
 */
export function verdictTimeoutMessage(
  kind: string,
  timeoutMs: number,
  topic: string,
  appended: RecordPosition,
  projectedUpTo: number | undefined | null,
): string {
  const waited = `no verdict on the ${kind} events within ${timeoutMs} ms`;
  if (projectedUpTo === null) return `${waited} (is the projector running?)`;
  const where = `partition ${appended.partition} of ${topic}`;
  if (projectedUpTo === undefined) {
    return `${waited}: the projector has applied nothing of ${where} yet (is it running?); the events are stored and take effect when it gets to offset ${appended.offset}`;
  }
  if (projectedUpTo <= appended.offset) {
    const behind = appended.offset - projectedUpTo + 1;
    return `${waited}: the projector is ${behind} record${behind === 1 ? '' : 's'} behind them in ${where} (running behind, or stopped); the events are stored at offset ${appended.offset} and take effect when it gets there`;
  }
  // The waiter polls the verdicts table too: the projector got there just as the wait ended.
  return `${waited}, though the projector has passed them in ${where} since: check whether the change was made before repeating it`;
}

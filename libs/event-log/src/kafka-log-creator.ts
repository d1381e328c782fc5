import { logLevel, type logCreator } from 'kafkajs';
import type { EventLogLogger } from './event-log.logger';

/** kafkajs warns about this on every idempotent producer with bounded retries; the adapter handles it by
 * replacing the producer after a failed append, so the warning is noise. */
const EXPECTED_WARNINGS = [/Limiting retries for the idempotent producer/];

/** Per-connection errors (refused, closed, error responses) are retried by kafkajs and, when retries run out,
 * surface as a typed error to the caller: logging each attempt too would only repeat it. */
const RETRIED_NAMESPACES = new Set(['Connection', 'BrokerPool']);

/** Fields of a kafkajs log entry that are safe and useful to show (never message payloads). */
const SAFE_FIELDS = ['broker', 'topic', 'partition', 'groupId'] as const;

/**
 * Routes kafkajs logging to the adapter's logger at WARN and ERROR only, one line per entry, with a short list of
 * metadata fields: kafkajs at INFO is very chatty and some entries carry request data.
 */
export function kafkaLogCreator(logger: EventLogLogger): logCreator {
  return () =>
    ({ namespace, level, log }) => {
      if (level > logLevel.WARN || level === logLevel.NOTHING || RETRIED_NAMESPACES.has(namespace)) return;
      // An attempt that will be retried: success or the final, typed failure reaches the caller anyway.
      if (log.retryCount !== undefined) return;
      const message = typeof log.message === 'string' ? log.message : '';
      if (level === logLevel.WARN && EXPECTED_WARNINGS.some((re) => re.test(message))) return;
      const fields = SAFE_FIELDS.filter((f) => log[f] !== undefined).map((f) => `${f}=${String(log[f])}`);
      const error = typeof log.error === 'string' ? ` error=${log.error}` : '';
      const line = `[kafkajs ${namespace}] ${message}${fields.length ? ' ' + fields.join(' ') : ''}${error}`;
      if (level === logLevel.ERROR) logger.error(line);
      else logger.warn(line);
    };
}

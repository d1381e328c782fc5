import { EventLogError, EventLogUnavailableError, TopicNotFoundError } from './event-log.errors';

const INVALID_ARGUMENT_TYPES = new Set([
  'INVALID_TOPIC_EXCEPTION',
  'INVALID_PARTITIONS',
  'INVALID_REPLICATION_FACTOR',
  'INVALID_CONFIG',
  'INVALID_REQUEST',
]);
const TOO_LARGE_TYPES = new Set(['MESSAGE_TOO_LARGE', 'RECORD_LIST_TOO_LARGE']);

interface ErrorLike {
  name?: unknown;
  type?: unknown;
  message?: unknown;
  cause?: unknown;
  originalError?: unknown;
  errors?: unknown;
}

/** The error and everything it wraps (kafkajs nests causes in `cause`, `originalError` and `errors`). */
function chain(error: unknown, seen = new Set<unknown>()): ErrorLike[] {
  if (error === null || typeof error !== 'object' || seen.has(error)) return [];
  seen.add(error);
  const e = error as ErrorLike;
  const nested = [e.cause, e.originalError, ...(Array.isArray(e.errors) ? (e.errors as unknown[]) : [])];
  return [e, ...nested.flatMap((n) => chain(n, seen))];
}

function describe(error: unknown): string {
  const messages = chain(error)
    .map((e) => (typeof e.message === 'string' ? e.message : ''))
    .filter((m, i, all) => m !== '' && all.indexOf(m) === i);
  return messages.slice(0, 3).join(': ') || String(error);
}

/**
 * Turns a kafkajs failure into a typed event-log error. Anything that is not a recognised client mistake is
 * treated as the log being unavailable (down, unreachable, timing out).
 */
export function toEventLogError(
  error: unknown,
  context: { readonly operation: string; readonly brokers: readonly string[]; readonly topic?: string },
): EventLogError {
  if (error instanceof EventLogError) return error;
  const links = chain(error);
  const types = new Set(links.map((e) => e.type).filter((t): t is string => typeof t === 'string'));
  const names = new Set(links.map((e) => e.name).filter((n): n is string => typeof n === 'string'));
  const where = context.topic ? ` for topic "${context.topic}"` : '';

  if (context.topic && (types.has('UNKNOWN_TOPIC_OR_PARTITION') || names.has('KafkaJSTopicMetadataNotLoaded'))) {
    return new TopicNotFoundError(context.topic);
  }
  if ([...types].some((t) => TOO_LARGE_TYPES.has(t))) {
    return new EventLogError(
      'RECORD_TOO_LARGE',
      `Kafka refused a record batch${where} as larger than its message.max.bytes`,
      { cause: error },
    );
  }
  if ([...types].some((t) => INVALID_ARGUMENT_TYPES.has(t))) {
    return new EventLogError('INVALID_ARGUMENT', `Kafka refused ${context.operation}${where}: ${describe(error)}`, {
      cause: error,
    });
  }
  return new EventLogUnavailableError(
    `Kafka at ${context.brokers.join(',')} is unavailable (${context.operation}${where}): ${describe(error)}`,
    { cause: error },
  );
}

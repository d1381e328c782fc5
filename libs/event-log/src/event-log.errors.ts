/** Typed failures of the event log. Messages name topics, sizes and addresses only, never record contents. */

export type EventLogErrorCode =
  | 'UNAVAILABLE'
  | 'TOPIC_NOT_FOUND'
  | 'RECORD_TOO_LARGE'
  | 'INVALID_ARGUMENT'
  | 'CONSUMER_HANDLER_FAILED'
  | 'CONSUMER_GROUP_BUSY'
  | 'POSITION_PAST_END'
  | 'CLOSED';

export class EventLogError extends Error {
  constructor(
    readonly code: EventLogErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The log could not be reached or did not answer in time. For an append, the outcome is unknown. */
export class EventLogUnavailableError extends EventLogError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('UNAVAILABLE', message, options);
  }
}

export class TopicNotFoundError extends EventLogError {
  constructor(readonly topic: string) {
    super('TOPIC_NOT_FOUND', `topic "${topic}" does not exist (topics are created explicitly)`);
  }
}

export class RecordTooLargeError extends EventLogError {
  constructor(
    readonly topic: string,
    readonly index: number,
    readonly size: number,
    readonly limit: number,
  ) {
    super(
      'RECORD_TOO_LARGE',
      `record #${index} for topic "${topic}" is ${size} bytes, over the ${limit}-byte limit; nothing of the batch was appended`,
    );
  }
}

/** The consumer's handler threw: consumption stopped at `offset`, which stays unprocessed. */
export class ConsumerHandlerError extends EventLogError {
  constructor(
    readonly topic: string,
    readonly partition: number,
    readonly offset: number,
    cause: unknown,
  ) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super('CONSUMER_HANDLER_FAILED', `handler failed at ${topic}/${partition}@${offset}; consumer stopped: ${reason}`, {
      cause,
    });
  }
}

export class EventLogClosedError extends EventLogError {
  constructor() {
    super('CLOSED', 'the event log is closed');
  }
}

/** The embedded log has one member per consumer group: a second one would see the same partitions. */
export class ConsumerGroupBusyError extends EventLogError {
  constructor(readonly groupId: string) {
    super('CONSUMER_GROUP_BUSY', `consumer group "${groupId}" already has a member in this embedded log`);
  }
}

/**
 * A consumer's stored position lies beyond the end of the log: the log lost records it had acknowledged (a broker's
 * data wiped or replaced, an unclean leader election) while the consumer's own store kept its positions. Consuming on
 * would skip every new record up to the stored position, so the consumer stops and says so.
 */
export class PositionPastEndError extends EventLogError {
  constructor(
    readonly topic: string,
    readonly partition: number,
    readonly position: number,
    readonly end: number,
  ) {
    super(
      'POSITION_PAST_END',
      `the stored position ${position} of ${topic}/${partition} is past the end of the log (${end}): the log lost ` +
        "records this consumer had already applied; restore the log, or rebuild the consumer's store from the log",
    );
  }
}

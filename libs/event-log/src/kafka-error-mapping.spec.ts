import { KafkaJSConnectionError, KafkaJSNumberOfRetriesExceeded, KafkaJSProtocolError } from 'kafkajs';
import { EventLogUnavailableError, RecordTooLargeError, TopicNotFoundError } from './event-log.errors';
import { toEventLogError } from './kafka-error-mapping';

const context = { operation: 'append', brokers: ['127.0.0.1:9092'], topic: 'kmip.events' };

// kafkajs builds protocol errors from a decoded error entry carrying `type`.
function protocolError(type: string): KafkaJSProtocolError {
  return new KafkaJSProtocolError(Object.assign(new Error(`broker says ${type}`), { type }));
}

function retriesExceeded(cause: Error): KafkaJSNumberOfRetriesExceeded {
  return new KafkaJSNumberOfRetriesExceeded(cause, { retryCount: 5, retryTime: 1000 });
}

describe('toEventLogError', () => {
  it('reports a refused connection, even when wrapped by retries, as unavailable with the address', () => {
    const refused = new KafkaJSConnectionError('Connection error: connect ECONNREFUSED 127.0.0.1:9092');
    const error = toEventLogError(retriesExceeded(refused), context);
    expect(error).toBeInstanceOf(EventLogUnavailableError);
    expect(error.code).toBe('UNAVAILABLE');
    expect(error.message).toContain('127.0.0.1:9092');
    expect(error.message).toContain('ECONNREFUSED');
  });

  it('reports an unknown topic as TopicNotFoundError', () => {
    const error = toEventLogError(retriesExceeded(protocolError('UNKNOWN_TOPIC_OR_PARTITION')), context);
    expect(error).toBeInstanceOf(TopicNotFoundError);
    expect(error.message).toContain('kmip.events');
  });

  it('reports a broker-side size refusal with the RECORD_TOO_LARGE code', () => {
    expect(toEventLogError(protocolError('MESSAGE_TOO_LARGE'), context).code).toBe('RECORD_TOO_LARGE');
  });

  it('reports invalid requests as INVALID_ARGUMENT', () => {
    expect(toEventLogError(protocolError('INVALID_PARTITIONS'), context).code).toBe('INVALID_ARGUMENT');
  });

  it('passes typed event-log errors through unchanged', () => {
    const original = new RecordTooLargeError('t', 0, 10, 5);
    expect(toEventLogError(original, context)).toBe(original);
  });
});

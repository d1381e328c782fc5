import { logLevel } from 'kafkajs';
import { kafkaLogCreator } from './kafka-log-creator';

function capture() {
  const lines: string[] = [];
  const log = kafkaLogCreator({ warn: (m) => lines.push(`WARN ${m}`), error: (m) => lines.push(`ERROR ${m}`) })(
    logLevel.INFO,
  );
  const entry = (namespace: string, level: logLevel, fields: Record<string, unknown>) =>
    log({ namespace, level, label: '', log: { timestamp: '', message: 'msg', ...fields } });
  return { lines, entry };
}

describe('kafkaLogCreator', () => {
  it('passes warnings and errors with safe metadata only', () => {
    const { lines, entry } = capture();
    entry('Consumer', logLevel.ERROR, { groupId: 'g', error: 'boom', value: 'SECRET-VALUE' });
    entry('Runner', logLevel.WARN, { topic: 't' });
    expect(lines).toEqual(['ERROR [kafkajs Consumer] msg groupId=g error=boom', 'WARN [kafkajs Runner] msg topic=t']);
  });

  it('drops info, retried attempts and per-connection noise', () => {
    const { lines, entry } = capture();
    entry('Consumer', logLevel.INFO, {});
    entry('Producer', logLevel.ERROR, { retryCount: 1 });
    entry('Connection', logLevel.ERROR, { broker: '127.0.0.1:9092' });
    entry('Producer', logLevel.WARN, { message: 'Limiting retries for the idempotent producer may invalidate EoS' });
    expect(lines).toEqual([]);
  });
});

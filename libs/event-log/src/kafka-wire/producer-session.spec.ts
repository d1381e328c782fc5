import { nextSequence, ProducerSession } from './producer-session';

describe('ProducerSession', () => {
  it('numbers the records of each partition from 0, moving on only for stored batches', () => {
    const session = new ProducerSession(7n, 0);
    expect(session.stamp('events', 0)).toEqual({ id: 7n, epoch: 0, baseSequence: 0 });
    session.stored('events', 0, 3);
    expect(session.stamp('events', 0).baseSequence).toBe(3);
    // A batch sent again after a failure carries the same stamp until it is stored.
    expect(session.stamp('events', 0).baseSequence).toBe(3);
    expect(session.stamp('events', 1).baseSequence).toBe(0);
    expect(session.stamp('access', 0).baseSequence).toBe(0);
    session.stored('events', 0, 2);
    expect(session.stamp('events', 0).baseSequence).toBe(5);
  });

  it('wraps sequence numbers to 0 after the largest INT32, as Kafka does', () => {
    expect(nextSequence(0x7fffffff - 5, 5)).toBe(0x7fffffff);
    expect(nextSequence(0x7fffffff, 1)).toBe(0);
    expect(nextSequence(0x7fffffff - 1, 3)).toBe(1);
    expect(nextSequence(10, 4)).toBe(14);
  });
});

import { patchKafkaRequestQueue, scheduleCheckPendingRequests } from './kafka-request-queue.patch';

function queue(pending: unknown[], throttledUntil = -1) {
  const q = {
    pending,
    throttledUntil,
    throttleCheckTimeoutId: null as NodeJS.Timeout | null,
    checkPendingRequests: jest.fn(),
    scheduleCheckPendingRequests,
  };
  return q;
}

describe('the kafkajs request queue scheduler', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('schedules nothing while no request waits (kafkajs 2.2.4 would re-run every millisecond)', () => {
    const q = queue([]);
    q.scheduleCheckPendingRequests();
    expect(q.throttleCheckTimeoutId).toBeNull();
    expect(jest.getTimerCount()).toBe(0);
  });

  it('checks again after kafkajs’ 10 ms while requests wait on the in-flight limit', () => {
    const q = queue(['request']);
    q.scheduleCheckPendingRequests();
    q.scheduleCheckPendingRequests();
    expect(jest.getTimerCount()).toBe(1);
    jest.advanceTimersByTime(9);
    expect(q.checkPendingRequests).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    expect(q.checkPendingRequests).toHaveBeenCalledTimes(1);
    expect(q.throttleCheckTimeoutId).toBeNull();
  });

  it('checks again when a broker throttle ends', () => {
    const q = queue(['request'], Date.now() + 250);
    q.scheduleCheckPendingRequests();
    jest.advanceTimersByTime(249);
    expect(q.checkPendingRequests).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    expect(q.checkPendingRequests).toHaveBeenCalledTimes(1);
  });

  it('is what kafkajs runs once patched', () => {
    patchKafkaRequestQueue();
    patchKafkaRequestQueue();
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const RequestQueue = require('kafkajs/src/network/requestQueue') as {
      prototype: { scheduleCheckPendingRequests: unknown };
    };
    expect(RequestQueue.prototype.scheduleCheckPendingRequests).toBe(scheduleCheckPendingRequests);
  });
});

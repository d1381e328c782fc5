/**
 * kafkajs 2.2.4 keeps every broker connection's request queue busy while idle: `checkPendingRequests` always ends by
 * scheduling itself again, and with nothing pending and no throttle the delay is negative, so Node runs it again
 * after 1 ms, for ever (tulios/kafkajs issues #1556 and #1704, unfixed upstream). That is about a thousand event-loop
 * wake-ups a second per connection in every process with a producer or consumer, which on a small machine costs more
 * CPU than the traffic itself.
 *
 * The replacement schedules a check only when requests wait: `push` calls it again as soon as one does, and a
 * request that completes calls `checkPendingRequests` itself. Applied once, when the Kafka adapter is loaded.
 */

/** The part of kafkajs' RequestQueue (src/network/requestQueue/index.js) this patch reads and replaces. */
interface RequestQueueInternals {
  pending: unknown[];
  throttledUntil: number;
  throttleCheckTimeoutId: NodeJS.Timeout | null;
  checkPendingRequests(): void;
  scheduleCheckPendingRequests(): void;
}

/** kafkajs' own retry interval for requests held back by the in-flight limit. */
const CHECK_PENDING_REQUESTS_INTERVAL_MS = 10;

export function scheduleCheckPendingRequests(this: RequestQueueInternals): void {
  if (this.throttleCheckTimeoutId || this.pending.length === 0) return;
  const untilUnthrottled = this.throttledUntil - Date.now();
  this.throttleCheckTimeoutId = setTimeout(
    () => {
      this.throttleCheckTimeoutId = null;
      this.checkPendingRequests();
    },
    untilUnthrottled > 0 ? untilUnthrottled : CHECK_PENDING_REQUESTS_INTERVAL_MS,
  );
}

let applied = false;

/** Replaces RequestQueue's scheduler in the kafkajs module this process loads. Idempotent. */
export function patchKafkaRequestQueue(): void {
  if (applied) return;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const RequestQueue = require('kafkajs/src/network/requestQueue') as { prototype: RequestQueueInternals };
  if (typeof RequestQueue.prototype.scheduleCheckPendingRequests !== 'function') {
    throw new Error('kafkajs RequestQueue has changed: review kafka-request-queue.patch.ts');
  }
  RequestQueue.prototype.scheduleCheckPendingRequests = scheduleCheckPendingRequests;
  applied = true;
}

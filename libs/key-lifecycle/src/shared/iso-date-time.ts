/**
 * Dates are ISO-8601 UTC strings of whole seconds, e.g. "2024-05-01T12:00:00Z": KMIP Date-Time has a granularity of
 * one second (1.4 §2), and a string keeps state and events plain JSON. The caller supplies every "now".
 */
export type IsoDateTime = string;

const ISO_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** The canonical form of an ISO-8601 date-time (UTC, whole seconds), or undefined when the text is not one. */
export function normalizeDateTime(text: string): IsoDateTime | undefined {
  if (!ISO_PATTERN.test(text)) return undefined;
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) return undefined;
  const canonical = new Date(Math.floor(ms / 1000) * 1000).toISOString();
  return canonical.length === 24 ? canonical.replace('.000Z', 'Z') : undefined;
}

/**
 * The last two date-times found canonical. Most checks are of a request's "now" and the dates made from it, which
 * change once a second, and each full check (pattern, parse, format) took about a microsecond, several times per
 * Create in the gateway and again in the projector.
 */
const recentCanonical = ['', ''];
let nextRecent = 0;

export function isCanonicalDateTime(text: unknown): text is IsoDateTime {
  if (typeof text !== 'string') return false;
  if (text === recentCanonical[0] || text === recentCanonical[1]) return true;
  if (normalizeDateTime(text) !== text) return false;
  recentCanonical[nextRecent] = text;
  nextRecent = 1 - nextRecent;
  return true;
}

/** Seconds since the epoch of a canonical date-time. */
export function epochSeconds(date: IsoDateTime): number {
  return Date.parse(date) / 1000;
}

export function fromEpochSeconds(seconds: number): IsoDateTime | undefined {
  if (!Number.isSafeInteger(seconds)) return undefined;
  const date = new Date(seconds * 1000);
  return Number.isNaN(date.getTime()) ? undefined : normalizeDateTime(date.toISOString());
}

/** Whether `date` is at or before `now` (a date "has been reached"). */
export function isReached(date: IsoDateTime, now: IsoDateTime): boolean {
  return epochSeconds(date) <= epochSeconds(now);
}

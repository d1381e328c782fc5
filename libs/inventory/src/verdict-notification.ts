import { isVerdictKind, type EventVerdict } from './verdict';

/** PostgreSQL NOTIFY channel of verdicts; the projector sends on it inside its transaction (delivered on commit). */
export const VERDICTS_CHANNEL = 'kmip_verdicts';

/** PostgreSQL keeps a NOTIFY payload under 8000 bytes; stay well below. */
const MAX_PAYLOAD = 7_000;

type Entry = [string, string, number | null];

/**
 * Packs verdicts into as few NOTIFY payloads as fit: each a JSON array of `[eventId, verdict, version|null]`.
 * Event ids are UUIDs, so a payload holds about a hundred verdicts.
 */
export function encodeVerdictNotifications(verdicts: readonly EventVerdict[]): string[] {
  const payloads: string[] = [];
  let current: string[] = [];
  let size = 2;
  for (const v of verdicts) {
    const entry = JSON.stringify([v.eventId, v.verdict, v.version ?? null] satisfies Entry);
    if (current.length > 0 && size + entry.length + 1 > MAX_PAYLOAD) {
      payloads.push(`[${current.join(',')}]`);
      current = [];
      size = 2;
    }
    current.push(entry);
    size += entry.length + 1;
  }
  if (current.length > 0) payloads.push(`[${current.join(',')}]`);
  return payloads;
}

/** The verdicts of one payload; anything unreadable is ignored (the waiter's table query is the fallback). */
export function decodeVerdictNotification(payload: string): EventVerdict[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(payload);
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  const verdicts: EventVerdict[] = [];
  for (const entry of parsed as unknown[]) {
    if (!Array.isArray(entry) || entry.length !== 3) continue;
    const [eventId, verdict, version] = entry as unknown[];
    if (typeof eventId !== 'string' || !isVerdictKind(verdict)) continue;
    verdicts.push({ eventId, verdict, ...(Number.isSafeInteger(version) ? { version: version as number } : {}) });
  }
  return verdicts;
}

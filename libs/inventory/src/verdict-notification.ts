import { randomBytes } from 'node:crypto';
import { isVerdictKind, type EventVerdict } from './verdict';

/**
 * PostgreSQL NOTIFY channel of the verdicts on commands that name no channel of their own (written by a tool, or by
 * an earlier gateway); the projector sends inside its transaction, so they are delivered on commit.
 */
export const VERDICTS_CHANNEL = 'kmip_verdicts';

const INSTANCE_CHANNEL = /^kmip_verdicts_[0-9a-f]{16}$/;

/**
 * A channel for one waiting process (a gateway instance): its commands name it (`verdict-channel` header) and the
 * projector announces their verdicts there alone, so that no other gateway wakes up for them.
 */
export function newVerdictChannel(): string {
  return `kmip_verdicts_${randomBytes(8).toString('hex')}`;
}

/** Where the verdicts of a command that named `requested` are announced: that channel if it is one, else the shared. */
export function verdictChannelFor(requested: string | undefined): string {
  return requested !== undefined && INSTANCE_CHANNEL.test(requested) ? requested : VERDICTS_CHANNEL;
}

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

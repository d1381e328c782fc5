import { randomUUID } from 'node:crypto';
import type { EventVerdict } from './verdict';
import {
  decodeVerdictNotification,
  encodeVerdictNotifications,
  newVerdictChannel,
  VERDICTS_CHANNEL,
  verdictChannelFor,
} from './verdict-notification';

describe('verdict notifications', () => {
  it('round-trips verdicts, with and without a version', () => {
    const verdicts: EventVerdict[] = [
      { eventId: randomUUID(), verdict: 'applied', version: 1 },
      { eventId: randomUUID(), verdict: 'conflict', version: 7 },
      { eventId: randomUUID(), verdict: 'rejected' },
    ];
    const payloads = encodeVerdictNotifications(verdicts);
    expect(payloads).toHaveLength(1);
    expect(decodeVerdictNotification(payloads[0])).toEqual(verdicts);
  });

  it('splits many verdicts into payloads PostgreSQL accepts, losing none', () => {
    const verdicts: EventVerdict[] = Array.from({ length: 1_000 }, (_, i) => ({
      eventId: randomUUID(),
      verdict: 'applied',
      version: i + 1,
    }));
    const payloads = encodeVerdictNotifications(verdicts);
    expect(payloads.length).toBeGreaterThan(1);
    for (const p of payloads) expect(Buffer.byteLength(p)).toBeLessThan(8_000);
    expect(payloads.flatMap(decodeVerdictNotification)).toEqual(verdicts);
  });

  it('sends nothing for no verdicts', () => {
    expect(encodeVerdictNotifications([])).toEqual([]);
  });

  it('ignores unreadable payloads and entries', () => {
    expect(decodeVerdictNotification('not json')).toEqual([]);
    expect(decodeVerdictNotification('{"a":1}')).toEqual([]);
    expect(decodeVerdictNotification('[["id","maybe",1],[1,"applied",1],["ok","applied",2]]')).toEqual([
      { eventId: 'ok', verdict: 'applied', version: 2 },
    ]);
  });

  it('gives each waiter a channel of its own, usable unquoted in LISTEN', () => {
    const channels = new Set(Array.from({ length: 100 }, () => newVerdictChannel()));
    expect(channels.size).toBe(100);
    for (const channel of channels) {
      expect(channel).toMatch(/^[a-z_][a-z0-9_]*$/);
      expect(channel.length).toBeLessThan(64);
      expect(verdictChannelFor(channel)).toBe(channel);
    }
  });

  it("announces on the shared channel when a command names none, or something that is not a waiter's channel", () => {
    for (const requested of [undefined, '', 'kmip_objects', 'kmip_clients', 'kmip_verdicts_XYZ', 'x; drop table t']) {
      expect(verdictChannelFor(requested)).toBe(VERDICTS_CHANNEL);
    }
  });
});

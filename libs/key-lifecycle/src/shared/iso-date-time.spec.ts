import { epochSeconds, fromEpochSeconds, isCanonicalDateTime, isReached, normalizeDateTime } from './iso-date-time';

describe('ISO-8601 date-times of whole seconds', () => {
  it('normalizes to UTC, whole seconds, no fraction', () => {
    expect(normalizeDateTime('2024-05-01T12:00:00Z')).toBe('2024-05-01T12:00:00Z');
    expect(normalizeDateTime('2024-05-01T12:00:00.999Z')).toBe('2024-05-01T12:00:00Z');
    expect(normalizeDateTime('2024-05-01T14:30:05+02:00')).toBe('2024-05-01T12:30:05Z');
    expect(normalizeDateTime('2024-05-01 12:00:00Z')).toBeUndefined();
    expect(normalizeDateTime('2024-05-01T12:00:00')).toBeUndefined(); // no zone: local time is not a date-time here
    expect(normalizeDateTime('2024-13-01T12:00:00Z')).toBeUndefined();
  });

  it('accepts only the canonical form as canonical', () => {
    expect(isCanonicalDateTime('2024-05-01T12:00:00Z')).toBe(true);
    expect(isCanonicalDateTime('2024-05-01T12:00:00.000Z')).toBe(false);
    expect(isCanonicalDateTime('2024-05-01T14:00:00+02:00')).toBe(false);
    expect(isCanonicalDateTime('2024-02-30T12:00:00Z')).toBe(false); // no such day
    expect(isCanonicalDateTime(1714564800)).toBe(false);
    expect(isCanonicalDateTime(undefined)).toBe(false);
  });

  it('gives the same answers for strings it has just accepted or refused, in any order', () => {
    const texts = [
      '2024-05-01T12:00:00Z',
      '2024-05-01T12:00:01Z',
      '2024-05-01T12:00:00.5Z',
      '2024-05-01T12:00:02Z',
      'not a date',
      '2024-05-01T12:00:00Z',
      '2024-02-30T12:00:00Z',
      '2024-05-01T12:00:01Z',
    ];
    const once = texts.map((t) => normalizeDateTime(t) === t);
    for (let round = 0; round < 3; round++) {
      expect(texts.map((t) => isCanonicalDateTime(t))).toEqual(once);
      expect([...texts].reverse().map((t) => isCanonicalDateTime(t))).toEqual([...once].reverse());
    }
  });

  it('converts to and from epoch seconds and compares', () => {
    expect(epochSeconds('1970-01-01T00:01:00Z')).toBe(60);
    expect(fromEpochSeconds(60)).toBe('1970-01-01T00:01:00Z');
    expect(fromEpochSeconds(1.5)).toBeUndefined();
    expect(isReached('2024-05-01T12:00:00Z', '2024-05-01T12:00:00Z')).toBe(true);
    expect(isReached('2024-05-01T12:00:01Z', '2024-05-01T12:00:00Z')).toBe(false);
  });
});

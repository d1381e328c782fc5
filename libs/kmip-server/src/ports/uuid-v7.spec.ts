import { uuidGenerator } from './id-generator.port';
import { uuidV7 } from './uuid-v7';

const FORMAT = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('uuidV7 (RFC 9562 §5.7)', () => {
  it('puts the Unix time in milliseconds in the first 48 bits, then version 7 and the RFC variant', () => {
    // RFC 9562 Appendix A.6: 2022-02-22 19:22:22 UTC is 0x017F22E279B0.
    const id = uuidV7(Date.UTC(2022, 1, 22, 19, 22, 22));
    expect(id).toMatch(FORMAT);
    expect(id.slice(0, 13)).toBe('017f22e2-79b0');
    expect(uuidV7(0).slice(0, 13)).toBe('00000000-0000');
    expect(uuidV7(2 ** 48 - 1).slice(0, 13)).toBe('ffffffff-ffff');
  });

  it('sorts ids of later milliseconds after earlier ones', () => {
    const start = Date.UTC(2026, 10, 29);
    const ids = Array.from({ length: 2_000 }, (_, i) => uuidV7(start + i * 7));
    expect([...ids].sort()).toEqual(ids);
  });

  it('makes distinct ids within one millisecond (74 random bits), across refills of the random pool', () => {
    const ids = Array.from({ length: 5_000 }, () => uuidV7(1_700_000_000_000));
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(FORMAT);
  });

  it('is what the request processor names objects, events and commands with', () => {
    const before = Date.now();
    const id = uuidGenerator.newId();
    expect(id).toMatch(FORMAT);
    const ms = parseInt(id.slice(0, 8) + id.slice(9, 13), 16);
    expect(ms).toBeGreaterThanOrEqual(before);
    expect(ms).toBeLessThanOrEqual(Date.now());
  });
});

import { DEFAULT_TTLV_LIMITS } from '@kmip/kmip';
import { DEFAULT_TRANSPORT_LIMITS, resolveTransportLimits } from './transport-limits';

describe('transport limits', () => {
  it('defaults keep vCenter connections between polls and frame what the codec accepts', () => {
    expect(resolveTransportLimits()).toEqual(DEFAULT_TRANSPORT_LIMITS);
    // vCenter polls about every 5 minutes on an open connection: the idle timeout must outlast one missed poll.
    expect(DEFAULT_TRANSPORT_LIMITS.idleTimeoutMs).toBeGreaterThanOrEqual(2 * 5 * 60_000);
    expect(DEFAULT_TRANSPORT_LIMITS.maxMessageLength).toBe(DEFAULT_TTLV_LIMITS.maxMessageLength);
  });

  it('overrides only what is given', () => {
    const limits = resolveTransportLimits({ idleTimeoutMs: 1000, maxConnections: 3 });
    expect(limits).toEqual({ ...DEFAULT_TRANSPORT_LIMITS, idleTimeoutMs: 1000, maxConnections: 3 });
  });

  it.each([
    ['zero', { requestTimeoutMs: 0 }],
    ['negative', { maxConnections: -1 }],
    ['fractional', { maxInFlightPerConnection: 1.5 }],
    ['NaN', { writeTimeoutMs: Number.NaN }],
    ['beyond a timer', { idleTimeoutMs: 2 ** 31 }],
  ])('refuses a %s limit', (_label, limits) => {
    expect(() => resolveTransportLimits(limits)).toThrow(RangeError);
  });
});

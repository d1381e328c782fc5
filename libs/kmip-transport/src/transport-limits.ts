import { DEFAULT_TTLV_LIMITS } from '@kmip/kmip';

/** Time and size bounds of the transport. Every one is enforced per connection unless said otherwise. */
export interface TransportLimits {
  /**
   * From TCP accept to an accepted client: TLS handshake (absolute, bytes trickling in do not extend it) and then the
   * allow-list lookup. vCenter and the vSAN health check finish both in milliseconds; 10 s is for slow links.
   */
  readonly handshakeTimeoutMs: number;
  /**
   * A connection with nothing in flight and no byte received for this long is closed. vCenter keeps connections open
   * and polls about every 5 minutes; 10 minutes lets a connection survive one late or skipped poll instead of forcing
   * a new handshake, while still reclaiming connections of clients that went away.
   */
  readonly idleTimeoutMs: number;
  /**
   * From the first byte of a message to its last: a client that starts a message and trickles the rest (slow loris)
   * is cut. Whole messages are a few KiB at most and arrive in milliseconds.
   */
  readonly messageTimeoutMs: number;
  /** The handler must answer within this; otherwise the connection is closed (responses must stay in order). */
  readonly requestTimeoutMs: number;
  /** A client that does not read its responses (socket buffer full) for this long is cut. */
  readonly writeTimeoutMs: number;
  /** Largest message accepted, TTLV header included; larger declared lengths are malformed before any buffering. */
  readonly maxMessageLength: number;
  /** Server-wide: connections beyond this (handshaking ones included) are closed at accept. */
  readonly maxConnections: number;
  /**
   * Requests read but not yet answered. At the limit the transport stops reading the socket, so TCP flow control
   * pushes back on the client.
   */
  readonly maxInFlightPerConnection: number;
  /** Default deadline of close(): in-flight requests get this long to be answered before connections are cut. */
  readonly closeTimeoutMs: number;
}

export const DEFAULT_TRANSPORT_LIMITS: TransportLimits = Object.freeze({
  handshakeTimeoutMs: 10_000,
  idleTimeoutMs: 10 * 60_000,
  messageTimeoutMs: 30_000,
  requestTimeoutMs: 30_000,
  writeTimeoutMs: 30_000,
  maxMessageLength: DEFAULT_TTLV_LIMITS.maxMessageLength,
  maxConnections: 1024,
  maxInFlightPerConnection: 16,
  closeTimeoutMs: 10_000,
});

export function resolveTransportLimits(limits: Partial<TransportLimits> = {}): TransportLimits {
  const resolved = { ...DEFAULT_TRANSPORT_LIMITS, ...limits };
  for (const [name, value] of Object.entries(resolved)) {
    if (!Number.isSafeInteger(value) || value < 1)
      throw new RangeError(`transport limit ${name} must be a positive integer`);
  }
  // Node's timers fire immediately beyond 2^31-1 ms; refuse instead of silently disabling a timeout.
  for (const name of [
    'handshakeTimeoutMs',
    'idleTimeoutMs',
    'messageTimeoutMs',
    'requestTimeoutMs',
    'writeTimeoutMs',
    'closeTimeoutMs',
  ] as const) {
    if (resolved[name] > 2 ** 31 - 1) throw new RangeError(`transport limit ${name} is too large for a timer`);
  }
  return resolved;
}

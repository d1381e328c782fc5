/** Why a connection never reached the message handler. */
export type RefusalReason =
  /** The server already holds `maxConnections` connections. */
  | 'max-connections'
  /** The TLS handshake did not finish within the handshake timeout. */
  | 'handshake-timeout'
  /** The TLS handshake failed (protocol version, cipher, bad record…); `detail` is the OpenSSL error code. */
  | 'tls-error'
  /** The client sent no certificate. */
  | 'no-certificate'
  /** The certificate is not on the allow-list. */
  | 'unknown-client'
  /** On the allow-list but neither issued by a configured CA nor pinned; `detail` is the verification error. */
  | 'untrusted-certificate'
  /** A pinned certificate outside its validity period. */
  | 'certificate-expired'
  /** The client directory failed or did not answer within the handshake timeout. */
  | 'directory-error'
  /** The server is shutting down, or the client was removed while its connection was being checked. */
  | 'server-closing'
  | 'client-removed';

/** Why an accepted connection ended. */
export type CloseReason =
  /** The client closed it, or the socket failed (`detail` is the error code). */
  | 'client-closed'
  | 'socket-error'
  | 'idle-timeout'
  /** A message was started but not completed within the message timeout (slow sender). */
  | 'message-timeout'
  /** The handler did not answer within the request timeout. */
  | 'request-timeout'
  /** The client did not read its responses within the write timeout. */
  | 'write-timeout'
  /** The byte stream could not be framed; `detail` is the framing error reason (e.g. 'too-large'). */
  | 'malformed-message'
  /** The handler rejected or returned something other than bytes. */
  | 'handler-error'
  /** disconnectClient() was called for this certificate. */
  | 'client-removed'
  | 'server-closing';

export interface ConnectionRefusedEvent {
  readonly reason: RefusalReason;
  readonly remoteAddress?: string;
  readonly remotePort?: number;
  readonly fingerprint?: string;
  readonly detail?: string;
}

export interface ConnectionOpenedEvent {
  readonly connectionId: number;
  readonly fingerprint: string;
  readonly tenant: string;
  readonly clientId: string;
  readonly remoteAddress: string;
  readonly remotePort: number;
  readonly tlsProtocol: string;
  readonly trust: 'ca' | 'pinned';
}

export interface ConnectionClosedEvent {
  readonly connectionId: number;
  readonly fingerprint: string;
  readonly tenant: string;
  readonly clientId: string;
  readonly remoteAddress: string;
  readonly reason: CloseReason;
  readonly detail?: string;
  /** Responses written on this connection. */
  readonly requests: number;
  readonly durationMs: number;
}

export interface RequestCompletedEvent {
  readonly connectionId: number;
  readonly fingerprint: string;
  readonly tenant: string;
  readonly requestBytes: number;
  readonly responseBytes: number;
  /** From the message being framed to its response being handed to the socket. */
  readonly durationMs: number;
}

/**
 * Logging and metrics hooks. Events carry identities, addresses, sizes and reasons, never message contents. A hook
 * that throws is ignored (it must not take a connection down).
 */
export interface TransportObserver {
  connectionRefused?(event: ConnectionRefusedEvent): void;
  connectionOpened?(event: ConnectionOpenedEvent): void;
  connectionClosed?(event: ConnectionClosedEvent): void;
  requestCompleted?(event: RequestCompletedEvent): void;
}

/** Calls a hook, shielding the transport from a failing observer. */
export function notify<K extends keyof TransportObserver>(
  observer: TransportObserver,
  hook: K,
  event: Parameters<NonNullable<TransportObserver[K]>>[0],
): void {
  try {
    // The union of hook signatures only accepts the intersection of their events; K ties event to hook.
    observer[hook]?.(event as never);
  } catch {
    // A logger failure is not the client's problem.
  }
}

import { isIP } from 'node:net';
import { connect, createSecureContext, type SecureContext, type TLSSocket } from 'node:tls';
import { TtlvStreamFramer } from '@kmip/kmip';
import type { LoadTarget } from './load-target';

/** The connection failed, closed or timed out; the message names the cause, never a payload. */
export class ConnectionFailure extends Error {
  override readonly name = 'ConnectionFailure';

  constructor(
    /** Short and from a small set, for counting: `connect`, `timeout`, `closed`, `ECONNRESET`, … */
    readonly reason: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * One TLS context per target, as a real client keeps one: passing the PEM files to every `connect` would make each new
 * connection parse the key and certificates again, which costs this (shared) machine milliseconds per connection that
 * belong to neither server.
 */
const contexts = new WeakMap<LoadTarget, SecureContext>();

function secureContextOf(target: LoadTarget): SecureContext {
  let context = contexts.get(target);
  if (context === undefined) {
    context = createSecureContext({ ca: target.ca, cert: target.cert, key: target.key });
    contexts.set(target, context);
  }
  return context;
}

interface Pending {
  resolve(message: Buffer): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

/**
 * One client TLS connection that sends one request at a time and resolves with the whole response message, cut from
 * the stream by the TTLV framer (KMIP 1.4 §9.1: a message is one top-level Structure, no extra framing).
 */
export class KmipClientConnection {
  private readonly framer = new TtlvStreamFramer();
  private pending: Pending | undefined;
  private failure: ConnectionFailure | undefined;

  private constructor(private readonly socket: TLSSocket) {
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
    socket.on('error', (err: NodeJS.ErrnoException) =>
      this.fail(new ConnectionFailure(err.code ?? 'error', err.message)),
    );
    socket.on('close', () => this.fail(new ConnectionFailure('closed', 'the server closed the connection')));
  }

  /** Opens the connection and completes the TLS handshake (server certificate checked against `target.ca`). */
  static open(target: LoadTarget, timeoutMs: number): Promise<KmipClientConnection> {
    return new Promise((resolve, reject) => {
      const socket = connect({
        host: target.host,
        port: target.port,
        secureContext: secureContextOf(target),
        // SNI must not carry an IP address (RFC 6066 §3); the identity check still uses `host`.
        servername: target.servername ?? (isIP(target.host) === 0 ? target.host : undefined),
      });
      socket.setNoDelay(true);
      const timer = setTimeout(() => {
        socket.destroy();
        reject(new ConnectionFailure('connect timeout', `no TLS handshake within ${timeoutMs} ms`));
      }, timeoutMs);
      const onError = (err: NodeJS.ErrnoException) => {
        clearTimeout(timer);
        socket.destroy();
        reject(new ConnectionFailure(`connect ${err.code ?? 'error'}`, err.message));
      };
      socket.once('error', onError);
      socket.once('secureConnect', () => {
        clearTimeout(timer);
        socket.off('error', onError);
        resolve(new KmipClientConnection(socket));
      });
    });
  }

  /** Sends one framed request and resolves with the response message bytes. One request at a time. */
  request(bytes: Buffer, timeoutMs: number): Promise<Buffer> {
    if (this.failure !== undefined) return Promise.reject(this.failure);
    if (this.pending !== undefined) return Promise.reject(new Error('a request is already in flight'));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.fail(new ConnectionFailure('timeout', `no response within ${timeoutMs} ms`));
        this.socket.destroy();
      }, timeoutMs);
      this.pending = { resolve, reject, timer };
      this.socket.write(bytes);
    });
  }

  /** Ends the connection politely (TLS close_notify, then FIN); does not wait for the server. */
  close(): void {
    this.failure ??= new ConnectionFailure('closed', 'closed by the client');
    this.socket.end();
  }

  /** Tears the connection down at once. */
  destroy(): void {
    this.failure ??= new ConnectionFailure('closed', 'closed by the client');
    this.socket.destroy();
  }

  private onData(chunk: Buffer): void {
    let messages: Buffer[];
    try {
      messages = this.framer.push(chunk);
    } catch (err) {
      this.fail(new ConnectionFailure('bad framing', err instanceof Error ? err.message : String(err)));
      this.socket.destroy();
      return;
    }
    for (const message of messages) {
      const pending = this.pending;
      if (pending === undefined) {
        this.fail(new ConnectionFailure('unsolicited response', 'a response arrived with no request in flight'));
        this.socket.destroy();
        return;
      }
      this.pending = undefined;
      clearTimeout(pending.timer);
      pending.resolve(message);
    }
  }

  private fail(failure: ConnectionFailure): void {
    this.failure ??= failure;
    const pending = this.pending;
    if (pending === undefined) return;
    this.pending = undefined;
    clearTimeout(pending.timer);
    pending.reject(this.failure);
  }
}

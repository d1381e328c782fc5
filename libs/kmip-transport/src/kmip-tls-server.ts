import { constants } from 'node:crypto';
import { once } from 'node:events';
import type { AddressInfo, Socket } from 'node:net';
import { createServer, type SecureContextOptions, type Server, type TLSSocket } from 'node:tls';
import { normalizeFingerprint } from '@kmip/pki';
import { authenticateClient } from './client-authenticator';
import type { ClientDirectory, ClientRecord } from './client-directory.port';
import type { ConnectionContext } from './connection-context';
import { ConnectionRegistry, type Disconnectable } from './connection-registry';
import { KmipConnection } from './kmip-connection';
import type { MalformedMessageHandler, MessageHandler } from './message-handler';
import { notify, type RefusalReason, type TransportObserver } from './transport-events';
import { resolveTransportLimits, type TransportLimits } from './transport-limits';

/** The IANA port for KMIP over TLS. */
export const KMIP_PORT = 5696;

export interface KmipServerTlsOptions {
  /** The server's private key (PEM). */
  readonly key: string | Buffer;
  /** The server certificate, followed by its intermediates if any (PEM). */
  readonly cert: string | Buffer;
  /**
   * The CA(s) whose client certificates are trusted by chain: the certificates this server issued or signed. Only
   * these; node's built-in public roots are never used for clients.
   */
  readonly ca: string | Buffer | readonly (string | Buffer)[];
  /** 'TLSv1.2' (default) or 'TLSv1.3'; older versions are never accepted. */
  readonly minVersion?: 'TLSv1.2' | 'TLSv1.3';
  /** OpenSSL cipher list for TLS 1.2; node's default (forward-secret AEAD first) otherwise. */
  readonly ciphers?: string;
}

export interface KmipServerOptions<C extends ClientRecord = ClientRecord> {
  /** Default 5696; 0 picks a free port. */
  readonly port?: number;
  /** Default: every interface. */
  readonly host?: string;
  readonly tls: KmipServerTlsOptions;
  readonly clientDirectory: ClientDirectory<C>;
  readonly handler: MessageHandler<C>;
  readonly onMalformed?: MalformedMessageHandler<C>;
  readonly observer?: TransportObserver;
  readonly limits?: Partial<TransportLimits>;
}

/** A connection whose certificate is being checked against the allow-list. */
interface PendingClient extends Disconnectable {
  fingerprint: string | undefined;
  cut: { reason: RefusalReason; detail?: string } | undefined;
}

/**
 * The KMIP mTLS endpoint: TLS with mutual certificate authentication, as the authentication suites of the KMIP
 * Profiles require, restricted to TLS 1.2 and later.
 * It knows about TLS, framing, limits and client identity, not about operations: every whole message goes to the
 * handler with the client's identity. See the package README for the lifecycle of a connection.
 */
export class KmipTlsServer<C extends ClientRecord = ClientRecord> {
  private readonly limits: TransportLimits;
  private readonly observer: TransportObserver;
  private readonly server: Server;
  private readonly registry = new ConnectionRegistry<KmipConnection<C> | PendingClient>();
  private readonly connections = new Set<KmipConnection<C>>();
  private readonly pending = new Set<PendingClient>();
  /** TCP connections whose TLS handshake has not completed, by remote address and port. */
  private readonly handshaking = new Map<string, Socket>();
  private nextConnectionId = 1;
  private closing: Promise<void> | undefined;

  constructor(private readonly options: KmipServerOptions<C>) {
    this.limits = resolveTransportLimits(options.limits);
    this.observer = options.observer ?? {};
    this.server = createServer({
      ...secureContextOptions(options.tls),
      requestCert: true,
      // Pinned self-signed certificates do not chain to our CA: the authenticator decides, right after the handshake.
      rejectUnauthorized: false,
      handshakeTimeout: this.limits.handshakeTimeoutMs,
    });
    this.server.maxConnections = this.limits.maxConnections;
    this.server.on('connection', (socket: Socket) => this.onTcpConnection(socket));
    this.server.on('drop', (data?: { remoteAddress?: string; remotePort?: number }) =>
      this.refused({ reason: 'max-connections', remoteAddress: data?.remoteAddress, remotePort: data?.remotePort }),
    );
    this.server.on('tlsClientError', (error: NodeJS.ErrnoException, socket: TLSSocket) => {
      const timeout = error.code === 'ERR_TLS_HANDSHAKE_TIMEOUT';
      this.refused({
        reason: timeout ? 'handshake-timeout' : 'tls-error',
        remoteAddress: socket.remoteAddress,
        remotePort: socket.remotePort,
        ...(timeout ? {} : { detail: error.code ?? 'unknown' }),
      });
      // Node leaves a timed-out handshake's socket open.
      socket.destroy();
    });
    this.server.on('secureConnection', (socket: TLSSocket) => {
      this.admit(socket).catch(() => socket.destroy());
    });
    // Accept failures (e.g. EMFILE) are emitted on the server; without a listener they would end the process.
    this.server.on('error', () => undefined);
  }

  /** Starts listening; resolves with the bound address. */
  async listen(): Promise<AddressInfo> {
    const listening = once(this.server, 'listening');
    this.server.listen(this.options.port ?? KMIP_PORT, this.options.host);
    await listening;
    return this.address();
  }

  address(): AddressInfo {
    const address = this.server.address();
    if (address === null || typeof address === 'string') throw new Error('the KMIP server is not listening');
    return address;
  }

  /** Accepted connections currently open. */
  get connectionCount(): number {
    return this.connections.size;
  }

  /** Replaces the server key, certificate or trusted CAs for new handshakes (open connections are unaffected). */
  updateTls(tls: KmipServerTlsOptions): void {
    this.server.setSecureContext(secureContextOptions(tls));
  }

  /**
   * Cuts every open connection of a client certificate at once, including ones still being checked (the allow-list
   * removed it). Accepts the fingerprint in any form normalizeFingerprint reads. Returns the number cut.
   */
  disconnectClient(fingerprint: string): number {
    return this.registry.disconnect(normalizeFingerprint(fingerprint));
  }

  /**
   * Stops listening, refuses handshakes in progress, lets accepted connections answer the requests already read
   * (reading nothing more) and ends them; whatever remains after the deadline is cut. Idempotent.
   */
  close(timeoutMs: number = this.limits.closeTimeoutMs): Promise<void> {
    this.closing ??= this.shutDown(timeoutMs);
    return this.closing;
  }

  private async shutDown(timeoutMs: number): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    // The server's 'close' follows the TCP sockets; connections report their own close events a little later.
    const connectionsClosed = Promise.all([...this.connections].map((connection) => connection.whenClosed));
    for (const socket of this.handshaking.values()) socket.destroy();
    for (const client of this.pending) client.destroy('server-closing');
    for (const connection of this.connections) connection.drain();
    const deadline = setTimeout(() => {
      for (const connection of this.connections) connection.destroy('server-closing');
      for (const socket of this.handshaking.values()) socket.destroy();
    }, timeoutMs);
    try {
      await Promise.all([closed, connectionsClosed]);
    } finally {
      clearTimeout(deadline);
    }
  }

  private onTcpConnection(socket: Socket): void {
    const key = socketKey(socket);
    this.handshaking.set(key, socket);
    socket.once('close', () => {
      if (this.handshaking.get(key) === socket) this.handshaking.delete(key);
    });
    if (this.closing !== undefined) socket.destroy();
  }

  private async admit(socket: TLSSocket): Promise<void> {
    this.handshaking.delete(socketKey(socket));
    // Until a connection owns it, a socket error must not reach the process as an unhandled 'error'.
    socket.on('error', () => undefined);
    const remote = { remoteAddress: socket.remoteAddress ?? 'unknown', remotePort: socket.remotePort ?? 0 };
    if (this.closing !== undefined) {
      socket.destroy();
      this.refused({ reason: 'server-closing', ...remote });
      return;
    }
    // A TLS 1.2 renegotiation could present another certificate after this check.
    socket.disableRenegotiation();

    const client: PendingClient = { fingerprint: undefined, cut: undefined, destroy: (reason) => cut(reason) };
    const settle = () => {
      clearTimeout(deadline);
      this.pending.delete(client);
      if (client.fingerprint !== undefined) this.registry.delete(client.fingerprint, client);
    };
    // A lookup that never answers must not hold the socket, the registry entry or the refusal event.
    const cut = (reason: RefusalReason, detail?: string) => {
      if (client.cut !== undefined) return;
      client.cut = { reason, detail };
      settle();
      socket.destroy();
      this.refused({ reason, detail, ...remote, fingerprint: client.fingerprint });
    };
    this.pending.add(client);
    const deadline = setTimeout(() => cut('directory-error', 'timeout'), this.limits.handshakeTimeoutMs);
    const authentication = await authenticateClient(socket, this.options.clientDirectory, (fingerprint) => {
      client.fingerprint = fingerprint;
      this.registry.add(fingerprint, client);
    }).finally(settle);
    // Cut meanwhile (disconnectClient, close(), the lookup deadline: already reported), or the client left.
    if (client.cut !== undefined || socket.destroyed) return;
    if (!authentication.accepted) {
      // Closed before any KMIP byte is read. With TLS 1.3 the client finished its handshake first and sees this as
      // the connection closing on its first read.
      socket.destroy();
      this.refused({ ...authentication, ...remote });
      return;
    }

    const context: ConnectionContext<C> = Object.freeze({
      connectionId: this.nextConnectionId++,
      fingerprint: authentication.fingerprint,
      tenant: authentication.client.tenant,
      clientId: authentication.client.clientId,
      client: authentication.client,
      trust: authentication.trust,
      ...remote,
      tlsProtocol: socket.getProtocol() ?? 'unknown',
      connectedAt: new Date(),
    });
    const connection = new KmipConnection<C>(socket, context, {
      handler: this.options.handler,
      onMalformed: this.options.onMalformed,
      limits: this.limits,
      observer: this.observer,
      onClosed: (closed) => {
        this.connections.delete(closed);
        this.registry.delete(context.fingerprint, closed);
      },
    });
    this.connections.add(connection);
    this.registry.add(context.fingerprint, connection);
    socket.setNoDelay(true);
    notify(this.observer, 'connectionOpened', {
      connectionId: context.connectionId,
      fingerprint: context.fingerprint,
      tenant: context.tenant,
      clientId: context.clientId,
      remoteAddress: context.remoteAddress,
      remotePort: context.remotePort,
      tlsProtocol: context.tlsProtocol,
      trust: context.trust,
    });
    connection.start();
  }

  private refused(event: {
    reason: RefusalReason;
    remoteAddress?: string;
    remotePort?: number;
    fingerprint?: string;
    detail?: string;
  }): void {
    const clean = Object.fromEntries(Object.entries(event).filter(([, value]) => value !== undefined));
    notify(this.observer, 'connectionRefused', clean as typeof event);
  }
}

function secureContextOptions(tls: KmipServerTlsOptions): SecureContextOptions {
  return {
    key: tls.key,
    cert: tls.cert,
    ca: Array.isArray(tls.ca) ? [...(tls.ca as readonly (string | Buffer)[])] : (tls.ca as string | Buffer),
    minVersion: tls.minVersion ?? 'TLSv1.2',
    ...(tls.ciphers === undefined ? {} : { ciphers: tls.ciphers }),
    honorCipherOrder: true,
    // No stateless session tickets: every connection proves possession of its client key again (a removed or
    // re-keyed client cannot ride on an old ticket), and the server skips building tickets that OpenSSL 3 makes
    // expensive (it decodes the whole session, client certificate included, for each). No session cache is kept
    // either, so there is no resumption at all.
    secureOptions: constants.SSL_OP_NO_TICKET,
  };
}

function socketKey(socket: Socket): string {
  return `${socket.remoteAddress ?? ''}|${socket.remotePort ?? ''}`;
}

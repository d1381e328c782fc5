import net from 'node:net';

export interface BrokerAddress {
  readonly host: string;
  readonly port: number;
}

interface Waiting {
  readonly resolve: (frame: Buffer) => void;
  readonly reject: (error: Error) => void;
  readonly timer: NodeJS.Timeout;
}

/** The connection failed, was lost, or a request got no answer in time. */
export class BrokerConnectionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BrokerConnectionError';
  }
}

/**
 * One TCP connection to one Kafka broker for requests encoded elsewhere: writes a request frame, cuts the answers
 * from the stream by their INT32 size and hands each to the request with its correlation id. Opened on first use; a
 * failure rejects everything waiting and closes it, and the next request opens a new one. A request that gets no
 * answer in time closes the connection too, since its answer could otherwise arrive for a later caller to misread.
 */
export class BrokerConnection {
  private socket: net.Socket | undefined;
  private readonly waiting = new Map<number, Waiting>();
  private received: Buffer = Buffer.alloc(0);
  private nextCorrelationId = 1;

  constructor(
    readonly address: BrokerAddress,
    private readonly timeoutMs: number,
  ) {}

  /** A correlation id for the next request on this connection. */
  correlationId(): number {
    const id = this.nextCorrelationId;
    this.nextCorrelationId = id >= 0x7fffffff ? 1 : id + 1;
    return id;
  }

  /**
   * Sends a whole request frame and resolves with its response (header and body, without the size), within
   * `timeoutMs` (default: the connection's).
   */
  request(frame: Buffer, correlationId: number, timeoutMs = this.timeoutMs): Promise<Buffer> {
    const socket = this.connection();
    return new Promise<Buffer>((resolve, reject) => {
      const timer = setTimeout(
        () => this.fail(socket, `no answer from ${this.describe()} within ${timeoutMs} ms`),
        timeoutMs,
      );
      this.waiting.set(correlationId, { resolve, reject, timer });
      socket.write(frame);
    });
  }

  close(): void {
    if (this.socket) this.fail(this.socket, `the connection to ${this.describe()} was closed`);
  }

  private describe(): string {
    return `Kafka broker ${this.address.host}:${this.address.port}`;
  }

  private connection(): net.Socket {
    if (this.socket) return this.socket;
    const socket = net.connect({ host: this.address.host, port: this.address.port });
    // Each request is one write that should leave at once (see kafka-socket-factory.ts).
    socket.setNoDelay(true);
    socket.setKeepAlive(true, 60_000);
    socket.on('data', (chunk: Buffer) => this.onData(socket, chunk));
    socket.on('error', (error: NodeJS.ErrnoException) =>
      this.fail(socket, `the connection to ${this.describe()} failed (${error.code ?? error.message})`),
    );
    socket.on('close', () => this.fail(socket, `the connection to ${this.describe()} was lost`));
    this.socket = socket;
    this.received = Buffer.alloc(0);
    return socket;
  }

  private onData(socket: net.Socket, chunk: Buffer): void {
    if (socket !== this.socket) return;
    this.received = this.received.length === 0 ? chunk : Buffer.concat([this.received, chunk]);
    while (this.received.length >= 4) {
      const size = this.received.readInt32BE(0);
      if (this.received.length < 4 + size) break;
      const frame = this.received.subarray(4, 4 + size);
      this.received = this.received.subarray(4 + size);
      const waiting = size >= 4 ? this.waiting.get(frame.readInt32BE(0)) : undefined;
      if (!waiting) {
        this.fail(socket, `${this.describe()} sent an answer to no request`);
        return;
      }
      this.waiting.delete(frame.readInt32BE(0));
      clearTimeout(waiting.timer);
      waiting.resolve(frame);
    }
  }

  private fail(socket: net.Socket, message: string): void {
    if (socket !== this.socket) return;
    this.socket = undefined;
    socket.destroy();
    const error = new BrokerConnectionError(message);
    for (const waiting of this.waiting.values()) {
      clearTimeout(waiting.timer);
      waiting.reject(error);
    }
    this.waiting.clear();
  }
}

/**
 * The distributed mode's client: NestJS's TCP transport inside mutual TLS (the gateway's client certificate, the
 * deployment's CA, the service's name checked). Each call is bounded (connect and reply timeouts); a lost or refused
 * connection is opened again on the next call, and a call that failed on the transport is retried a few times (every
 * operation is idempotent per object). Key material is base64 inside the TLS channel and decoded into a buffer here.
 * Generate, register and unwrap calls made in one turn of the event loop travel together as one `kek.batch` message
 * (see key-wrapping.rpc-batch.ts); health travels alone.
 *
 * @nestjs/microservices is loaded on first use, so importing this library does not load NestJS.
 */
import type { Socket } from 'node:net';
import type { ClientTCP } from '@nestjs/microservices';
import { lastValueFrom, timeout, TimeoutError } from 'rxjs';
import { MicroBatcher } from '../batching/micro-batcher';
import {
  KeyWrappingClientError,
  KeyWrappingInternalError,
  KeyWrappingUnavailableError,
} from './key-wrapping-client.errors';
import type {
  GenerateKekRequest,
  KekAddress,
  KeyWrappingClient,
  KeyWrappingHealthReport,
  RegisterKekRequest,
  WrappedKekReference,
} from './key-wrapping.client';
import {
  checkId,
  checkLengthBits,
  fromRpcErrorWire,
  KEY_WRAPPING_PATTERNS,
  parseHealthReply,
  parseReferenceReply,
  parseUnwrapReply,
} from './key-wrapping.rpc-contract';
import { parseBatchReply, type BatchCallWire } from './key-wrapping.rpc-batch';

export interface RpcKeyWrappingClientOptions {
  readonly host: string;
  readonly port: number;
  /** PEM of the CA that issued the service's certificate (the deployment's CA). */
  readonly ca: string | Buffer;
  /** PEM of the gateway's client certificate and its private key. */
  readonly cert: string | Buffer;
  readonly key: string | Buffer;
  /** The name checked against the service's certificate when `host` is not it (DNS name or IP). */
  readonly servername?: string;
  /** Connecting (TCP) bounded by this. Default 5 s. */
  readonly connectTimeoutMs?: number;
  /** Waiting for a reply bounded by this. Default 10 s (a network HSM or Key Protect may take seconds). */
  readonly requestTimeoutMs?: number;
  /** Further attempts after a transport failure (refused, reset, closed). Default 2. */
  readonly retries?: number;
  /** Delay before the first retry, doubled each time. Default 100 ms. */
  readonly retryDelayMs?: number;
  /** Calls per batch message at most. Default 128. */
  readonly maxBatch?: number;
  /**
   * Batch messages awaiting their reply at most; further calls wait and leave together. Default 2: under load the
   * calls made during a round trip leave together as the next batch, which costs both ends far less than many small
   * messages, while a call never waits behind more than one batch being served.
   */
  readonly maxBatchesInFlight?: number;
}

/** The connection failed or was lost before the reply came. */
class TransportFailure extends KeyWrappingUnavailableError {}

const TLS_ERROR = /^ERR_(SSL|TLS)_/;

export class RpcKeyWrappingClient implements KeyWrappingClient {
  private proxy: Promise<ClientTCP> | undefined;
  /** The TLS error last seen on each socket: a refused certificate is not worth retrying. */
  private readonly socketErrors = new WeakMap<Socket, string>();
  private closed = false;
  private readonly batcher: MicroBatcher<BatchCallWire, unknown>;

  constructor(private readonly options: RpcKeyWrappingClientOptions) {
    this.batcher = new MicroBatcher(
      async (calls) => parseBatchReply(await this.call(KEY_WRAPPING_PATTERNS.batch, { calls }), calls.length),
      { maxBatch: options.maxBatch ?? 128, maxInFlight: options.maxBatchesInFlight ?? 2 },
    );
  }

  async generate(request: GenerateKekRequest): Promise<WrappedKekReference> {
    const data = { ...address(request), lengthBits: checkLengthBits(request.lengthBits) };
    return parseReferenceReply(await this.batcher.call({ op: 'generate', data }));
  }

  async register(request: RegisterKekRequest): Promise<WrappedKekReference> {
    const data = { ...address(request), material: Buffer.from(request.material).toString('base64') };
    return parseReferenceReply(await this.batcher.call({ op: 'register', data }));
  }

  async unwrap(request: KekAddress): Promise<Buffer> {
    return parseUnwrapReply(await this.batcher.call({ op: 'unwrap', data: address(request) }));
  }

  async health(request: { readonly tenant?: string } = {}): Promise<KeyWrappingHealthReport> {
    const data = request.tenant === undefined ? {} : { tenant: checkId(request.tenant, 'tenant') };
    return parseHealthReply(await this.call(KEY_WRAPPING_PATTERNS.health, data));
  }

  async close(): Promise<void> {
    this.closed = true;
    const proxy = await this.proxy?.catch(() => undefined);
    proxy?.close();
  }

  private async call(pattern: string, data: object): Promise<unknown> {
    const attempts = 1 + (this.options.retries ?? 2);
    let delay = this.options.retryDelayMs ?? 100;
    for (let attempt = 1; ; attempt++) {
      if (this.closed) throw new KeyWrappingUnavailableError('the key-wrapping client is closed');
      try {
        return await this.once(pattern, data);
      } catch (error) {
        if (!(error instanceof TransportFailure) || !error.retryable || attempt >= attempts) throw error;
        await new Promise((resolve) => setTimeout(resolve, delay));
        delay *= 2;
      }
    }
  }

  /**
   * The pattern leaves as a JSON string literal (`"kek.batch"`): a NestJS server runs every incoming pattern through
   * JSON.parse to find its route, which throws, and builds a stack trace, for a bare name. The literal parses to the
   * same route, for servers of any version, without the exception, which took about a tenth of the key-wrapping
   * service's CPU under load.
   */
  private async once(pattern: string, data: object): Promise<unknown> {
    const proxy = await this.client();
    const socket = await this.connect(proxy);
    try {
      return await lastValueFrom(
        proxy
          .send<unknown, object>(JSON.stringify(pattern), data)
          .pipe(timeout({ first: this.options.requestTimeoutMs ?? 10_000 })),
      );
    } catch (error) {
      throw this.replyError(error, socket);
    }
  }

  private client(): Promise<ClientTCP> {
    this.proxy ??= import('@nestjs/microservices').then(
      ({ ClientTCP }) =>
        new ClientTCP({
          host: this.options.host,
          port: this.options.port,
          // Replies are small; a larger one is a fault, not something to buffer.
          maxBufferSize: 1 << 20,
          tlsOptions: {
            ca: this.options.ca,
            cert: this.options.cert,
            key: this.options.key,
            ...(this.options.servername ? { servername: this.options.servername } : {}),
            minVersion: 'TLSv1.2',
          },
        }),
    );
    return this.proxy;
  }

  /** Connects if needed (bounded); a connect that hangs is abandoned so that the next call starts afresh. */
  private async connect(proxy: ClientTCP): Promise<Socket | undefined> {
    const limit = this.options.connectTimeoutMs ?? 5_000;
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), limit)));
    try {
      const outcome = await Promise.race([proxy.connect().then(() => 'connected' as const), expired]);
      if (outcome === 'timeout') {
        proxy.close();
        throw new TransportFailure(`no connection to the key-wrapping service within ${limit} ms`, true);
      }
    } catch (error) {
      if (error instanceof KeyWrappingClientError) throw error;
      throw new TransportFailure(`cannot connect to the key-wrapping service (${codeOf(error)})`, true);
    } finally {
      clearTimeout(timer);
    }
    let socket: Socket | undefined;
    try {
      socket = proxy.unwrap<Socket>();
    } catch {
      return undefined; // closed meanwhile: the send reports it
    }
    if (!this.socketErrors.has(socket)) {
      this.socketErrors.set(socket, '');
      socket.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code && TLS_ERROR.test(error.code)) this.socketErrors.set(socket, error.code);
      });
    }
    return socket;
  }

  private replyError(error: unknown, socket: Socket | undefined): KeyWrappingClientError {
    const coded = fromRpcErrorWire(error);
    if (coded) return coded;
    if (error instanceof TimeoutError) {
      return new KeyWrappingUnavailableError(
        `no reply from the key-wrapping service within ${this.options.requestTimeoutMs ?? 10_000} ms`,
        true,
      );
    }
    if (error instanceof Error && (error.message === 'Connection closed' || (error as NodeJS.ErrnoException).code)) {
      const tls = socket ? this.socketErrors.get(socket) : undefined;
      if (tls) return new TransportFailure(`the key-wrapping service refused the TLS connection (${tls})`, false);
      return new TransportFailure(`the connection to the key-wrapping service failed (${codeOf(error)})`, true);
    }
    return new KeyWrappingInternalError('the key-wrapping service answered with an unexpected error');
  }
}

function address(request: KekAddress): { tenant: string; objectId: string } {
  return { tenant: checkId(request.tenant, 'tenant'), objectId: checkId(request.objectId, 'objectId') };
}

function codeOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (typeof code === 'string') return code;
  return error instanceof Error ? error.message.slice(0, 100) : 'unknown';
}

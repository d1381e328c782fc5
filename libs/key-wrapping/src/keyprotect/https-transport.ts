/**
 * A small HTTPS client for JSON and form requests: keep-alive connections, an optional extra trusted CA, a bound
 * on each attempt's duration and on the response size. It never logs; its errors name the host and the cause
 * only.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { Agent, request } from 'node:https';

export interface HttpRequest {
  readonly method: 'GET' | 'POST';
  readonly url: URL;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: Buffer;
}

export interface HttpResponse {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

/** A request that got no HTTP response: connection failure or timeout. */
export class TransportFailure extends Error {
  constructor(
    message: string,
    readonly kind: 'timeout' | 'network',
  ) {
    super(message);
    this.name = 'TransportFailure';
  }
}

export interface HttpsTransportOptions {
  /** Upper bound of one attempt, connection to last byte. */
  readonly timeoutMs: number;
  /** CA certificates (PEM) to trust instead of the default bundle: private endpoints, tests. */
  readonly ca?: string | Buffer;
  readonly maxResponseBytes?: number;
}

export class HttpsTransport {
  private readonly agent: Agent;

  constructor(private readonly options: HttpsTransportOptions) {
    this.agent = new Agent({ keepAlive: true, maxSockets: 32, ca: options.ca });
  }

  send(req: HttpRequest): Promise<HttpResponse> {
    const limit = this.options.maxResponseBytes ?? 1 << 20;
    return new Promise((resolve, reject) => {
      let settled = false;
      const finish = (err: Error | undefined, response?: HttpResponse): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        if (err) reject(err);
        else resolve(response!);
      };
      const outgoing = request(req.url, { method: req.method, headers: req.headers, agent: this.agent }, (incoming) => {
        const chunks: Buffer[] = [];
        let size = 0;
        incoming.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > limit) {
            outgoing.destroy();
            finish(new TransportFailure(`response from ${req.url.host} exceeds ${limit} bytes`, 'network'));
            return;
          }
          chunks.push(chunk);
        });
        incoming.on('end', () => {
          const body = Buffer.concat(chunks);
          for (const chunk of chunks) chunk.fill(0);
          finish(undefined, { status: incoming.statusCode ?? 0, headers: incoming.headers, body });
        });
        incoming.on('error', () => finish(new TransportFailure(`response from ${req.url.host} broke off`, 'network')));
      });
      const timer = setTimeout(() => {
        outgoing.destroy();
        finish(new TransportFailure(`${req.url.host} did not answer within ${this.options.timeoutMs} ms`, 'timeout'));
      }, this.options.timeoutMs);
      outgoing.on('error', (err: NodeJS.ErrnoException) =>
        finish(new TransportFailure(`cannot reach ${req.url.host} (${err.code ?? 'connection error'})`, 'network')),
      );
      outgoing.end(req.body);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

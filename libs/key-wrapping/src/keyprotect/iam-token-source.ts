/**
 * IBM Cloud IAM access tokens from an API key: `POST {iam}/identity/token` with the form
 * `grant_type=urn:ibm:params:oauth:grant-type:apikey&apikey=…`. A token is cached until shortly before its
 * `expiration`, and concurrent callers share one exchange.
 */
import { ProviderAuthFailed, ProviderUnavailable } from '../key-wrapping.errors';
import { HttpsTransport, TransportFailure } from './https-transport';
import { RetryPolicy, sendWithRetries, TRANSIENT_STATUS } from './retry-policy';

export interface IamTokenSourceOptions {
  readonly iamEndpoint: string;
  readonly apiKey: string;
  readonly transport: HttpsTransport;
  readonly retry: RetryPolicy;
  /** Renew this long before the token expires. Default 60 s. */
  readonly refreshMarginMs?: number;
  readonly now?: () => number;
}

interface CachedToken {
  readonly value: string;
  readonly renewAt: number;
}

export class IamTokenSource {
  private cached: CachedToken | undefined;
  private pending: Promise<CachedToken> | undefined;

  constructor(private readonly options: IamTokenSourceOptions) {}

  /** A bearer token value (without the `Bearer ` prefix). */
  async token(): Promise<string> {
    const now = this.now();
    if (this.cached && now < this.cached.renewAt) return this.cached.value;
    this.pending ??= this.exchange().finally(() => (this.pending = undefined));
    this.cached = await this.pending;
    return this.cached.value;
  }

  /** Forgets `token` (after a 401 for it) so the next call exchanges the API key again. */
  invalidate(token: string): void {
    if (this.cached?.value === token) this.cached = undefined;
  }

  private async exchange(): Promise<CachedToken> {
    const url = new URL('/identity/token', this.options.iamEndpoint);
    const form = new URLSearchParams({
      grant_type: 'urn:ibm:params:oauth:grant-type:apikey',
      apikey: this.options.apiKey,
    });
    let response;
    try {
      response = await sendWithRetries(
        this.options.transport,
        () => ({
          method: 'POST',
          url,
          headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
          body: Buffer.from(form.toString(), 'utf8'),
        }),
        this.options.retry,
        { onNoResponse: true, onStatus: TRANSIENT_STATUS },
      );
    } catch (err) {
      throw new ProviderUnavailable(
        `IAM token exchange failed: ${err instanceof TransportFailure ? err.message : 'error'}`,
      );
    }
    if (response.status === 400 || response.status === 401 || response.status === 403) {
      throw new ProviderAuthFailed(`IAM refused the API key (HTTP ${response.status}${iamErrorCode(response.body)})`);
    }
    if (response.status !== 200) throw new ProviderUnavailable(`IAM token exchange answered HTTP ${response.status}`);
    const body = parse(response.body);
    const accessToken = body?.access_token;
    if (typeof accessToken !== 'string' || accessToken.length === 0) {
      throw new ProviderUnavailable('IAM token response has no access_token');
    }
    const now = this.now();
    const expiresAt =
      typeof body?.expiration === 'number'
        ? body.expiration * 1000
        : now + (typeof body?.expires_in === 'number' ? body.expires_in * 1000 : 0);
    const margin = this.options.refreshMarginMs ?? 60_000;
    // A token that expires sooner than the margin is still used once rather than exchanged in a loop.
    return { value: accessToken, renewAt: Math.max(now, expiresAt - margin) };
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }
}

function parse(body: Buffer): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(body.toString('utf8'));
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function iamErrorCode(body: Buffer): string {
  const code = parse(body)?.errorCode;
  return typeof code === 'string' && /^[A-Z0-9_]{1,40}$/.test(code) ? ` ${code}` : '';
}

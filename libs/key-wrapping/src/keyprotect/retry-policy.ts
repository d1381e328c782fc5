/**
 * Bounded retries with exponential backoff and full jitter, for outages (no response, 5xx) and rate limits (429,
 * honouring Retry-After up to the backoff cap).
 */
import type { HttpRequest, HttpResponse, HttpsTransport } from './https-transport';
import { TransportFailure } from './https-transport';

export interface RetryPolicy {
  /** Attempts after the first. */
  readonly retries: number;
  readonly backoffMs: number;
  readonly maxBackoffMs: number;
}

export interface RetryRules {
  /** Retry when no response came (timeout, connection failure)? False for actions that must not run twice. */
  readonly onNoResponse: boolean;
  readonly onStatus: (status: number) => boolean;
}

/** 429 and 5xx other than 501 Not Implemented. */
export const TRANSIENT_STATUS = (status: number): boolean => status === 429 || (status >= 500 && status !== 501);

/** Sends with retries; resolves with the last response (which may be an error status) or rejects with the last TransportFailure. */
export async function sendWithRetries(
  transport: HttpsTransport,
  request: () => HttpRequest | Promise<HttpRequest>,
  policy: RetryPolicy,
  rules: RetryRules,
): Promise<HttpResponse> {
  for (let attempt = 0; ; attempt++) {
    let response: HttpResponse | undefined;
    try {
      response = await transport.send(await request());
    } catch (err) {
      if (!(err instanceof TransportFailure) || !rules.onNoResponse || attempt >= policy.retries) throw err;
    }
    if (response && (!rules.onStatus(response.status) || attempt >= policy.retries)) return response;
    await sleep(backoff(policy, attempt, response));
  }
}

function backoff(policy: RetryPolicy, attempt: number, response: HttpResponse | undefined): number {
  const ceiling = Math.min(policy.maxBackoffMs, policy.backoffMs * 2 ** attempt);
  const retryAfter = Number(response?.headers['retry-after']);
  if (response?.status === 429 && Number.isFinite(retryAfter) && retryAfter >= 0) {
    return Math.min(policy.maxBackoffMs, retryAfter * 1000);
  }
  return Math.random() * ceiling;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

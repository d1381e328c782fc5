/**
 * The `keyprotect` root key provider: the CRK is a root key in IBM Key Protect or Hyper Protect Crypto Services,
 * used through the key actions of the v2 REST API (`POST {endpoint}/api/v2/keys/{id}/actions/wrap|unwrap|
 * rewrap|rotate`, headers `Authorization: Bearer <IAM token>` and `bluemix-instance: <instance id>`).
 *
 * AAD: the service takes `aad` as a list of strings (at most 126, each at most 255 characters), so our AAD bytes
 * are sent base64-encoded, cut into 255-character pieces, in order.
 *
 * Retries: every action is retried on 429 and 5xx; wrap, unwrap, rewrap and metadata also when no response came
 * (timeout, connection failure). Rotate is not retried without a response, as the first attempt may have
 * rotated (and the service allows one rotation per hour).
 */
import { InvalidKeyMaterial, ProviderUnavailable, RootKeyNotFound, UnwrapFailed } from '../key-wrapping.errors';
import type {
  ProviderDescription,
  RootKeyProvider,
  RootKeyVersion,
  UnwrapResult,
  WrappedKey,
} from '../root-key-provider.port';
import { HttpResponse, HttpsTransport, TransportFailure } from './https-transport';
import { IamTokenSource } from './iam-token-source';
import { KeyProtectAction, mapKeyProtectError } from './keyprotect-error-mapping';
import { RetryPolicy, sendWithRetries, TRANSIENT_STATUS } from './retry-policy';

export interface KeyProtectRootKeyProviderOptions {
  /** Service endpoint, e.g. https://us-south.kms.cloud.ibm.com (or an HPCS / private endpoint). */
  readonly endpoint: string;
  /** Default https://iam.cloud.ibm.com. */
  readonly iamEndpoint?: string;
  readonly apiKey: string;
  /** The service instance id (`bluemix-instance` header). */
  readonly instanceId: string;
  /** Id (or alias) of the root key. */
  readonly rootKeyId: string;
  /** Bound of one HTTP attempt. Default 10 s. */
  readonly timeoutMs?: number;
  /** Retries after the first attempt. Default 3. */
  readonly retries?: number;
  /** First backoff ceiling; doubles per retry. Default 250 ms. */
  readonly backoffMs?: number;
  /** Default 5 s. */
  readonly maxBackoffMs?: number;
  /** CA certificates (PEM) to trust instead of the default bundle. */
  readonly ca?: string | Buffer;
  /** Clock in ms, for token expiry. */
  readonly now?: () => number;
}

interface KeyActionResponse {
  plaintext?: unknown;
  ciphertext?: unknown;
  keyVersion?: { id?: unknown };
  rewrappedKeyVersion?: { id?: unknown };
}

const MAX_AAD_STRINGS = 126;
const MAX_AAD_STRING_LENGTH = 255;

export class KeyProtectRootKeyProvider implements RootKeyProvider {
  readonly kind = 'keyprotect';
  private readonly transport: HttpsTransport;
  private readonly tokens: IamTokenSource;
  private readonly retry: RetryPolicy;
  private readonly keyPath: string;

  private constructor(private readonly options: KeyProtectRootKeyProviderOptions) {
    this.transport = new HttpsTransport({ timeoutMs: options.timeoutMs ?? 10_000, ca: options.ca });
    this.retry = {
      retries: options.retries ?? 3,
      backoffMs: options.backoffMs ?? 250,
      maxBackoffMs: options.maxBackoffMs ?? 5_000,
    };
    this.tokens = new IamTokenSource({
      iamEndpoint: options.iamEndpoint ?? 'https://iam.cloud.ibm.com',
      apiKey: options.apiKey,
      transport: this.transport,
      retry: this.retry,
      now: options.now,
    });
    this.keyPath = `/api/v2/keys/${encodeURIComponent(options.rootKeyId)}`;
  }

  /** Checks the credentials and the root key by reading its metadata. */
  static async open(options: KeyProtectRootKeyProviderOptions): Promise<KeyProtectRootKeyProvider> {
    const provider = new KeyProtectRootKeyProvider(options);
    try {
      await provider.describe();
      return provider;
    } catch (err) {
      await provider.close();
      throw err;
    }
  }

  async wrap(plaintext: Uint8Array, aad: Uint8Array): Promise<WrappedKey> {
    // An absent plaintext would make the service generate a key of its own.
    if (plaintext.length === 0) throw new InvalidKeyMaterial('nothing to wrap');
    const body = await this.action('wrap', {
      plaintext: Buffer.from(plaintext).toString('base64'),
      aad: aadStrings(aad),
    });
    const version = versionId(body.keyVersion) ?? (await this.describe()).currentVersion;
    return this.wrapped(ciphertextOf(body, 'wrap'), version);
  }

  async unwrap(wrapped: WrappedKey, aad: Uint8Array): Promise<UnwrapResult> {
    this.check(wrapped);
    const body = await this.action('unwrap', { ciphertext: wrapped.ciphertext.toString('utf8'), aad: aadStrings(aad) });
    if (typeof body.plaintext !== 'string')
      throw new ProviderUnavailable('Key Protect unwrap response has no plaintext');
    const plaintext = Buffer.from(body.plaintext, 'base64');
    // After a rotation the service may hand back the blob re-wrapped under the newest version: keep it.
    const newer = typeof body.ciphertext === 'string' && body.ciphertext.length > 0 ? body.ciphertext : undefined;
    const newerVersion = versionId(body.rewrappedKeyVersion);
    if (!newer || !newerVersion || newer === wrapped.ciphertext.toString('utf8')) return { plaintext };
    return { plaintext, rewrapped: this.wrapped(newer, newerVersion) };
  }

  /** Always asks the service (it knows the current version, which may have been rotated elsewhere). */
  async rewrap(wrapped: WrappedKey, aad: Uint8Array): Promise<WrappedKey> {
    this.check(wrapped);
    const body = await this.action('rewrap', { ciphertext: wrapped.ciphertext.toString('utf8'), aad: aadStrings(aad) });
    const version =
      versionId(body.rewrappedKeyVersion) ?? versionId(body.keyVersion) ?? (await this.describe()).currentVersion;
    return this.wrapped(ciphertextOf(body, 'rewrap'), version);
  }

  async rotate(): Promise<RootKeyVersion> {
    await this.action('rotate', {});
    const { currentVersion } = await this.describe();
    return { rootKeyId: this.options.rootKeyId, version: currentVersion };
  }

  /** Reads the key's metadata: also a health check of the credentials, the instance and the key. */
  async describe(): Promise<ProviderDescription> {
    const response = await this.call('metadata', 'GET', `${this.keyPath}/metadata`, undefined);
    const resource = (parseJson(response.body) as { resources?: unknown[] } | undefined)?.resources?.[0] as
      { keyVersion?: { id?: unknown }; state?: unknown; extractable?: unknown } | undefined;
    const version = versionId(resource?.keyVersion);
    if (!version) throw new ProviderUnavailable('Key Protect key metadata has no keyVersion');
    return {
      provider: this.kind,
      rootKeyId: this.options.rootKeyId,
      currentVersion: version,
      mechanism: 'KEYPROTECT',
      details: {
        endpoint: this.options.endpoint,
        instanceId: this.options.instanceId,
        ...(typeof resource?.state === 'number' ? { state: resource.state } : {}),
      },
    };
  }

  close(): Promise<void> {
    this.transport.close();
    return Promise.resolve();
  }

  private wrapped(ciphertext: string, version: string): WrappedKey {
    return {
      ciphertext: Buffer.from(ciphertext, 'utf8'),
      rootKeyId: this.options.rootKeyId,
      rootKeyVersion: version,
      mechanism: 'KEYPROTECT',
    };
  }

  private check(wrapped: WrappedKey): void {
    if (wrapped.mechanism !== 'KEYPROTECT') {
      throw new UnwrapFailed(`mechanism ${wrapped.mechanism} is not a Key Protect mechanism`);
    }
    if (wrapped.rootKeyId !== this.options.rootKeyId) {
      throw new RootKeyNotFound(`blob was wrapped by root key ${wrapped.rootKeyId}, not ${this.options.rootKeyId}`);
    }
  }

  private async action(
    action: Exclude<KeyProtectAction, 'metadata'>,
    body: Record<string, unknown>,
  ): Promise<KeyActionResponse> {
    const payload = Buffer.from(JSON.stringify(body), 'utf8');
    try {
      const response = await this.call(action, 'POST', `${this.keyPath}/actions/${action}`, payload);
      const parsed = response.status === 204 ? {} : ((parseJson(response.body) ?? {}) as KeyActionResponse);
      response.body.fill(0); // it may carry a plaintext; the parsed strings cannot be zeroed
      return parsed;
    } finally {
      payload.fill(0);
    }
  }

  /** One call with a bearer token; a 401 drops the token and tries once more with a fresh one. */
  private async call(
    action: KeyProtectAction,
    method: 'GET' | 'POST',
    path: string,
    body: Buffer | undefined,
  ): Promise<HttpResponse> {
    const url = new URL(path, this.options.endpoint);
    for (let attempt = 1; ; attempt++) {
      const token = await this.tokens.token();
      let response: HttpResponse;
      try {
        response = await sendWithRetries(
          this.transport,
          () => ({
            method,
            url,
            headers: {
              authorization: `Bearer ${token}`,
              'bluemix-instance': this.options.instanceId,
              accept: 'application/json',
              ...(body ? { 'content-type': 'application/vnd.ibm.kms.key_action+json' } : {}),
            },
            body,
          }),
          this.retry,
          { onNoResponse: action !== 'rotate', onStatus: TRANSIENT_STATUS },
        );
      } catch (err) {
        const cause = err instanceof TransportFailure ? err.message : 'error';
        throw new ProviderUnavailable(`Key Protect ${action} on key ${this.options.rootKeyId} failed: ${cause}`);
      }
      if (response.status === 401 && attempt === 1) {
        this.tokens.invalidate(token);
        continue;
      }
      if (response.status === 200 || response.status === 201 || response.status === 204) return response;
      throw mapKeyProtectError(action, this.options.rootKeyId, response.status, response.body);
    }
  }
}

/** AAD bytes as the service's list of strings: base64, in pieces of at most 255 characters. */
export function aadStrings(aad: Uint8Array): string[] {
  const encoded = Buffer.from(aad).toString('base64');
  const pieces: string[] = [];
  for (let i = 0; i < encoded.length; i += MAX_AAD_STRING_LENGTH)
    pieces.push(encoded.slice(i, i + MAX_AAD_STRING_LENGTH));
  if (pieces.length > MAX_AAD_STRINGS) throw new RangeError('AAD is too long for Key Protect');
  return pieces;
}

function versionId(version: { id?: unknown } | undefined): string | undefined {
  return typeof version?.id === 'string' && version.id.length > 0 ? version.id : undefined;
}

function ciphertextOf(body: KeyActionResponse, action: string): string {
  if (typeof body.ciphertext !== 'string' || body.ciphertext.length === 0) {
    throw new ProviderUnavailable(`Key Protect ${action} response has no ciphertext`);
  }
  return body.ciphertext;
}

function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
}

/**
 * Test helper: a local HTTPS server (127.0.0.1, self-signed certificate) that implements the documented contract
 * of IBM Cloud IAM's API-key token exchange and of the Key Protect v2 key actions and key metadata, including
 * the documented error bodies and reason codes. It is how the keyprotect provider is tested here; it is not
 * the real service. Faults (statuses, hangs) can be injected per route.
 */
import { createCipheriv, createDecipheriv, randomBytes, randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer, Server } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { createSelfSignedCertificate } from './self-signed-certificate';

export type ContractRoute = 'token' | 'wrap' | 'unwrap' | 'rewrap' | 'rotate' | 'metadata';

export interface InjectedFault {
  readonly route: ContractRoute;
  /** Answer with this status and the documented error body for `code` (when given) ... */
  readonly status?: number;
  readonly code?: string;
  readonly retryAfterSeconds?: number;
  /** ... or never answer. */
  readonly hang?: boolean;
  /** How many requests in a row get this fault. Default 1. */
  readonly times?: number;
}

export interface ContractServerOptions {
  readonly apiKey: string;
  readonly instanceId: string;
  readonly tokenLifetimeSeconds?: number;
  readonly now?: () => number;
}

interface KeyVersion {
  readonly id: string;
  readonly key: Buffer;
  readonly creationDate: string;
}

interface RootKey {
  readonly id: string;
  readonly versions: KeyVersion[];
  state: 1 | 2 | 5; // Active, Suspended, Destroyed (Key Protect key states)
}

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingMessage['headers'];
  readonly body: string;
}

const KEY_ID_PATTERN = /^\/api\/v2\/keys\/([^/]+)\/(?:actions\/(wrap|unwrap|rewrap|rotate)|(metadata))$/;

export class KeyProtectContractServer {
  readonly requests: RecordedRequest[] = [];
  tokenExchanges = 0;
  private readonly keys = new Map<string, RootKey>();
  private readonly tokens = new Map<string, number>(); // token -> expiry (ms)
  private readonly faults: (InjectedFault & { left: number })[] = [];
  private readonly sockets = new Set<Socket>();

  private constructor(
    private readonly server: Server,
    readonly ca: string,
    private readonly options: ContractServerOptions,
  ) {}

  static async start(options: ContractServerOptions): Promise<KeyProtectContractServer> {
    const { certificatePem, privateKeyPem } = createSelfSignedCertificate();
    const server = createServer({ cert: certificatePem, key: privateKeyPem });
    const contract = new KeyProtectContractServer(server, certificatePem, options);
    server.on('request', (req: IncomingMessage, res: ServerResponse) => contract.handle(req, res));
    server.on('secureConnection', (socket: Socket) => {
      contract.sockets.add(socket);
      socket.on('close', () => contract.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return contract;
  }

  get url(): string {
    return `https://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Creates a root key with one version; returns its id. */
  createRootKey(): string {
    const id = randomUUID();
    this.keys.set(id, { id, versions: [newVersion()], state: 1 });
    return id;
  }

  /** A rotation made outside the provider (console, another client). */
  rotateRootKey(id: string): string {
    const version = newVersion();
    this.keys.get(id)!.versions.push(version);
    return version.id;
  }

  currentVersion(id: string): string {
    const versions = this.keys.get(id)!.versions;
    return versions[versions.length - 1].id;
  }

  setKeyState(id: string, state: 'active' | 'suspended' | 'destroyed'): void {
    this.keys.get(id)!.state = state === 'active' ? 1 : state === 'suspended' ? 2 : 5;
  }

  /** Every token issued so far stops working (as if revoked or expired server-side). */
  revokeTokens(): void {
    this.tokens.clear();
  }

  inject(fault: InjectedFault): void {
    this.faults.push({ ...fault, left: fault.times ?? 1 });
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const path = new URL(req.url ?? '/', this.url).pathname;
      this.requests.push({ method: req.method ?? '', path, headers: req.headers, body });
      try {
        this.route(req, path, body, res);
      } catch {
        send(res, 500, errorBody(500, 'INTERNAL_SERVER_ERR', 'Internal Server Error'));
      }
    });
  }

  private route(req: IncomingMessage, path: string, body: string, res: ServerResponse): void {
    if (req.method === 'POST' && path === '/identity/token') {
      if (this.fault('token', res)) return;
      return this.tokenExchange(req, body, res);
    }
    const match = KEY_ID_PATTERN.exec(path);
    if (!match) return send(res, 404, errorBody(404, 'NOT_FOUND_ERR', 'Not Found'));
    const route = (match[2] ?? match[3]) as ContractRoute;
    const expectedMethod = route === 'metadata' ? 'GET' : 'POST';
    if (req.method !== expectedMethod)
      return send(res, 405, errorBody(405, 'METHOD_NOT_ALLOWED', 'Method Not Allowed'));
    if (this.fault(route, res)) return;

    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const expiry = token ? this.tokens.get(token) : undefined;
    if (expiry === undefined || expiry <= this.now() || req.headers['bluemix-instance'] !== this.options.instanceId) {
      return send(
        res,
        401,
        errorBody(401, 'UNAUTHORIZED_ERR', 'Unauthorized: The user does not have access to the specified resource'),
      );
    }
    const key = this.keys.get(decodeURIComponent(match[1]));
    if (!key) return send(res, 404, errorBody(404, 'KEY_NOT_FOUND_ERR', 'Not Found: Key could not be found'));
    if (key.state === 5) return send(res, 410, errorBody(410, 'KEY_DELETED_ERR', 'Key has already been deleted'));
    if (route === 'metadata') return send(res, 200, metadata(key));
    if (key.state === 2)
      return send(res, 409, errorBody(409, 'KEY_ACTION_INVALID_STATE_ERR', 'Key is not in a valid state'));

    let request: { plaintext?: unknown; ciphertext?: unknown; aad?: unknown };
    try {
      request = body.length ? (JSON.parse(body) as typeof request) : {};
    } catch {
      return send(res, 400, errorBody(400, 'BAD_BODY_ERR', 'Invalid body data was passed'));
    }
    const aad = request.aad ?? [];
    if (!Array.isArray(aad) || aad.length > 126 || aad.some((a) => typeof a !== 'string' || a.length > 255)) {
      return send(res, 400, errorBody(400, 'BAD_BODY_ERR', 'Invalid body data was passed: aad'));
    }
    const current = key.versions[key.versions.length - 1];
    switch (route) {
      case 'wrap': {
        if (request.plaintext !== undefined && typeof request.plaintext !== 'string') {
          return send(res, 400, errorBody(400, 'BAD_BODY_ERR', 'Invalid body data was passed: plaintext'));
        }
        const generated = request.plaintext === undefined;
        const plaintext = generated ? randomBytes(32) : Buffer.from(request.plaintext as string, 'base64');
        return send(res, 200, {
          ...(generated ? { plaintext: plaintext.toString('base64') } : {}),
          ciphertext: seal(current, plaintext, aad as string[]),
          keyVersion: { id: current.id, creationDate: current.creationDate },
        });
      }
      case 'unwrap':
      case 'rewrap': {
        const opened =
          typeof request.ciphertext === 'string' ? open(key, request.ciphertext, aad as string[]) : undefined;
        if (!opened) {
          return send(
            res,
            422,
            errorBody(422, 'UNPROCESSABLE_CIPHERTEXT_ERR', 'The provided ciphertext is invalid or corrupted'),
          );
        }
        const stale = opened.version.id !== current.id;
        if (route === 'rewrap') {
          return send(res, 200, {
            ciphertext: seal(current, opened.plaintext, aad as string[]),
            keyVersion: { id: opened.version.id, creationDate: opened.version.creationDate },
            rewrappedKeyVersion: { id: current.id, creationDate: current.creationDate },
          });
        }
        return send(res, 200, {
          plaintext: opened.plaintext.toString('base64'),
          keyVersion: { id: opened.version.id, creationDate: opened.version.creationDate },
          ...(stale
            ? {
                ciphertext: seal(current, opened.plaintext, aad as string[]),
                rewrappedKeyVersion: { id: current.id, creationDate: current.creationDate },
              }
            : {}),
        });
      }
      case 'rotate':
        key.versions.push(newVersion());
        return send(res, 204, undefined);
    }
  }

  private tokenExchange(req: IncomingMessage, body: string, res: ServerResponse): void {
    const form = new URLSearchParams(body);
    if (!(req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) {
      return send(res, 400, { errorCode: 'BXNIM0109E', errorMessage: 'Property missing or empty', context: {} });
    }
    if (form.get('grant_type') !== 'urn:ibm:params:oauth:grant-type:apikey' || !form.get('apikey')) {
      return send(res, 400, { errorCode: 'BXNIM0109E', errorMessage: 'Property missing or empty', context: {} });
    }
    if (form.get('apikey') !== this.options.apiKey) {
      return send(res, 400, {
        errorCode: 'BXNIM0415E',
        errorMessage: 'Provided API key could not be found',
        context: {},
      });
    }
    this.tokenExchanges++;
    const lifetime = this.options.tokenLifetimeSeconds ?? 3600;
    const token = randomBytes(24).toString('base64url');
    const expiration = Math.floor(this.now() / 1000) + lifetime;
    this.tokens.set(token, expiration * 1000);
    send(res, 200, {
      access_token: token,
      refresh_token: 'not_supported',
      token_type: 'Bearer',
      expires_in: lifetime,
      expiration,
      scope: 'ibm openid',
    });
  }

  /** Applies an injected fault for `route`, if one is pending; true when it answered (or swallowed) the request. */
  private fault(route: ContractRoute, res: ServerResponse): boolean {
    const index = this.faults.findIndex((f) => f.route === route);
    if (index < 0) return false;
    const fault = this.faults[index];
    if (--fault.left <= 0) this.faults.splice(index, 1);
    if (fault.hang) return true;
    const status = fault.status ?? 500;
    const headers: Record<string, string> =
      fault.retryAfterSeconds !== undefined ? { 'retry-after': String(fault.retryAfterSeconds) } : {};
    send(res, status, errorBody(status, fault.code ?? 'INJECTED_ERR', 'Injected fault'), headers);
    return true;
  }
}

function newVersion(): KeyVersion {
  return { id: randomUUID(), key: randomBytes(32), creationDate: new Date().toISOString() };
}

/** The server's own ciphertext format: base64(version id || IV || ciphertext || tag), AES-256-GCM. */
function seal(version: KeyVersion, plaintext: Buffer, aad: string[]): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', version.key, iv);
  cipher.setAAD(aadBytes(aad));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([Buffer.from(version.id, 'ascii'), iv, body, cipher.getAuthTag()]).toString('base64');
}

function open(key: RootKey, ciphertext: string, aad: string[]): { plaintext: Buffer; version: KeyVersion } | undefined {
  const blob = Buffer.from(ciphertext, 'base64');
  if (blob.length < 36 + 12 + 16) return undefined;
  const version = key.versions.find((v) => v.id === blob.subarray(0, 36).toString('ascii'));
  if (!version) return undefined;
  try {
    const decipher = createDecipheriv('aes-256-gcm', version.key, blob.subarray(36, 48));
    decipher.setAAD(aadBytes(aad));
    decipher.setAuthTag(blob.subarray(blob.length - 16));
    const plaintext = Buffer.concat([decipher.update(blob.subarray(48, blob.length - 16)), decipher.final()]);
    return { plaintext, version };
  } catch {
    return undefined;
  }
}

function aadBytes(aad: string[]): Buffer {
  return Buffer.concat(aad.map((a) => Buffer.concat([Buffer.from([a.length >> 8, a.length & 0xff]), Buffer.from(a)])));
}

function metadata(key: RootKey): unknown {
  const current = key.versions[key.versions.length - 1];
  return {
    metadata: { collectionType: 'application/vnd.ibm.kms.key+json', collectionTotal: 1 },
    resources: [
      {
        id: key.id,
        type: 'application/vnd.ibm.kms.key+json',
        name: 'crk',
        state: key.state,
        extractable: false,
        keyVersion: { id: current.id, creationDate: current.creationDate },
      },
    ],
  };
}

function errorBody(status: number, code: string, message: string): unknown {
  return {
    metadata: { collectionType: 'application/vnd.ibm.kms.error+json', collectionTotal: 1 },
    resources: [
      {
        errorMsg: message,
        reasons: [{ code, message, status, moreInfo: 'https://cloud.ibm.com/apidocs/key-protect' }],
      },
    ],
  };
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (body === undefined) {
    res.writeHead(status, headers).end();
    return;
  }
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(text);
}

/**
 * The keyprotect provider against a local HTTPS server implementing the documented Key Protect / IAM contract
 * (testing/keyprotect-contract.server.ts), not against the real service.
 */
import { kekAad } from '../kek-aad';
import {
  InvalidKeyMaterial,
  KeyWrappingError,
  ProviderAccessDenied,
  ProviderAuthFailed,
  ProviderRejected,
  ProviderUnavailable,
  RootKeyNotFound,
  RootKeyRevoked,
  RootKeyUnavailable,
  RotationNotPermitted,
  UnwrapFailed,
} from '../key-wrapping.errors';
import {
  aadStrings,
  KeyProtectRootKeyProvider,
  KeyProtectRootKeyProviderOptions,
} from './keyprotect-root-key.provider';
import { KeyProtectContractServer } from './testing/keyprotect-contract.server';

const API_KEY = 'kp-test-api-key-6f1d2c';
const INSTANCE = 'a192d603-0b8d-452f-aac3-f9e1f95e7411';
const kek = Buffer.from('c0ffee00112233445566778899aabbccddeeff00112233445566778899aabbcc', 'hex');
const aad = kekAad('tenant-a', 'object-1');

let server: KeyProtectContractServer;
let clock: number;
let keyId: string;
const providers: KeyProtectRootKeyProvider[] = [];

function options(extra: Partial<KeyProtectRootKeyProviderOptions> = {}): KeyProtectRootKeyProviderOptions {
  return {
    endpoint: server.url,
    iamEndpoint: server.url,
    apiKey: API_KEY,
    instanceId: INSTANCE,
    rootKeyId: keyId,
    ca: server.ca,
    timeoutMs: 800, // generous: the machine may be busy; only the hang tests wait for it
    retries: 2,
    backoffMs: 1,
    maxBackoffMs: 5,
    now: () => clock,
    ...extra,
  };
}

async function open(extra: Partial<KeyProtectRootKeyProviderOptions> = {}): Promise<KeyProtectRootKeyProvider> {
  const provider = await KeyProtectRootKeyProvider.open(options(extra));
  providers.push(provider);
  return provider;
}

async function failure(promise: Promise<unknown>): Promise<KeyWrappingError> {
  const error = await promise.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(error).toBeInstanceOf(KeyWrappingError);
  const typed = error as KeyWrappingError;
  for (const secret of [API_KEY, kek.toString('base64'), kek.toString('hex')])
    expect(typed.message).not.toContain(secret);
  return typed;
}

const actionRequests = (action: string): number =>
  server.requests.filter((r) => r.path === `/api/v2/keys/${keyId}/actions/${action}`).length;

beforeEach(async () => {
  clock = Date.parse('2026-01-01T00:00:00Z');
  server = await KeyProtectContractServer.start({ apiKey: API_KEY, instanceId: INSTANCE, now: () => clock });
  keyId = server.createRootKey();
});

afterEach(async () => {
  await Promise.all(providers.splice(0).map((p) => p.close()));
  await server.close();
});

describe('IAM token', () => {
  it('exchanges the API key once and reuses the token until shortly before it expires', async () => {
    const provider = await open();
    await Promise.all([provider.wrap(kek, aad), provider.wrap(kek, aad), provider.wrap(kek, aad)]);
    expect(server.tokenExchanges).toBe(1);

    const exchange = server.requests.find((r) => r.path === '/identity/token')!;
    expect(exchange.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(Object.fromEntries(new URLSearchParams(exchange.body))).toEqual({
      grant_type: 'urn:ibm:params:oauth:grant-type:apikey',
      apikey: API_KEY,
    });

    clock += 3540_000; // 59 of the token's 60 minutes: inside the renewal margin
    await provider.wrap(kek, aad);
    expect(server.tokenExchanges).toBe(2);
  });

  it('exchanges again when the service answers 401 for a cached token', async () => {
    const provider = await open();
    server.revokeTokens();
    await provider.wrap(kek, aad);
    expect(server.tokenExchanges).toBe(2);
  });

  it('reports a refused API key as an authentication failure, without the key', async () => {
    const error = await failure(open({ apiKey: 'not-the-key' }));
    expect(error).toBeInstanceOf(ProviderAuthFailed);
    expect(error.message).toContain('BXNIM0415E');
  });

  it('retries an IAM outage, then gives up as unavailable', async () => {
    server.inject({ route: 'token', status: 503, times: 1 });
    await open();
    server.revokeTokens();
    server.inject({ route: 'token', status: 503, times: 3 });
    const provider = providers[0];
    expect(await failure(provider.wrap(kek, aad))).toBeInstanceOf(ProviderUnavailable);
  });
});

describe('key actions', () => {
  it('wraps with the documented request and unwraps with the same AAD only', async () => {
    const provider = await open();
    const wrapped = await provider.wrap(kek, aad);

    expect(wrapped).toMatchObject({
      rootKeyId: keyId,
      rootKeyVersion: server.currentVersion(keyId),
      mechanism: 'KEYPROTECT',
    });
    const request = server.requests.find((r) => r.path.endsWith('/actions/wrap'))!;
    expect(request.headers).toMatchObject({
      authorization: expect.stringMatching(/^Bearer .+/),
      'bluemix-instance': INSTANCE,
      'content-type': 'application/vnd.ibm.kms.key_action+json',
    });
    expect(JSON.parse(request.body)).toEqual({ plaintext: kek.toString('base64'), aad: [aad.toString('base64')] });

    const unwrapped = await provider.unwrap(wrapped, aad);
    expect(unwrapped.plaintext).toEqual(kek);
    expect(unwrapped.rewrapped).toBeUndefined();

    expect(await failure(provider.unwrap(wrapped, kekAad('tenant-a', 'object-2')))).toBeInstanceOf(UnwrapFailed);
    const tampered = Buffer.from(
      wrapped.ciphertext.toString('utf8').replace(/.(?=.{8}$)/, (c) => (c === 'A' ? 'B' : 'A')),
    );
    expect(await failure(provider.unwrap({ ...wrapped, ciphertext: tampered }, aad))).toBeInstanceOf(UnwrapFailed);
  });

  it('surfaces the re-wrapped ciphertext that unwrap returns after a rotation made elsewhere', async () => {
    const provider = await open();
    const old = await provider.wrap(kek, aad);
    const newVersion = server.rotateRootKey(keyId);

    const { plaintext, rewrapped } = await provider.unwrap(old, aad);
    expect(plaintext).toEqual(kek);
    expect(rewrapped).toMatchObject({ rootKeyId: keyId, rootKeyVersion: newVersion, mechanism: 'KEYPROTECT' });
    expect((await provider.unwrap(rewrapped!, aad)).rewrapped).toBeUndefined();
    expect((await provider.describe()).currentVersion).toBe(newVersion);
  });

  it('rotates, then rewraps old blobs to the new version', async () => {
    const provider = await open();
    const old = await provider.wrap(kek, aad);

    const rotated = await provider.rotate();
    expect(rotated).toEqual({ rootKeyId: keyId, version: server.currentVersion(keyId) });
    expect(rotated.version).not.toBe(old.rootKeyVersion);

    const moved = await provider.rewrap(old, aad);
    expect(moved.rootKeyVersion).toBe(rotated.version);
    expect((await provider.unwrap(moved, aad)).plaintext).toEqual(kek);
    expect(await failure(provider.rewrap(old, kekAad('tenant-b', 'object-1')))).toBeInstanceOf(UnwrapFailed);
  });

  it('refuses to wrap nothing (the service would generate a key instead)', async () => {
    const provider = await open();
    expect(await failure(provider.wrap(Buffer.alloc(0), aad))).toBeInstanceOf(InvalidKeyMaterial);
    expect(actionRequests('wrap')).toBe(0);
  });

  it('cuts long AAD into the pieces the service accepts', () => {
    const pieces = aadStrings(Buffer.alloc(600, 7));
    expect(pieces.map((p) => p.length)).toEqual([255, 255, 255, 35]);
    expect(Buffer.from(pieces.join(''), 'base64')).toEqual(Buffer.alloc(600, 7));
    expect(() => aadStrings(Buffer.alloc(30_000))).toThrow(RangeError);
  });
});

describe('error statuses', () => {
  it('maps an unknown key, a deleted key and a suspended key', async () => {
    expect(await failure(open({ rootKeyId: 'c4b1f8a6-0000-4000-8000-000000000000' }))).toBeInstanceOf(RootKeyNotFound);

    const provider = await open();
    const wrapped = await provider.wrap(kek, aad);
    server.setKeyState(keyId, 'suspended');
    expect(await failure(provider.unwrap(wrapped, aad))).toBeInstanceOf(RootKeyUnavailable);
    server.setKeyState(keyId, 'destroyed');
    const revoked = await failure(provider.unwrap(wrapped, aad));
    expect(revoked).toBeInstanceOf(RootKeyRevoked);
    expect(revoked.message).toContain('410 KEY_DELETED_ERR');
  });

  it.each([
    [400, 'BAD_BODY_ERR', ProviderRejected],
    [400, 'KEY_EXPIRED_ERR', RootKeyUnavailable],
    [401, 'UNAUTHORIZED_ERR', ProviderAuthFailed],
    [403, 'FEATURE_RESTRICTED_ERR', ProviderAccessDenied],
    [409, 'KEY_ACTION_INVALID_STATE_ERR', RootKeyUnavailable],
    [422, 'KEY_INVALID_STATE_ERR', RootKeyUnavailable],
  ])('maps HTTP %i %s on wrap', async (status, code, type) => {
    const provider = await open();
    server.inject({ route: 'wrap', status, code, times: 2 });
    expect(await failure(provider.wrap(kek, aad))).toBeInstanceOf(type);
  });

  it('maps the one-rotation-per-hour refusal', async () => {
    const provider = await open();
    server.inject({ route: 'rotate', status: 409, code: 'KEY_ROTATION_NOT_PERMITTED' });
    expect(await failure(provider.rotate())).toBeInstanceOf(RotationNotPermitted);
  });
});

describe('retries and timeouts', () => {
  it('retries 429 (honouring Retry-After) and 5xx, within the retry budget', async () => {
    const provider = await open();
    server.inject({ route: 'wrap', status: 429, code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 0, times: 2 });
    await provider.wrap(kek, aad);
    expect(actionRequests('wrap')).toBe(3);

    server.inject({ route: 'wrap', status: 503, times: 3 });
    const error = await failure(provider.wrap(kek, aad));
    expect(error).toBeInstanceOf(ProviderUnavailable);
    expect(error.retryable).toBe(true);
    expect(actionRequests('wrap')).toBe(6);
  });

  it('does not retry 501 Not Implemented', async () => {
    const provider = await open();
    server.inject({ route: 'wrap', status: 501 });
    expect(await failure(provider.wrap(kek, aad))).toBeInstanceOf(ProviderRejected);
    expect(actionRequests('wrap')).toBe(1);
  });

  it('times out an unanswered request and retries it', async () => {
    const provider = await open();
    const wrapped = await provider.wrap(kek, aad);
    server.inject({ route: 'unwrap', hang: true });
    expect((await provider.unwrap(wrapped, aad)).plaintext).toEqual(kek);

    const impatient = await open({ retries: 1 });
    server.inject({ route: 'unwrap', hang: true, times: 2 });
    const error = await failure(impatient.unwrap(wrapped, aad));
    expect(error).toBeInstanceOf(ProviderUnavailable);
    expect(error.message).toContain('did not answer');
  });

  it('does not resend a rotation that got no answer', async () => {
    const provider = await open();
    server.inject({ route: 'rotate', hang: true });
    expect(await failure(provider.rotate())).toBeInstanceOf(ProviderUnavailable);
    expect(actionRequests('rotate')).toBe(1);
  });

  it('refuses a server whose certificate it does not trust', async () => {
    const error = await failure(open({ ca: undefined, retries: 0 }));
    expect(error).toBeInstanceOf(ProviderUnavailable);
  });
});

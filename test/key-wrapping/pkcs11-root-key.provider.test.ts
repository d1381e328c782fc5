/**
 * The pkcs11 provider against a real SoftHSM2 token created for this run.
 */
import * as pkcs11js from 'pkcs11js';
import {
  acquirePkcs11Module,
  CKR,
  createRootKey,
  InvalidKeyMaterial,
  kekAad,
  Pkcs11RootKeyProvider,
  Pkcs11RootKeyProviderOptions,
  ProviderAuthFailed,
  ProviderUnavailable,
  RootKeyNotFound,
  RootKeyUnavailable,
  UnwrapFailed,
} from '@kmip/key-wrapping';
import { createSoftHsmToken, SoftHsmToken } from '../../libs/key-wrapping/src/testing/softhsm-token';

const KEY_LABEL = 'kmip-crk';
const kek = Buffer.from('8f1c0e6d2a4b39577e21c4d0aa9b1f3326e8d7c5b4a3928170f6e5d4c3b2a190', 'hex');
const aad = kekAad('tenant-a', 'object-1');

let token: SoftHsmToken;
let options: Pkcs11RootKeyProviderOptions;
const opened: Pkcs11RootKeyProvider[] = [];

async function open(extra: Partial<Pkcs11RootKeyProviderOptions> = {}): Promise<Pkcs11RootKeyProvider> {
  const provider = await Pkcs11RootKeyProvider.open({ ...options, ...extra });
  opened.push(provider);
  return provider;
}

async function closeAll(): Promise<void> {
  await Promise.all(opened.splice(0).map((p) => p.close()));
}

beforeAll(async () => {
  token = await createSoftHsmToken('kw-int');
  options = { library: token.library, tokenLabel: token.tokenLabel, pin: token.pin, keyLabel: KEY_LABEL, sessions: 2 };
  expect(await createRootKey(options)).toMatchObject({ currentVersion: '1', created: true });
});

afterEach(closeAll);

afterAll(() => token.remove());

describe('opening', () => {
  it('refuses a wrong PIN', async () => {
    await expect(open({ pin: '000000' })).rejects.toBeInstanceOf(ProviderAuthFailed);
  });

  it('reports a missing token and a missing root key', async () => {
    await expect(open({ tokenLabel: 'no-such-token' })).rejects.toBeInstanceOf(ProviderUnavailable);
    await expect(open({ keyLabel: 'no-such-key' })).rejects.toBeInstanceOf(RootKeyNotFound);
  });

  it('creating an existing root key changes nothing', async () => {
    expect(await createRootKey(options)).toMatchObject({ currentVersion: '1', created: false });
  });
});

describe('the root key in the token', () => {
  it('is sensitive and non-extractable: reading CKA_VALUE is refused', async () => {
    await open(); // logs the token in for this process
    const module = acquirePkcs11Module(token.library);
    const { pkcs11 } = module;
    const slot = pkcs11.C_GetSlotList(true).find((s) => pkcs11.C_GetTokenInfo(s).label.trim() === token.tokenLabel)!;
    const session = pkcs11.C_OpenSession(slot, pkcs11js.CKF_SERIAL_SESSION);
    try {
      pkcs11.C_FindObjectsInit(session, [{ type: pkcs11js.CKA_LABEL, value: `${KEY_LABEL}.v1` }]);
      const [handle] = pkcs11.C_FindObjects(session, 2);
      pkcs11.C_FindObjectsFinal(session);
      expect(handle).toBeDefined();

      let refusal: unknown;
      try {
        pkcs11.C_GetAttributeValue(session, handle, [{ type: pkcs11js.CKA_VALUE }]);
      } catch (err) {
        refusal = err;
      }
      expect(refusal).toMatchObject({ code: CKR.ATTRIBUTE_SENSITIVE });
      const [extractable, sensitive, token_] = pkcs11.C_GetAttributeValue(session, handle, [
        { type: pkcs11js.CKA_EXTRACTABLE },
        { type: pkcs11js.CKA_SENSITIVE },
        { type: pkcs11js.CKA_TOKEN },
      ]);
      expect([extractable.value, sensitive.value, token_.value]).toEqual([
        Buffer.from([0]),
        Buffer.from([1]),
        Buffer.from([1]),
      ]);
    } finally {
      pkcs11.C_CloseSession(session);
      module.release();
    }
  });

  it('an extractable key under the root key label is refused', async () => {
    await open();
    generateRawKey('weak-crk', 'weak-crk.v1', { extractable: true });
    await expect(open({ keyLabel: 'weak-crk' })).rejects.toBeInstanceOf(RootKeyUnavailable);
  });

  it('two keys with the same version label are refused rather than guessed between', async () => {
    await open();
    generateRawKey('twin-crk', 'twin-crk.v1', { extractable: false });
    generateRawKey('twin-crk', 'twin-crk.v1', { extractable: false });
    await expect(open({ keyLabel: 'twin-crk' })).rejects.toBeInstanceOf(RootKeyUnavailable);
  });
});

/** Creates an AES key in the token directly, as an HSM administrator could (the token must be logged in). */
function generateRawKey(id: string, label: string, { extractable }: { extractable: boolean }): void {
  const module = acquirePkcs11Module(token.library);
  const { pkcs11 } = module;
  const slot = pkcs11.C_GetSlotList(true).find((s) => pkcs11.C_GetTokenInfo(s).label.trim() === token.tokenLabel)!;
  const session = pkcs11.C_OpenSession(slot, pkcs11js.CKF_SERIAL_SESSION | pkcs11js.CKF_RW_SESSION);
  try {
    pkcs11.C_GenerateKey(session, { mechanism: pkcs11js.CKM_AES_KEY_GEN }, [
      { type: pkcs11js.CKA_CLASS, value: pkcs11js.CKO_SECRET_KEY },
      { type: pkcs11js.CKA_KEY_TYPE, value: pkcs11js.CKK_AES },
      { type: pkcs11js.CKA_VALUE_LEN, value: 32 },
      { type: pkcs11js.CKA_LABEL, value: label },
      { type: pkcs11js.CKA_ID, value: Buffer.from(id) },
      { type: pkcs11js.CKA_TOKEN, value: true },
      { type: pkcs11js.CKA_PRIVATE, value: true },
      { type: pkcs11js.CKA_SENSITIVE, value: !extractable },
      { type: pkcs11js.CKA_EXTRACTABLE, value: extractable },
      { type: pkcs11js.CKA_ENCRYPT, value: true },
      { type: pkcs11js.CKA_DECRYPT, value: true },
    ]);
  } finally {
    pkcs11.C_CloseSession(session);
    module.release();
  }
}

describe('wrapping', () => {
  it('round-trips a KEK, binding it to its AAD', async () => {
    const provider = await open();
    const wrapped = await provider.wrap(kek, aad);

    expect(wrapped).toMatchObject({
      rootKeyId: 'pkcs11:token=kw-int;object=kmip-crk',
      rootKeyVersion: '1',
      mechanism: 'CKM_AES_GCM',
    });
    expect(wrapped.ciphertext).toHaveLength(12 + 32 + 16);
    expect((await provider.unwrap(wrapped, aad)).plaintext).toEqual(kek);
    await expect(provider.unwrap(wrapped, kekAad('tenant-a', 'object-2'))).rejects.toBeInstanceOf(UnwrapFailed);
    await expect(provider.unwrap(wrapped, kekAad('tenant-b', 'object-1'))).rejects.toBeInstanceOf(UnwrapFailed);
  });

  it('detects tampering with the IV, the ciphertext or the tag', async () => {
    const provider = await open();
    const wrapped = await provider.wrap(kek, aad);
    for (const index of [0, 11, 12, 40, 43, wrapped.ciphertext.length - 1]) {
      const tampered = Buffer.from(wrapped.ciphertext);
      tampered[index] ^= 0x80;
      await expect(provider.unwrap({ ...wrapped, ciphertext: tampered }, aad)).rejects.toBeInstanceOf(UnwrapFailed);
    }
    // The session that saw the failures is still usable.
    expect((await provider.unwrap(wrapped, aad)).plaintext).toEqual(kek);
  });

  it('blocking and offloaded calls, HSM and node IVs, v2.30 and v2.40 GCM parameters produce the same format', async () => {
    const offloaded = await open();
    const blocking = await open({ calls: 'blocking', ivSource: 'node', gcmParams: 'v2.30' });

    const a = await offloaded.wrap(kek, aad);
    const b = await blocking.wrap(kek, aad);
    expect((await blocking.unwrap(a, aad)).plaintext).toEqual(kek);
    expect((await offloaded.unwrap(b, aad)).plaintext).toEqual(kek);
  });

  it('serves many concurrent operations through a small session pool', async () => {
    const provider = await open({ sessions: 2 });
    const objectIds = Array.from({ length: 40 }, (_, i) => `object-${i}`);
    const wrapped = await Promise.all(objectIds.map((id) => provider.wrap(kek, kekAad('tenant-a', id))));
    const unwrapped = await Promise.all(wrapped.map((w, i) => provider.unwrap(w, kekAad('tenant-a', objectIds[i]))));
    expect(unwrapped.every((u) => u.plaintext.equals(kek))).toBe(true);
  });

  it('refuses to wrap nothing', async () => {
    const provider = await open();
    await expect(provider.wrap(Buffer.alloc(0), aad)).rejects.toBeInstanceOf(InvalidKeyMaterial);
  });

  it('gives random bytes from the token', async () => {
    const provider = await open();
    const [a, b] = await Promise.all([provider.randomBytes(32), provider.randomBytes(32)]);
    expect(a).toHaveLength(32);
    expect(a.equals(b)).toBe(false);
  });
});

describe('rotation and reopening', () => {
  it('rotates, keeps old blobs unwrappable, rewraps them, and a reopened provider still unwraps all', async () => {
    const first = await open();
    const v1 = await first.wrap(kek, aad);

    expect(await first.rotate()).toEqual({ rootKeyId: first.rootKeyId, version: '2' });
    const v2 = await first.wrap(kek, aad);
    expect(v2.rootKeyVersion).toBe('2');
    expect((await first.unwrap(v1, aad)).plaintext).toEqual(kek);

    const moved = await first.rewrap(v1, aad);
    expect(moved.rootKeyVersion).toBe('2');
    expect(moved.ciphertext.equals(v1.ciphertext)).toBe(false);
    expect(await first.rewrap(moved, aad)).toBe(moved);

    await closeAll(); // finalizes the library: the next open starts from the token on disk

    const reopened = await open();
    const description = await reopened.describe();
    expect(description).toMatchObject({ provider: 'pkcs11', currentVersion: '2', versions: ['1', '2'] });
    for (const blob of [v1, v2, moved]) expect((await reopened.unwrap(blob, aad)).plaintext).toEqual(kek);
  });

  it('an instance opened before a rotation by another instance finds the new version when it meets it', async () => {
    const stale = await open();
    const rotator = await open();
    const { version } = await rotator.rotate();
    const newer = await rotator.wrap(kek, aad);
    expect(newer.rootKeyVersion).toBe(version);
    expect((await stale.unwrap(newer, aad)).plaintext).toEqual(kek);
  });
});

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InvalidKeyMaterial, UnwrapFailed } from '../key-wrapping.errors';
import { LocalRootKeyProvider } from '../local/local-root-key.provider';
import type { RootKeyProvider } from '../root-key-provider.port';
import { kekAad } from '../kek-aad';
import { KekGenerator, KekLengthBits } from './kek-generator';

let dir: string;
let provider: LocalRootKeyProvider;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kw-kek-'));
  provider = await LocalRootKeyProvider.open({ keystorePath: join(dir, 'keystore.json'), createIfMissing: true });
});

afterAll(async () => {
  await provider.close();
  await rm(dir, { recursive: true, force: true });
});

describe('KekGenerator', () => {
  it.each<KekLengthBits>([128, 192, 256])(
    'generates a fresh %i-bit KEK bound to its tenant and object',
    async (bits) => {
      const kek = new KekGenerator(provider);
      const a = await kek.generate('tenant-a', 'object-1', bits);
      const b = await kek.generate('tenant-a', 'object-1', bits);

      const first = (await kek.unwrap('tenant-a', 'object-1', a)).plaintext;
      const second = (await kek.unwrap('tenant-a', 'object-1', b)).plaintext;
      expect(first).toHaveLength(bits / 8);
      expect(first.equals(second)).toBe(false);
      await expect(kek.unwrap('tenant-a', 'object-2', a)).rejects.toBeInstanceOf(UnwrapFailed);
      await expect(kek.unwrap('tenant-b', 'object-1', a)).rejects.toBeInstanceOf(UnwrapFailed);
    },
  );

  it('refuses other lengths', async () => {
    const kek = new KekGenerator(provider);
    await expect(kek.generate('t', 'o', 512 as KekLengthBits)).rejects.toBeInstanceOf(InvalidKeyMaterial);
    await expect(kek.register('t', 'o', Buffer.alloc(31))).rejects.toBeInstanceOf(InvalidKeyMaterial);
    await expect(kek.register('t', 'o', Buffer.alloc(0))).rejects.toBeInstanceOf(InvalidKeyMaterial);
  });

  it('registers client-supplied material without touching the caller buffer', async () => {
    const kek = new KekGenerator(provider);
    const material = Buffer.alloc(24, 0x5a);
    const wrapped = await kek.register('tenant-a', 'object-9', material);
    expect(material).toEqual(Buffer.alloc(24, 0x5a));
    expect((await kek.unwrap('tenant-a', 'object-9', wrapped)).plaintext).toEqual(material);
  });

  it("draws from the provider's RNG when it has one, unless told to use node's", async () => {
    const drawn: number[] = [];
    const withRng: RootKeyProvider = {
      kind: provider.kind,
      wrap: (p, a) => provider.wrap(p, a),
      unwrap: (w, a) => provider.unwrap(w, a),
      rewrap: (w, a) => provider.rewrap(w, a),
      rotate: () => provider.rotate(),
      describe: () => provider.describe(),
      close: () => Promise.resolve(),
      randomBytes: (length) => {
        drawn.push(length);
        return Promise.resolve(Buffer.alloc(length, 0x11));
      },
    };
    const fromProvider = await new KekGenerator(withRng).generate('t', 'o', 192);
    expect(drawn).toEqual([24]);
    expect((await provider.unwrap(fromProvider, kekAad('t', 'o'))).plaintext).toEqual(Buffer.alloc(24, 0x11));

    await new KekGenerator(withRng, { randomSource: 'node' }).generate('t', 'o');
    expect(drawn).toEqual([24]);
  });

  it('rewraps to the current root key version', async () => {
    const kek = new KekGenerator(provider);
    const old = await kek.generate('tenant-a', 'object-r');
    const { version } = await provider.rotate();
    const moved = await kek.rewrap('tenant-a', 'object-r', old);
    expect(moved.rootKeyVersion).toBe(version);
    expect((await kek.unwrap('tenant-a', 'object-r', moved)).plaintext).toEqual(
      (await kek.unwrap('tenant-a', 'object-r', old)).plaintext,
    );
  });
});

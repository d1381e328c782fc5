import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kekAad } from './kek-aad';
import { ProviderUnavailable } from './key-wrapping.errors';
import { openRootKeyProvider } from './open-root-key-provider';

describe('openRootKeyProvider', () => {
  it('opens the provider the configuration names', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kw-open-'));
    try {
      const provider = await openRootKeyProvider({
        kind: 'local',
        keystorePath: join(dir, 'keystore.json'),
        createIfMissing: true,
        mechanism: 'AES-256-KWP-HKDF',
      });
      const wrapped = await provider.wrap(Buffer.alloc(32, 1), kekAad('t', 'o'));
      expect(provider.kind).toBe('local');
      expect(wrapped.mechanism).toBe('AES-256-KWP-HKDF');
      await provider.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('reports a PKCS#11 library that cannot be loaded', async () => {
    await expect(
      openRootKeyProvider({
        kind: 'pkcs11',
        library: 'no-such-pkcs11-module.so',
        tokenLabel: 't',
        pin: '1',
        keyLabel: 'k',
      }),
    ).rejects.toBeInstanceOf(ProviderUnavailable);
  });
});

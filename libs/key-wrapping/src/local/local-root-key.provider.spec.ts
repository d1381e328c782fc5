import { spawnSync } from 'node:child_process';
import { chmod, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kekAad } from '../kek-aad';
import { InvalidKeyMaterial, KeystoreInvalid, RootKeyNotFound, UnwrapFailed } from '../key-wrapping.errors';
import { withKeystoreLock } from './local-keystore-lock';
import { LocalMechanism, LocalRootKeyProvider } from './local-root-key.provider';

const kek = Buffer.from('000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f', 'hex');
const aad = kekAad('tenant-a', 'object-1');

let dir: string;
let path: string;
const opened: LocalRootKeyProvider[] = [];

async function openProvider(mechanism?: LocalMechanism): Promise<LocalRootKeyProvider> {
  const provider = await LocalRootKeyProvider.open({ keystorePath: path, createIfMissing: true, mechanism });
  opened.push(provider);
  return provider;
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kw-local-'));
  path = join(dir, 'keystore.json');
});

afterEach(async () => {
  await Promise.all(opened.splice(0).map((p) => p.close()));
  await rm(dir, { recursive: true, force: true });
});

describe.each<LocalMechanism>(['AES-256-GCM', 'AES-256-KWP-HKDF'])('local provider with %s', (mechanism) => {
  it('round-trips a KEK and records root key id, version and mechanism', async () => {
    const provider = await openProvider(mechanism);
    const wrapped = await provider.wrap(kek, aad);
    const description = await provider.describe();

    expect(wrapped.mechanism).toBe(mechanism);
    expect(wrapped.rootKeyId).toBe(description.rootKeyId);
    expect(wrapped.rootKeyVersion).toBe('1');
    expect(wrapped.ciphertext.includes(kek)).toBe(false);
    expect((await provider.unwrap(wrapped, aad)).plaintext).toEqual(kek);
  });

  it('refuses to unwrap with the AAD of another object or tenant', async () => {
    const provider = await openProvider(mechanism);
    const wrapped = await provider.wrap(kek, aad);

    await expect(provider.unwrap(wrapped, kekAad('tenant-a', 'object-2'))).rejects.toBeInstanceOf(UnwrapFailed);
    await expect(provider.unwrap(wrapped, kekAad('tenant-b', 'object-1'))).rejects.toBeInstanceOf(UnwrapFailed);
  });

  it('detects a tampered blob, whichever byte is flipped', async () => {
    const provider = await openProvider(mechanism);
    const wrapped = await provider.wrap(kek, aad);
    for (let i = 0; i < wrapped.ciphertext.length; i++) {
      const tampered = Buffer.from(wrapped.ciphertext);
      tampered[i] ^= 0x01;
      await expect(provider.unwrap({ ...wrapped, ciphertext: tampered }, aad)).rejects.toBeInstanceOf(UnwrapFailed);
    }
    await expect(
      provider.unwrap({ ...wrapped, ciphertext: wrapped.ciphertext.subarray(0, 8) }, aad),
    ).rejects.toBeInstanceOf(UnwrapFailed);
  });

  it('after rotation old blobs still unwrap and rewrap moves them to the new version', async () => {
    const provider = await openProvider(mechanism);
    const old = await provider.wrap(kek, aad);

    const rotated = await provider.rotate();
    expect(rotated.version).toBe('2');
    expect((await provider.describe()).currentVersion).toBe('2');

    expect((await provider.unwrap(old, aad)).plaintext).toEqual(kek);
    const moved = await provider.rewrap(old, aad);
    expect(moved.rootKeyVersion).toBe('2');
    expect((await provider.unwrap(moved, aad)).plaintext).toEqual(kek);
    expect(await provider.rewrap(moved, aad)).toBe(moved);
    expect((await provider.wrap(kek, aad)).rootKeyVersion).toBe('2');
  });
});

describe('local provider keystore', () => {
  it('creates the keystore with mode 0600 and keeps it so across rotations', async () => {
    const provider = await openProvider();
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    await provider.rotate();
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect(await readdir(dir)).toEqual(['keystore.json']);
  });

  it('a new instance over the same file unwraps blobs of every version', async () => {
    const first = await openProvider();
    const v1 = await first.wrap(kek, aad);
    await first.rotate();
    const v2 = await first.wrap(kek, aad);
    await first.close();

    const reopened = await LocalRootKeyProvider.open({ keystorePath: path });
    opened.push(reopened);
    expect((await reopened.describe()).currentVersion).toBe('2');
    expect((await reopened.unwrap(v1, aad)).plaintext).toEqual(kek);
    expect((await reopened.unwrap(v2, aad)).plaintext).toEqual(kek);
  });

  it('picks up a rotation made by another instance when it meets a newer blob', async () => {
    const reader = await openProvider();
    const rotator = await LocalRootKeyProvider.open({ keystorePath: path });
    opened.push(rotator);
    await rotator.rotate();
    const newer = await rotator.wrap(kek, aad);

    expect((await reader.unwrap(newer, aad)).plaintext).toEqual(kek);
    expect((await reader.describe()).currentVersion).toBe('2');
  });

  it('concurrent rotations of one instance produce consecutive versions', async () => {
    const provider = await openProvider();
    const versions = await Promise.all([provider.rotate(), provider.rotate(), provider.rotate()]);
    expect(versions.map((v) => v.version).sort()).toEqual(['2', '3', '4']);
    expect((await provider.describe()).versions).toEqual(['1', '2', '3', '4']);
  });

  it('refuses a keystore that group or others may read, or only warns when asked to', async () => {
    await (await openProvider()).close();
    await chmod(path, 0o644);

    const refused = LocalRootKeyProvider.open({ keystorePath: path });
    await expect(refused).rejects.toBeInstanceOf(KeystoreInvalid);
    await expect(refused).rejects.toMatchObject({ problem: 'insecure' });

    const warnings: string[] = [];
    const lenient = await LocalRootKeyProvider.open({
      keystorePath: path,
      permissions: 'warn',
      warn: (m) => warnings.push(m),
    });
    opened.push(lenient);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('0644');
  });

  it('reports a missing keystore clearly instead of creating one unasked', async () => {
    const missing = LocalRootKeyProvider.open({ keystorePath: path });
    await expect(missing).rejects.toMatchObject({ problem: 'missing', message: expect.stringContaining(path) });
    await expect(stat(path)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('reports a corrupt keystore without quoting its content', async () => {
    const provider = await openProvider();
    await provider.close();
    const original = await readFile(path, 'utf8');
    const key = (JSON.parse(original) as { versions: { key: string }[] }).versions[0].key;

    for (const corrupt of [original.slice(0, original.length / 2), original.replace('"format"', '"fmt"'), '[]']) {
      await writeFile(path, corrupt, { mode: 0o600 });
      const error = (await LocalRootKeyProvider.open({ keystorePath: path }).catch((e: unknown) => e)) as Error;
      expect(error).toBeInstanceOf(KeystoreInvalid);
      expect(error).toMatchObject({ problem: 'corrupt' });
      expect(error.message).not.toContain(key.slice(0, 12));
    }
  });

  it('rejects a blob of another root key', async () => {
    const provider = await openProvider();
    const wrapped = await provider.wrap(kek, aad);
    await expect(provider.unwrap({ ...wrapped, rootKeyId: 'local-other' }, aad)).rejects.toBeInstanceOf(
      RootKeyNotFound,
    );
    await expect(provider.unwrap({ ...wrapped, rootKeyVersion: '7' }, aad)).rejects.toBeInstanceOf(RootKeyNotFound);
  });
});

describe('local provider rotation across instances', () => {
  it('never loses a version when several instances rotate the same keystore at once', async () => {
    const a = await openProvider();
    const b = await LocalRootKeyProvider.open({ keystorePath: path });
    opened.push(b);
    const versions = await Promise.all([a.rotate(), b.rotate(), a.rotate(), b.rotate()]);
    expect(versions.map((v) => v.version).sort()).toEqual(['2', '3', '4', '5']);

    const fresh = await LocalRootKeyProvider.open({ keystorePath: path });
    opened.push(fresh);
    expect((await fresh.describe()).versions).toEqual(['1', '2', '3', '4', '5']);
    expect(await readdir(dir)).toEqual(['keystore.json']);
  });

  it('takes over a lock left by a process that no longer exists', async () => {
    const provider = await openProvider();
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    await writeFile(`${path}.lock`, String(gone), { mode: 0o600 });
    expect((await provider.rotate()).version).toBe('2');
  });

  it('reports a lock held by a live process instead of breaking it', async () => {
    const provider = await openProvider();
    await writeFile(`${path}.lock`, String(process.ppid), { mode: 0o600 });
    await expect(withKeystoreLock(path, () => provider.rotate(), 100)).rejects.toMatchObject({ problem: 'locked' });
  });

  it('refuses to wrap nothing', async () => {
    const provider = await openProvider();
    await expect(provider.wrap(Buffer.alloc(0), aad)).rejects.toBeInstanceOf(InvalidKeyMaterial);
  });
});

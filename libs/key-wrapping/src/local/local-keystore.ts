/**
 * The local keystore file: the root key versions of the `local` provider, for development and the embedded mode.
 *
 * The file is JSON, created with mode 0600 and refused (or, if asked, only warned about) when group or others
 * may read it. Every write goes to a temporary file in the same directory that is fsynced and then renamed over
 * the old one, so a crash leaves either the old or the new keystore, never half of one.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { constants } from 'node:fs';
import { link, open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { KeystoreInvalid } from '../key-wrapping.errors';
import { zeroize } from '../zeroize';

export const KEYSTORE_FORMAT = 'kmip-vmware-local-keystore';
export const ROOT_KEY_BYTES = 32;

export interface KeystoreVersion {
  readonly version: number;
  readonly createdAt: string;
  /** 32 bytes of AES-256 key. */
  readonly key: Buffer;
}

export interface KeystoreContents {
  readonly rootKeyId: string;
  readonly currentVersion: number;
  readonly versions: readonly KeystoreVersion[];
}

/** What to do with a keystore that group or others may read. */
export type KeystorePermissionPolicy = 'refuse' | 'warn';

export interface ReadKeystoreOptions {
  readonly permissions?: KeystorePermissionPolicy;
  readonly warn?: (message: string) => void;
}

interface KeystoreJson {
  format: string;
  formatVersion: number;
  rootKeyId: string;
  currentVersion: number;
  versions: { version: number; createdAt: string; key: string }[];
}

export async function readKeystore(path: string, options: ReadKeystoreOptions = {}): Promise<KeystoreContents> {
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new KeystoreInvalid(`keystore ${path} does not exist`, 'missing');
    throw new KeystoreInvalid(`keystore ${path} cannot be opened (${code ?? 'unknown error'})`, 'io');
  }
  let raw: Buffer | undefined;
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new KeystoreInvalid(`keystore ${path} is not a regular file`, 'corrupt');
    if (process.platform !== 'win32' && (stat.mode & 0o077) !== 0) {
      const mode = (stat.mode & 0o777).toString(8).padStart(4, '0');
      const message = `keystore ${path} has mode ${mode}: group or others may access it (expected 0600)`;
      if ((options.permissions ?? 'refuse') === 'refuse') throw new KeystoreInvalid(message, 'insecure');
      options.warn?.(message);
    }
    raw = await handle.readFile();
  } finally {
    await handle.close();
  }
  try {
    return parseKeystore(path, raw);
  } finally {
    zeroize(raw);
  }
}

function parseKeystore(path: string, raw: Buffer): KeystoreContents {
  let json: unknown;
  try {
    json = JSON.parse(raw.toString('utf8'));
  } catch {
    // The parser's own message quotes the text around the error, which may be key material.
    throw new KeystoreInvalid(`keystore ${path} is not valid JSON`, 'corrupt');
  }
  const invalid = (what: string): KeystoreInvalid =>
    new KeystoreInvalid(`keystore ${path} is corrupt: ${what}`, 'corrupt');
  if (!isRecord(json) || json.format !== KEYSTORE_FORMAT) throw invalid(`format is not ${KEYSTORE_FORMAT}`);
  if (json.formatVersion !== 1) throw invalid('unsupported formatVersion');
  if (typeof json.rootKeyId !== 'string' || json.rootKeyId.length === 0) throw invalid('rootKeyId missing');
  if (!Array.isArray(json.versions) || json.versions.length === 0) throw invalid('no root key versions');
  const versions: KeystoreVersion[] = [];
  for (const entry of json.versions as unknown[]) {
    if (!isRecord(entry) || !Number.isSafeInteger(entry.version) || (entry.version as number) < 1) {
      throw invalid('a version number is missing or invalid');
    }
    const version = entry.version as number;
    if (typeof entry.key !== 'string' || !/^[A-Za-z0-9+/]{43}=$/.test(entry.key)) {
      throw invalid(`version ${version} has no 32-byte base64 key`);
    }
    if (versions.some((v) => v.version === version)) throw invalid(`version ${version} appears twice`);
    const createdAt = typeof entry.createdAt === 'string' ? entry.createdAt : '';
    versions.push({ version, createdAt, key: Buffer.from(entry.key, 'base64') });
  }
  const current = json.currentVersion;
  if (typeof current !== 'number' || !versions.some((v) => v.version === current)) {
    zeroize(...versions.map((v) => v.key));
    throw invalid('currentVersion does not name a stored version');
  }
  return { rootKeyId: json.rootKeyId, currentVersion: current, versions };
}

/** Creates a new keystore with one fresh root key version; fails if the file already exists. */
export async function createKeystore(path: string): Promise<KeystoreContents> {
  const contents: KeystoreContents = {
    rootKeyId: `local-${randomUUID()}`,
    currentVersion: 1,
    versions: [{ version: 1, createdAt: new Date().toISOString(), key: randomBytes(ROOT_KEY_BYTES) }],
  };
  const temp = await writeTemp(path, contents);
  try {
    // link() fails with EEXIST instead of replacing: create-if-absent, atomically.
    await link(temp, path);
  } catch (err) {
    zeroize(...contents.versions.map((v) => v.key));
    if ((err as NodeJS.ErrnoException).code === 'EEXIST')
      throw new KeystoreInvalid(`keystore ${path} already exists`, 'exists');
    throw new KeystoreInvalid(`keystore ${path} cannot be created (${(err as NodeJS.ErrnoException).code})`, 'io');
  } finally {
    await unlink(temp).catch(() => undefined);
  }
  await syncDirectory(path);
  return contents;
}

/** Replaces the keystore atomically. */
export async function writeKeystore(path: string, contents: KeystoreContents): Promise<void> {
  const temp = await writeTemp(path, contents);
  try {
    await rename(temp, path);
  } catch (err) {
    await unlink(temp).catch(() => undefined);
    throw new KeystoreInvalid(`keystore ${path} cannot be written (${(err as NodeJS.ErrnoException).code})`, 'io');
  }
  await syncDirectory(path);
}

async function writeTemp(path: string, contents: KeystoreContents): Promise<string> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  const json: KeystoreJson = {
    format: KEYSTORE_FORMAT,
    formatVersion: 1,
    rootKeyId: contents.rootKeyId,
    currentVersion: contents.currentVersion,
    versions: contents.versions.map((v) => ({
      version: v.version,
      createdAt: v.createdAt,
      key: v.key.toString('base64'),
    })),
  };
  const data = Buffer.from(JSON.stringify(json, null, 2) + '\n', 'utf8');
  let handle;
  try {
    handle = await open(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600);
  } catch (err) {
    zeroize(data);
    throw new KeystoreInvalid(
      `keystore directory of ${path} is not writable (${(err as NodeJS.ErrnoException).code})`,
      'io',
    );
  }
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (err) {
    await handle.close();
    await unlink(temp).catch(() => undefined);
    throw new KeystoreInvalid(`keystore ${path} cannot be written (${(err as NodeJS.ErrnoException).code})`, 'io');
  } finally {
    zeroize(data);
  }
  await handle.close();
  return temp;
}

async function syncDirectory(path: string): Promise<void> {
  if (process.platform === 'win32') return;
  const dir = await open(dirname(path), constants.O_RDONLY);
  try {
    await dir.sync();
  } finally {
    await dir.close();
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

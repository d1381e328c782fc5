import { randomBytes } from 'node:crypto';
import { link, readFile, unlink, writeFile } from 'node:fs/promises';

/** Private keys are readable by their owner only. */
export const KEY_FILE_MODE = 0o600;
export const CERTIFICATE_FILE_MODE = 0o644;

export async function readPemFile(path: string): Promise<string> {
  return readFile(path, 'utf8');
}

/**
 * Writes a private key file with mode 0600. Fails with EEXIST rather than replace an existing file: a key is never
 * overwritten. The file appears complete or not at all (written aside, then hard-linked into place).
 */
export async function writeKeyFile(path: string, pem: string): Promise<void> {
  await writeNewFile(path, pem, KEY_FILE_MODE);
}

/** Writes a certificate file (mode 0644), with the same never-overwrite, all-or-nothing rule as key files. */
export async function writeCertificateFile(path: string, pem: string): Promise<void> {
  await writeNewFile(path, pem, CERTIFICATE_FILE_MODE);
}

async function writeNewFile(path: string, text: string, mode: number): Promise<void> {
  const temporary = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  // The mode is applied at creation, so the content is never readable by others, even for an instant.
  await writeFile(temporary, text, { mode, flag: 'wx' });
  try {
    await link(temporary, path);
  } finally {
    await unlink(temporary);
  }
}

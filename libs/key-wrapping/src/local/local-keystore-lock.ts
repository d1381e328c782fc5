/**
 * Mutual exclusion between processes around a keystore's read-modify-write (rotation), so that two rotations
 * never both write "the next version" and lose one of them: a `<keystore>.lock` file created with O_EXCL that
 * holds the owner's pid. A lock whose owner no longer exists is taken over; one still held after `timeoutMs`
 * is reported (never broken).
 */
import { constants } from 'node:fs';
import { open, readFile, unlink } from 'node:fs/promises';
import { KeystoreInvalid } from '../key-wrapping.errors';

export async function withKeystoreLock<T>(keystorePath: string, task: () => Promise<T>, timeoutMs = 5_000): Promise<T> {
  const lock = `${keystorePath}.lock`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const handle = await open(lock, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600);
      try {
        await handle.writeFile(String(process.pid));
      } finally {
        await handle.close();
      }
      break;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') throw new KeystoreInvalid(`cannot lock keystore ${keystorePath} (${code})`, 'io');
      if (await ownerIsGone(lock)) {
        await unlink(lock).catch(() => undefined);
        continue;
      }
      if (Date.now() > deadline) {
        throw new KeystoreInvalid(`keystore ${keystorePath} is locked by another process (${lock})`, 'locked');
      }
      await new Promise((resolve) => setTimeout(resolve, 10 + Math.random() * 40));
    }
  }
  try {
    return await task();
  } finally {
    await unlink(lock).catch(() => undefined);
  }
}

async function ownerIsGone(lock: string): Promise<boolean> {
  let pid: number;
  try {
    pid = Number((await readFile(lock, 'utf8')).trim());
  } catch {
    return false; // released meanwhile: just try again
  }
  if (!Number.isSafeInteger(pid) || pid <= 0) return false; // still being written
  try {
    process.kill(pid, 0);
    return false;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

import { readFile, unlink, writeFile } from 'node:fs/promises';

/** Someone else has the data directory open. */
export class DataDirBusyError extends Error {
  constructor(
    readonly path: string,
    readonly pid: number,
  ) {
    super(`${path} is held by process ${pid}`);
    this.name = 'DataDirBusyError';
  }
}

export interface DataDirLock {
  release(): Promise<void>;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The pid recorded in a lock file, if the file exists and that process is alive. */
export async function lockHolder(path: string): Promise<number | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
  const pid = Number(text.trim());
  return Number.isSafeInteger(pid) && pid > 0 && pid !== process.pid && alive(pid) ? pid : undefined;
}

/**
 * Takes the data directory for this process: PGlite is one process's database, so the server and an offline kmipctl
 * must never open it at the same time. The lock file holds the owner's pid; a dead owner's lock is taken over.
 */
export async function lockDataDir(path: string): Promise<DataDirLock> {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await writeFile(path, `${process.pid}\n`, { flag: 'wx', mode: 0o600 });
      let released = false;
      return {
        release: async () => {
          if (released) return;
          released = true;
          await unlink(path).catch(() => undefined);
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = await lockHolder(path);
      if (holder !== undefined) throw new DataDirBusyError(path, holder);
      // A stale lock (its process is gone): remove it and try again.
      await unlink(path).catch(() => undefined);
    }
  }
  throw new Error(`${path} could not be taken`);
}

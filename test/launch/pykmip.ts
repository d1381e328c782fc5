import { execFile, spawn } from 'node:child_process';
import { join } from 'node:path';

/** Debian's python3 with python3-pykmip (the README's prerequisite). */
export const PYTHON = '/usr/bin/python3';
const SCRIPT = join(__dirname, 'py', 'kmip_client.py');

export interface ClientFiles {
  readonly cert: string;
  readonly key: string;
  readonly ca: string;
}

export type KeyResult = { ok: true; key: string } | { ok: false; reason?: string; error?: string };

function lastJson<T>(stdout: string): T {
  const line = stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(line) as T;
}

export function runShell(
  command: string,
  timeoutMs = 60_000,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('bash', ['-c', command], { timeout: timeoutMs }, (error, stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr }),
    );
  });
}

function pykmip<T>(args: readonly string[]): Promise<T> {
  return new Promise((resolve, reject) => {
    execFile(PYTHON, [SCRIPT, ...args], { timeout: 60_000 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${args[0]} failed: ${stderr}${stdout}`));
      else resolve(lastJson<T>(stdout));
    });
  });
}

export function createOnAGetOnB(
  host: string,
  portA: number,
  portB: number,
  files: ClientFiles,
): Promise<{ uid: string; a: KeyResult; b: KeyResult }> {
  return pykmip(['create-on-a-get-on-b', host, String(portA), String(portB), files.cert, files.key, files.ca]);
}

export function getKey(host: string, port: number, files: ClientFiles, uid: string): Promise<KeyResult> {
  return pykmip(['get', host, String(port), files.cert, files.key, files.ca, uid]);
}

/**
 * Connections held open on each port: `before` is what Gets answered on them; `release()` makes the script try
 * again on the same connections (`after`) and on new ones (`fresh`).
 */
export async function holdConnections(
  host: string,
  ports: readonly number[],
  files: ClientFiles,
  uid: string,
): Promise<{ before: KeyResult[]; release(): Promise<{ after: KeyResult[]; fresh: KeyResult[] }> }> {
  const child = spawn(PYTHON, [SCRIPT, 'held', host, ports.join(','), files.cert, files.key, files.ca, uid], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const deadline = Date.now() + 60_000;
  while (!stdout.includes('\n')) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill();
      throw new Error(`the held connections did not open: ${stderr}${stdout}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const { before } = JSON.parse(stdout.split('\n')[0]) as { before: KeyResult[] };
  return {
    before,
    release: async () => {
      child.stdin.end('go\n');
      const code = await exited;
      if (code !== 0) throw new Error(`the held connections script failed: ${stderr}${stdout}`);
      return lastJson(stdout);
    },
  };
}

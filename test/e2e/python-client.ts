/**
 * Runs the PyKMIP client scripts of `test/e2e/py/` (Debian's python3-pykmip 0.10 is the KMIP peer of these tests) and
 * reads what they print: one JSON document, or one JSON line per event for the long-running ones.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';

/** Debian's interpreter, where python3-pykmip is installed (a pyenv or venv python on PATH would not have it). */
export const PYTHON = process.env.PYKMIP_PYTHON ?? '/usr/bin/python3';
const SCRIPTS = join(__dirname, 'py');

/** The TLS files of a KMIP client: its certificate and key, and the CA that signed the server's certificate. */
export interface ClientTls {
  readonly cert: string;
  readonly key: string;
  readonly ca: string;
}

export function tlsArgs(client: ClientTls): string[] {
  return ['--cert', client.cert, '--key', client.key, '--ca', client.ca];
}

export function endpointArgs(port: number, host = '127.0.0.1'): string[] {
  return ['--host', host, '--port', String(port)];
}

function spawnScript(script: string, args: readonly string[]): ChildProcessWithoutNullStreams {
  return spawn(PYTHON, [join(SCRIPTS, script), ...args], {
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', PYTHONDONTWRITEBYTECODE: '1', PYTHONUNBUFFERED: '1' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}

/** Runs a script to its end and parses the JSON document it printed; its stderr is attached to any failure. */
export async function runScript<T>(script: string, args: readonly string[], timeoutMs = 120_000): Promise<T> {
  const child = spawnScript(script, args);
  child.stdin.end();
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const code = await new Promise<number | string>((resolve) =>
    child.once('close', (exitCode, signal) => resolve(exitCode ?? signal ?? -1)),
  );
  clearTimeout(timer);
  if (code !== 0) throw new Error(`${script} ended with ${code}:\n${stderr}\n${stdout}`);
  const last = stdout.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(last) as T;
  } catch {
    throw new Error(`${script} printed no JSON:\n${stderr}\n${stdout}`);
  }
}

/**
 * A script that keeps running and prints one JSON line per event (create_loop.py, tls_session.py --mode held). Lines
 * are collected as they come; the test can wait for one, write a command to the script's stdin, and wait for its end.
 */
export class ScriptSession<E extends object> {
  readonly events: E[] = [];
  private stderr = '';
  private partial = '';
  private readonly exited: Promise<number | string>;
  private readonly waiters = new Set<() => void>();

  private constructor(
    private readonly script: string,
    private readonly child: ChildProcessWithoutNullStreams,
  ) {
    child.stdout.on('data', (chunk: Buffer) => this.take(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.exited = new Promise((resolve) =>
      child.once('close', (code, signal) => {
        resolve(code ?? signal ?? -1);
        this.wake();
      }),
    );
  }

  static start<E extends object>(script: string, args: readonly string[]): ScriptSession<E> {
    return new ScriptSession<E>(script, spawnScript(script, args));
  }

  /** Resolves with the first event (already printed or still to come) that matches, or rejects after `timeoutMs`. */
  async waitFor(match: (event: E) => boolean, timeoutMs: number, what: string): Promise<E> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.events.find(match);
      if (found !== undefined) return found;
      if (this.child.exitCode !== null || this.child.signalCode !== null) {
        throw new Error(`${this.script} ended before ${what}:\n${this.stderr}`);
      }
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`${this.script}: no ${what} within ${timeoutMs} ms:\n${this.stderr}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, left);
        function done(): void {
          clearTimeout(timer);
          resolve();
        }
        this.waiters.add(() => done());
      });
    }
  }

  /** How many events so far match. */
  count(match: (event: E) => boolean): number {
    return this.events.filter(match).length;
  }

  send(line: string): void {
    this.child.stdin.write(`${line}\n`);
  }

  /** Closes stdin (the scripts take that as "stop") and resolves with all events once the script has ended. */
  async finish(timeoutMs = 120_000): Promise<E[]> {
    this.child.stdin.end();
    const timer = setTimeout(() => this.child.kill('SIGKILL'), timeoutMs);
    const code = await this.exited;
    clearTimeout(timer);
    if (code !== 0) throw new Error(`${this.script} ended with ${code}:\n${this.stderr}`);
    return this.events;
  }

  /** Stops the script without waiting for it to finish its work (cleanup after a failed test). */
  kill(): void {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
  }

  private take(text: string): void {
    this.partial += text;
    const lines = this.partial.split('\n');
    this.partial = lines.pop() ?? '';
    for (const line of lines) {
      if (line.trim() !== '') this.events.push(JSON.parse(line) as E);
    }
    this.wake();
  }

  private wake(): void {
    const waiters = [...this.waiters];
    this.waiters.clear();
    for (const wake of waiters) wake();
  }
}

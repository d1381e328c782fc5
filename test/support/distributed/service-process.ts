import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync, statSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { commandLine, isAlive, signal, sleep, terminate } from '../process-status';
import { REPO_ROOT, TS_NODE_ARGS } from '../repo-root';

export interface ServiceSpec {
  readonly name: string;
  /** The TypeScript entry point, relative to the repository root. */
  readonly entry: string;
  readonly env: Readonly<Record<string, string>>;
  /** A log line that says the service is ready. */
  readonly ready: RegExp;
}

/** `KMIP_CPU_PROF_DIR=<dir>`: each service writes a V8 CPU profile there when it exits (profiling the stack). */
function profileArgs(): string[] {
  const dir = process.env.KMIP_CPU_PROF_DIR;
  return dir ? ['--cpu-prof', `--cpu-prof-dir=${dir}`] : [];
}

/** The tail of a log for error messages. */
function tail(text: string, lines = 30): string {
  return text.split('\n').slice(-lines).join('\n');
}

/**
 * One service of a distributed deployment as its own process: started from source (ts-node), detached, its output
 * appended to `<run dir>/logs/<name>.log` and its PID in `<run dir>/pids/<name>.pid`, so that another process
 * (`npm run stop:distributed`) can stop it by PID.
 */
export class ServiceProcess {
  private currentPid: number | undefined;

  constructor(
    readonly spec: ServiceSpec,
    private readonly runDir: string,
  ) {}

  get logPath(): string {
    return join(this.runDir, 'logs', `${this.spec.name}.log`);
  }

  get pidPath(): string {
    return join(this.runDir, 'pids', `${this.spec.name}.pid`);
  }

  /** The PID while the process runs. */
  get pid(): number | undefined {
    return this.currentPid !== undefined && isAlive(this.currentPid) ? this.currentPid : undefined;
  }

  /** Everything the service printed, over all its starts. */
  logs(): string {
    try {
      return readFileSync(this.logPath, 'utf8');
    } catch {
      return '';
    }
  }

  /** Starts the process and resolves once it printed its ready line (rejects with its output if it exits). */
  async start(timeoutMs: number): Promise<void> {
    if (this.pid !== undefined) throw new Error(`${this.spec.name} is already running (PID ${this.pid})`);
    const from = this.logSize();
    const fd = openSync(this.logPath, 'a', 0o600);
    let pid: number | undefined;
    try {
      const child = spawn(process.execPath, [...profileArgs(), ...TS_NODE_ARGS, join(REPO_ROOT, this.spec.entry)], {
        cwd: REPO_ROOT,
        env: { ...process.env, ...this.spec.env },
        stdio: ['ignore', fd, fd],
        detached: true,
      });
      child.unref();
      pid = child.pid;
      // A child whose executable cannot start emits 'error' instead of running: never unhandled.
      child.on('error', () => undefined);
    } finally {
      closeSync(fd);
    }
    if (pid === undefined) throw new Error(`${this.spec.name} could not be started`);
    this.currentPid = pid;
    writeFileSync(this.pidPath, `${pid}\n`);
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const output = this.logsFrom(from);
      if (this.spec.ready.test(output)) return;
      if (!isAlive(pid)) {
        throw new Error(`${this.spec.name} exited during its start:\n${tail(output)}`);
      }
      if (Date.now() > deadline) {
        await terminate(pid, 5_000);
        throw new Error(`${this.spec.name} was not ready within ${timeoutMs} ms:\n${tail(output)}`);
      }
      await sleep(100);
    }
  }

  /** Sends a signal to the running process (kill -9 for the fault tests). */
  signal(name: NodeJS.Signals): void {
    if (this.currentPid !== undefined) signal(this.currentPid, name);
  }

  async stop(graceMs: number): Promise<void> {
    if (this.currentPid !== undefined) await terminate(this.currentPid, graceMs);
    this.currentPid = undefined;
    rmSync(this.pidPath, { force: true });
  }

  /** The log from a byte offset (the log holds multi-byte characters: offsets are in bytes). */
  private logsFrom(offset: number): string {
    try {
      return readFileSync(this.logPath).subarray(offset).toString('utf8');
    } catch {
      return '';
    }
  }

  private logSize(): number {
    try {
      return statSync(this.logPath).size;
    } catch {
      return 0;
    }
  }
}

/** Stops the services whose PID files are in the run directory, checking each PID still runs our entry point. */
export async function stopRecordedServices(
  runDir: string,
  names: readonly string[],
  entries: ReadonlyMap<string, string>,
  graceMs: number,
): Promise<string[]> {
  const stopped: string[] = [];
  for (const name of names) {
    const path = join(runDir, 'pids', `${name}.pid`);
    let pid: number;
    try {
      pid = Number(readFileSync(path, 'utf8').trim());
    } catch {
      continue;
    }
    const entry = entries.get(name);
    if (
      Number.isSafeInteger(pid) &&
      pid > 0 &&
      isAlive(pid) &&
      entry !== undefined &&
      commandLine(pid).includes(entry)
    ) {
      await terminate(pid, graceMs);
      stopped.push(`${name} (PID ${pid})`);
    }
    rmSync(path, { force: true });
  }
  return stopped;
}

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from '../free-port';
import { runKmipctl, type KmipctlResult } from '../kmipctl-child';
import { isAlive, sleep, waitForExit } from '../process-status';
import { REPO_ROOT, TS_NODE_ARGS } from '../repo-root';
import { readBanner, READY_LINE, type PrintedEndpoint } from './embedded-banner';

export interface EmbeddedOptions {
  /** Default: a new temporary directory (removed by `stop()`). */
  readonly dataDir?: string;
  /** Default: a free port, kept across restarts. */
  readonly port?: number;
  /** The REST API's port; default a free one. */
  readonly auditPort?: number;
  /** More environment for the server (KMIP_TENANT, KMIP_LOG_OPERATIONS, …). */
  readonly env?: Readonly<Record<string, string>>;
  /** Default 120 s (from source, on a shared machine; the first start also creates the database). */
  readonly startTimeoutMs?: number;
}

export interface EmbeddedProcess extends PrintedEndpoint {
  readonly dataDir: string;
  readonly auditUrl: string;
  /** The CA's key (to issue certificates outside kmipctl, e.g. one on no allow-list). */
  readonly caKeyPath: string;
  readonly pid: number | undefined;
  /** What the current start printed (stdout and stderr). */
  output(): string;
  /** Everything printed over all starts. */
  logs(): string;
  /** Runs kmipctl against this data directory (`--data-dir` is added). */
  kmipctl(args: readonly string[]): Promise<KmipctlResult>;
  /** Sends a signal (default SIGKILL); for SIGKILL and SIGTERM waits until the process is gone. */
  kill(signal?: NodeJS.Signals): Promise<void>;
  /** Stops the server (SIGTERM) if it runs and starts it again on the same data directory and ports. */
  restart(): Promise<void>;
  /** How the last run ended: its exit code, or the signal that ended it (undefined while it runs). */
  readonly exitStatus: number | string | undefined;
  /** Stops the server (SIGTERM); removes the data directory if this launcher made it. */
  stop(): Promise<void>;
}

const STOP_GRACE_MS = 30_000;

/** `npm start` as a child process on a data directory of its own: resolves once it printed its banner. */
export async function startEmbedded(options: EmbeddedOptions = {}): Promise<EmbeddedProcess> {
  const temporary = options.dataDir === undefined;
  const dataDir = resolve(options.dataDir ?? join(await mkdtemp(join(tmpdir(), 'kmip-embedded-')), 'data'));
  const env = {
    KMIP_DATA_DIR: dataDir,
    KMIP_HOST: '127.0.0.1',
    KMIP_PORT: String(options.port ?? (await freePort())),
    KMIP_AUDIT_PORT: String(options.auditPort ?? (await freePort())),
    ...options.env,
  };
  const timeoutMs = options.startTimeoutMs ?? 120_000;
  let all = '';
  let current = '';
  let child: ChildProcess | undefined;
  let exit: Promise<number | string> = Promise.resolve(0);
  let exitStatus: number | string | undefined;

  const launch = async (): Promise<PrintedEndpoint & { auditUrl: string }> => {
    current = '';
    const started = spawn(process.execPath, [...TS_NODE_ARGS, join(REPO_ROOT, 'services/embedded/src/main.ts')], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = started;
    const collect = (chunk: Buffer): void => {
      all += chunk.toString();
      current += chunk.toString();
    };
    started.stdout.on('data', collect);
    started.stderr.on('data', collect);
    exitStatus = undefined;
    exit = new Promise((resolveExit) =>
      started.once('exit', (code, signal) => {
        exitStatus = code ?? signal ?? 'unknown';
        resolveExit(exitStatus);
      }),
    );
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (READY_LINE.test(current)) {
        const printed = readBanner(current);
        if (printed.auditUrl === undefined) throw new Error('the embedded server printed no audit/inventory API');
        return printed as PrintedEndpoint & { auditUrl: string };
      }
      if (started.exitCode !== null || started.signalCode !== null) {
        throw new Error(`the embedded server exited during its start:\n${current}`);
      }
      if (Date.now() > deadline) {
        started.kill('SIGKILL');
        throw new Error(`the embedded server was not ready within ${timeoutMs} ms:\n${current}`);
      }
      await sleep(100);
    }
  };

  const stopChild = async (): Promise<number | string | undefined> => {
    const running = child;
    if (running === undefined || running.pid === undefined) return undefined;
    if (isAlive(running.pid)) running.kill('SIGTERM');
    const timer = setTimeout(() => running.kill('SIGKILL'), STOP_GRACE_MS);
    try {
      return await exit;
    } finally {
      clearTimeout(timer);
    }
  };

  let printed: PrintedEndpoint & { auditUrl: string };
  try {
    printed = await launch();
  } catch (error) {
    await stopChild();
    if (temporary) await rm(join(dataDir, '..'), { recursive: true, force: true });
    throw error;
  }

  const server: EmbeddedProcess = {
    ...printed,
    dataDir,
    caKeyPath: join(dataDir, 'certs', 'ca-key.pem'),
    get exitStatus() {
      return exitStatus;
    },
    get pid() {
      return child?.pid !== undefined && isAlive(child.pid) ? child.pid : undefined;
    },
    output: () => current,
    logs: () => all,
    kmipctl: (args) => runKmipctl([...args, '--data-dir', dataDir]),
    kill: async (signal = 'SIGKILL') => {
      const pid = child?.pid;
      if (pid === undefined || !isAlive(pid)) throw new Error('the embedded server is not running');
      child!.kill(signal);
      if (signal === 'SIGKILL' || signal === 'SIGTERM') {
        await waitForExit(pid, STOP_GRACE_MS);
        await exit;
      }
    },
    restart: async () => {
      await stopChild();
      Object.assign(server, await launch());
    },
    stop: async () => {
      await stopChild();
      if (temporary) await rm(join(dataDir, '..'), { recursive: true, force: true });
    },
  };
  return server;
}

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { KmipClientConnection } from './kmip-client-connection';
import { discoverVersionsRequest } from './kmip-requests';
import { createLoadPki } from './load-pki';
import type { StartedTarget } from './load-target';
import type { ProcessInfo } from './process-cpu';
import { freePort } from './free-port';
import { checkResponse } from './response-check';

export interface PykmipServerOptions {
  /** Default `/usr/bin/pykmip-server` (Debian's python3-pykmip 0.10), or $PYKMIP_SERVER. */
  readonly executable?: string;
  /** How long the server may take to answer its first Discover Versions. Default 60 s (Python imports are slow). */
  readonly startTimeoutMs?: number;
  /**
   * PyKMIP's logging level. Default WARNING: at INFO it writes several lines per request into its log, which would
   * slow it down in a benchmark. Never DEBUG where keys matter: it logs every response in hex, key material included.
   */
  readonly loggingLevel?: 'DEBUG' | 'INFO' | 'WARNING' | 'ERROR';
}

/** A running PyKMIP server; its log file (no key material below DEBUG) lies in the directory `stop()` removes. */
export interface PykmipTarget extends StartedTarget {
  readonly logPath: string;
}

export const DEFAULT_PYKMIP_SERVER = '/usr/bin/pykmip-server';

/**
 * Starts the PyKMIP reference server on 127.0.0.1 and a free port, with its own CA, certificates, SQLite database
 * and log in a temporary directory. It runs in its own process group (it forks a multiprocessing manager and a
 * policy monitor), which `stop()` ends by the server's PID; the directory is removed then.
 */
export async function startPykmipServer(options: PykmipServerOptions = {}): Promise<PykmipTarget> {
  const dir = await mkdtemp(join(tmpdir(), 'kmip-load-pykmip-'));
  try {
    const pki = await createLoadPki(dir);
    const port = await freePort();
    const configPath = join(dir, 'server.conf');
    await mkdir(join(dir, 'policies'));
    // The [server] section of PyKMIP 0.10's config file (kmip/services/server/config.py); the six first are required.
    const config = [
      '[server]',
      'hostname=127.0.0.1',
      `port=${port}`,
      `certificate_path=${pki.paths.serverCertificate}`,
      `key_path=${pki.paths.serverKey}`,
      `ca_path=${pki.paths.ca}`,
      'auth_suite=TLS1.2',
      `policy_path=${join(dir, 'policies')}`,
      'enable_tls_client_auth=True',
      `logging_level=${options.loggingLevel ?? 'WARNING'}`,
      `database_path=${join(dir, 'pykmip.db')}`,
    ];
    await writeFile(configPath, config.join('\n') + '\n');
    const executable = options.executable ?? process.env.PYKMIP_SERVER ?? DEFAULT_PYKMIP_SERVER;
    const logPath = join(dir, 'server.log');
    const child = spawn(executable, ['-f', configPath, '-l', logPath], {
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const server = new PykmipProcess(child, dir);
    const target = {
      host: '127.0.0.1',
      port,
      ca: pki.caPem,
      cert: pki.clientCertificatePem,
      key: pki.clientKeyPem,
      logPath,
      stop: () => server.stop(),
      // The server runs in a process group of its own, led by the spawned process.
      classifyProcess: (p: ProcessInfo) => (p.pgid === child.pid ? 'pykmip' : undefined),
    };
    try {
      await server.waitUntilServing(target, options.startTimeoutMs ?? 60_000);
    } catch (err) {
      await server.stop();
      throw err;
    }
    return target;
  } catch (err) {
    await rm(dir, { recursive: true, force: true });
    throw err;
  }
}

/** The spawned server: its exit, the tail of its stderr for error messages, and how to end its process group. */
class PykmipProcess {
  private readonly exited: Promise<void>;
  private exitDescription: string | undefined;
  private stderrTail = '';
  private readonly killOnExit = () => this.signalGroup('SIGKILL');

  constructor(
    private readonly child: ChildProcess,
    private readonly dir: string,
  ) {
    this.exited = new Promise((resolve) => {
      child.once('exit', (code, signal) => {
        this.exitDescription = signal === null ? `exit code ${code}` : `signal ${signal}`;
        resolve();
      });
      child.once('error', (err) => {
        this.exitDescription = `cannot start: ${err.message}`;
        resolve();
      });
    });
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (text: string) => {
      this.stderrTail = (this.stderrTail + text).slice(-2000);
    });
    // If this process dies without calling stop(), the server must not outlive it.
    process.once('exit', this.killOnExit);
  }

  /** Polls with a Discover Versions until the server answers it with Success. */
  async waitUntilServing(target: StartedTarget, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    const request = discoverVersionsRequest();
    let lastError = 'no attempt';
    while (Date.now() < deadline) {
      if (this.exitDescription !== undefined) {
        throw new Error(`pykmip-server stopped (${this.exitDescription}) before serving: ${this.stderrTail.trim()}`);
      }
      try {
        const connection = await KmipClientConnection.open(target, 5_000);
        try {
          const verdict = checkResponse(await connection.request(request.bytes, 5_000), request);
          if (verdict.ok) return;
          lastError = verdict.reason;
        } finally {
          connection.close();
        }
      } catch (err) {
        lastError = err instanceof Error ? err.message : String(err);
      }
      await sleep(200);
    }
    throw new Error(`pykmip-server did not answer Discover Versions within ${timeoutMs} ms: ${lastError}`);
  }

  /**
   * SIGINT to the group first: PyKMIP turns it into a KeyboardInterrupt and shuts down within a second, whereas it
   * only notices SIGTERM at its next 10-second accept timeout. Whatever is left after a grace period is killed.
   */
  async stop(): Promise<void> {
    process.off('exit', this.killOnExit);
    if (this.exitDescription === undefined) {
      this.signalGroup('SIGINT');
      await this.exitWithin(3_000);
    }
    // Also reaps the manager and policy-monitor children should the leader have exited alone.
    this.signalGroup('SIGKILL');
    await this.exitWithin(5_000);
    await rm(this.dir, { recursive: true, force: true });
  }

  /** Waits for the exit, at most `ms`, leaving no timer behind to hold the event loop open. */
  private async exitWithin(ms: number): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([this.exited, new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)))]);
    clearTimeout(timer);
  }

  private signalGroup(signal: NodeJS.Signals): void {
    const pid = this.child.pid;
    if (pid === undefined) return;
    try {
      process.kill(-pid, signal);
    } catch {
      // ESRCH: the group is gone already.
    }
  }
}

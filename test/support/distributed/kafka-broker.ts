import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { isAlive, signal, waitForExit } from '../process-status';
import { REPO_ROOT } from '../repo-root';

const KAFKA_SH = join(REPO_ROOT, 'infra', 'kafka', 'kafka.sh');

/** The development broker that `infra/kafka/kafka.sh` runs (shared by every test run on this machine). */
export const DEV_BROKER = '127.0.0.1:9092';

function kafkaSh(...args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('bash', [KAFKA_SH, ...args], { cwd: REPO_ROOT, timeout: 180_000 }, (error, stdout, stderr) => {
      if (error)
        reject(new Error(`kafka.sh ${args.join(' ')} failed: ${stderr.trim().split('\n').slice(-5).join(' | ')}`));
      else resolve(stdout + stderr);
    });
  });
}

export function reachable(broker: string, timeoutMs = 2_000): Promise<boolean> {
  const [host, port] = [broker.slice(0, broker.lastIndexOf(':')), Number(broker.slice(broker.lastIndexOf(':') + 1))];
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    const done = (ok: boolean): void => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/**
 * Makes sure the broker answers: a reachable broker is used as it is; the development broker is started through
 * kafka.sh (keeping its data) when it does not run. Answers whether it had to be started.
 */
export async function ensureKafka(brokers: readonly string[]): Promise<boolean> {
  if ((await Promise.all(brokers.map((b) => reachable(b)))).some(Boolean)) return false;
  if (!brokers.includes(DEV_BROKER)) throw new Error(`no Kafka broker answers at ${brokers.join(',')}`);
  await kafkaSh('start', '--keep-data');
  return true;
}

/** The PID of the development broker, from kafka.sh's PID file. */
export function kafkaPid(): number | undefined {
  const runDir = process.env.KAFKA_RUN_DIR ?? join(REPO_ROOT, 'infra', 'kafka', 'run');
  try {
    const pid = Number(readFileSync(join(runDir, 'kafka.pid'), 'utf8').trim());
    return Number.isSafeInteger(pid) && pid > 0 && isAlive(pid) ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The development broker when a stack uses it: kill and restart act on that broker (through kafka.sh's PID file) and
 * never on a broker someone else started.
 */
export function sharedBroker(brokers: readonly string[]): typeof DEV_BROKER {
  if (!brokers.includes(DEV_BROKER)) {
    throw new Error(
      `this stack's broker (${brokers.join(',')}) is not kafka.sh's: kill or restart it where it was started`,
    );
  }
  return DEV_BROKER;
}

export async function killKafka(_broker: typeof DEV_BROKER, name: NodeJS.Signals): Promise<void> {
  const pid = kafkaPid();
  if (pid === undefined) throw new Error('the Kafka broker is not running (or was not started by kafka.sh)');
  signal(pid, name);
  if (name === 'SIGKILL' || name === 'SIGTERM') await waitForExit(pid, 60_000);
}

/** Starts the broker again with its data (after a kill), or restarts a running one. */
export async function restartKafka(_broker: typeof DEV_BROKER): Promise<void> {
  await kafkaSh(kafkaPid() === undefined ? 'start' : 'restart', '--keep-data');
}

/**
 * A Kafka broker of this test run only (KRaft, single node, on free ports, data in a temporary directory), from the
 * jars `infra/kafka/kafka.sh fetch` puts in infra/kafka/target/libs and the settings of infra/kafka/server.properties.
 * The fault tests kill -9 the broker in the middle of a run: they do it to this one, which they started, never to the
 * development broker on 9092 that other test runs on the machine share.
 */
import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, openSync, readdirSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { freePort } from '../support';

const REPO_ROOT = join(__dirname, '..', '..');
const KAFKA_DIR = join(REPO_ROOT, 'infra', 'kafka');
const LIBS = join(KAFKA_DIR, 'target', 'libs');
const OVERRIDDEN = ['listeners', 'advertised.listeners', 'controller.quorum.voters', 'log.dirs'];

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function run(file: string, args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { cwd: REPO_ROOT, timeout: 300_000 }, (error, stdout, stderr) => {
      if (error)
        reject(new Error(`${file} ${args.slice(0, 3).join(' ')}…: ${stderr.trim().split('\n').slice(-5).join(' | ')}`));
      else resolve(stdout);
    });
  });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export class PrivateKafka {
  private pid: number | undefined;

  private constructor(
    private readonly dir: string,
    readonly port: number,
  ) {}

  get broker(): string {
    return `127.0.0.1:${this.port}`;
  }

  static async start(): Promise<PrivateKafka> {
    if (!existsSync(LIBS) || readdirSync(LIBS).length === 0) await run('bash', [join(KAFKA_DIR, 'kafka.sh'), 'fetch']);
    const dir = await mkdtemp(join(tmpdir(), 'kmip-e2e-kafka-'));
    const port = await freePort();
    const controller = await freePort();
    const base = (await readFile(join(KAFKA_DIR, 'server.properties'), 'utf8'))
      .split('\n')
      .filter((line) => !OVERRIDDEN.some((key) => line.startsWith(`${key}=`)));
    await writeFile(
      join(dir, 'server.properties'),
      [
        ...base,
        `listeners=PLAINTEXT://127.0.0.1:${port},CONTROLLER://127.0.0.1:${controller}`,
        `advertised.listeners=PLAINTEXT://127.0.0.1:${port}`,
        `controller.quorum.voters=1@127.0.0.1:${controller}`,
        `log.dirs=${join(dir, 'data')}`,
        '',
      ].join('\n'),
    );
    // A cluster id is 16 random bytes in URL-safe base64 without padding.
    const clusterId = randomBytes(16).toString('base64url');
    await run('java', [
      '-cp',
      `${LIBS}/*`,
      `-Dlog4j.configuration=file:${join(KAFKA_DIR, 'log4j.properties')}`,
      `-Dkafka.logs.dir=${dir}`,
      'kafka.tools.StorageTool',
      'format',
      '-t',
      clusterId,
      '-c',
      join(dir, 'server.properties'),
    ]);
    const kafka = new PrivateKafka(dir, port);
    await kafka.launch();
    return kafka;
  }

  /** kill -9 of the broker process, and waits until it is gone. */
  async kill(): Promise<void> {
    const pid = this.pid;
    if (pid === undefined) throw new Error('the private Kafka broker does not run');
    process.kill(pid, 'SIGKILL');
    while (alive(pid)) await sleep(100);
    this.pid = undefined;
  }

  /** Starts the broker again on its data (after a kill). */
  async restart(): Promise<void> {
    if (this.pid !== undefined) await this.kill();
    await this.launch();
  }

  async stop(): Promise<void> {
    const pid = this.pid;
    if (pid !== undefined) {
      process.kill(pid, 'SIGTERM');
      const deadline = Date.now() + 30_000;
      while (alive(pid) && Date.now() < deadline) await sleep(200);
      if (alive(pid)) process.kill(pid, 'SIGKILL');
      while (alive(pid)) await sleep(100);
      this.pid = undefined;
    }
    await rm(this.dir, { recursive: true, force: true });
  }

  private async launch(): Promise<void> {
    const out = openSync(join(this.dir, 'kafka.out'), 'a');
    try {
      const child = spawn(
        'java',
        [
          '-Xmx384m',
          '-Xms384m',
          '-XX:+UseG1GC',
          '-Djava.awt.headless=true',
          `-Dlog4j.configuration=file:${join(KAFKA_DIR, 'log4j.properties')}`,
          `-Dkafka.logs.dir=${this.dir}`,
          '-cp',
          `${LIBS}/*`,
          'kafka.Kafka',
          join(this.dir, 'server.properties'),
        ],
        { cwd: this.dir, stdio: ['ignore', out, out] },
      );
      child.on('error', () => undefined);
      this.pid = child.pid;
    } finally {
      closeSync(out);
    }
    const deadline = Date.now() + 120_000;
    while (!(await this.answers())) {
      if (this.pid === undefined || !alive(this.pid)) {
        throw new Error(`the private Kafka broker exited:\n${await this.logTail()}`);
      }
      if (Date.now() > deadline) throw new Error(`the private Kafka broker did not answer:\n${await this.logTail()}`);
      await sleep(500);
    }
  }

  private async answers(): Promise<boolean> {
    const admin = new Kafka({
      brokers: [this.broker],
      clientId: 'e2e-private-kafka',
      logLevel: logLevel.NOTHING,
      connectionTimeout: 2_000,
      requestTimeout: 5_000,
      retry: { retries: 0 },
    }).admin();
    try {
      await admin.connect();
      const cluster = await admin.describeCluster();
      return cluster.brokers.length > 0;
    } catch {
      return false;
    } finally {
      await admin.disconnect().catch(() => undefined);
    }
  }

  private async logTail(): Promise<string> {
    const text = await readFile(join(this.dir, 'server.log'), 'utf8').catch(() => '');
    return text.split('\n').slice(-20).join('\n');
  }
}

import { parseArgs } from 'node:util';
import type { LoadMode } from './load-result';

/** The operations the command line can measure; `connect` is a new TLS connection + Discover Versions each time. */
export const LOAD_OPERATIONS = ['discover', 'create', 'get', 'connect'] as const;
export type LoadOperation = (typeof LOAD_OPERATIONS)[number];

export interface LoadArguments {
  /** Start a local pykmip-server with its own certificates instead of using host, port and the PEM files. */
  readonly pykmip: boolean;
  readonly host: string;
  readonly port: number;
  readonly servername?: string;
  readonly caPath?: string;
  readonly certPath?: string;
  readonly keyPath?: string;
  readonly operation: LoadOperation;
  readonly mode: LoadMode;
  /** Get: this key; absent: one is created first. */
  readonly uniqueIdentifier?: string;
  readonly connections: number;
  readonly seconds?: number;
  readonly requests?: number;
  readonly warmupSeconds: number;
  readonly timeoutMs: number;
  readonly json: boolean;
}

export const LOAD_USAGE = `usage: kmip-load --op discover|create|get|connect [options]
  --host H            server address (default 127.0.0.1)
  --port P            server port (default 5696)
  --ca FILE           PEM of the CA that signed the server certificate
  --cert FILE         PEM client certificate
  --key FILE          PEM client private key
  --servername NAME   name to check the server certificate against (default: --host)
  --pykmip            start a local pykmip-server instead (no --host/--port/--ca/--cert/--key)
  --uid ID            the key to Get (default: create one first)
  --connections N     parallel connections, one request in flight each (default 1)
  --seconds S         measured duration (default 5)
  --requests N        or: a number of requests shared by the connections
  --warmup S          uncounted warm-up before measuring (default 0)
  --timeout-ms MS     per connection attempt and per request (default 30000)
  --json              print the result as JSON
Exit status: 0 all requests succeeded, 1 some failed, 2 usage error.`;

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Parses the command line (without node and the script). Throws UsageError with a message for people. */
export function parseLoadArguments(argv: readonly string[]): LoadArguments {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        pykmip: { type: 'boolean', default: false },
        host: { type: 'string', default: '127.0.0.1' },
        port: { type: 'string', default: '5696' },
        servername: { type: 'string' },
        ca: { type: 'string' },
        cert: { type: 'string' },
        key: { type: 'string' },
        op: { type: 'string' },
        uid: { type: 'string' },
        connections: { type: 'string', default: '1' },
        seconds: { type: 'string' },
        requests: { type: 'string' },
        warmup: { type: 'string', default: '0' },
        'timeout-ms': { type: 'string', default: '30000' },
        json: { type: 'boolean', default: false },
      },
    }));
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
  const operation = values.op;
  if (!isOperation(operation)) throw new UsageError(`--op must be one of ${LOAD_OPERATIONS.join(', ')}`);
  if (!values.pykmip && (values.ca === undefined || values.cert === undefined || values.key === undefined)) {
    throw new UsageError('--ca, --cert and --key are required (or --pykmip)');
  }
  if (values.seconds !== undefined && values.requests !== undefined) {
    throw new UsageError('give --seconds or --requests, not both');
  }
  if (values.uid !== undefined && operation !== 'get') throw new UsageError('--uid applies to --op get only');
  return {
    pykmip: values.pykmip,
    host: values.host,
    port: integer('--port', values.port, 1, 65535),
    servername: values.servername,
    caPath: values.ca,
    certPath: values.cert,
    keyPath: values.key,
    operation,
    mode: operation === 'connect' ? 'connect' : 'persistent',
    uniqueIdentifier: values.uid,
    connections: integer('--connections', values.connections, 1, 10_000),
    seconds: values.requests === undefined ? positive('--seconds', values.seconds ?? '5') : undefined,
    requests:
      values.requests === undefined ? undefined : integer('--requests', values.requests, 1, Number.MAX_SAFE_INTEGER),
    warmupSeconds: values.warmup === '0' ? 0 : positive('--warmup', values.warmup),
    timeoutMs: integer('--timeout-ms', values['timeout-ms'], 1, 3_600_000),
    json: values.json,
  };
}

function isOperation(value: string | undefined): value is LoadOperation {
  return (LOAD_OPERATIONS as readonly (string | undefined)[]).includes(value);
}

function integer(flag: string, text: string, min: number, max: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new UsageError(`${flag} must be an integer from ${min} to ${max}`);
  }
  return value;
}

function positive(flag: string, text: string): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) throw new UsageError(`${flag} must be a positive number of seconds`);
  return value;
}

/**
 * The KMIP load generator for operators:
 *   npx ts-node --transpile-only -r tsconfig-paths/register tools/kmip-load/kmip-load.cli.ts \
 *     --host kms.example.com --port 5696 --ca ca.pem --cert client.pem --key client-key.pem \
 *     --op get --connections 16 --seconds 5
 * See README.md beside this file.
 */
import { readFile } from 'node:fs/promises';
import { createKey } from './create-key';
import { createAes256Request, discoverVersionsRequest, getRequest } from './kmip-requests';
import { LOAD_USAGE, parseLoadArguments, UsageError, type LoadArguments } from './load-arguments';
import { runLoad } from './load-generator';
import { formatLoadResult } from './load-result';
import { MachineMeter } from './machine-cpu';
import type { LoadTarget, StartedTarget } from './load-target';
import type { PreparedRequest } from './prepared-request';
import { startPykmipServer } from './pykmip-server';

async function openTarget(args: LoadArguments): Promise<StartedTarget> {
  if (args.pykmip) return startPykmipServer();
  const read = (path: string | undefined) => readFile(path ?? '', 'utf8');
  const [ca, cert, key] = await Promise.all([read(args.caPath), read(args.certPath), read(args.keyPath)]);
  return {
    host: args.host,
    port: args.port,
    servername: args.servername,
    ca,
    cert,
    key,
    stop: () => Promise.resolve(),
  };
}

async function requestFor(args: LoadArguments, target: LoadTarget): Promise<PreparedRequest> {
  switch (args.operation) {
    case 'discover':
    case 'connect':
      return discoverVersionsRequest();
    case 'create':
      return createAes256Request();
    case 'get':
      return getRequest(args.uniqueIdentifier ?? (await createKey(target, args.timeoutMs)));
  }
}

async function main(): Promise<number> {
  let args: LoadArguments;
  try {
    args = parseLoadArguments(process.argv.slice(2));
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    console.error(`${err.message}\n${LOAD_USAGE}`);
    return 2;
  }
  const target = await openTarget(args);
  try {
    const result = await runLoad({
      target,
      request: await requestFor(args, target),
      connections: args.connections,
      mode: args.mode,
      seconds: args.seconds,
      requests: args.requests,
      warmupSeconds: args.warmupSeconds,
      timeoutMs: args.timeoutMs,
      machine: new MachineMeter(),
    });
    console.log(args.json ? JSON.stringify(result) : formatLoadResult(result));
    return result.failures === 0 ? 0 : 1;
  } finally {
    await target.stop();
  }
}

main().then(
  (status) => {
    process.exitCode = status;
  },
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exitCode = 1;
  },
);

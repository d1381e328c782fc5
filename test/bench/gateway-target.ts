import { readFileSync } from 'node:fs';
import type { ProcessInfo, StartTarget } from '../../tools/kmip-load';
import { startDistributedStack } from '../support';

/** How the benchmark reaches the gateway side, or why it cannot in this run. */
export type GatewayTarget =
  { readonly start: StartTarget; readonly description: string } | { readonly unavailable: string };

/**
 * The gateway side of the comparison:
 *  1. a gateway already running, named by KMIP_LOAD_GATEWAY=host:port with KMIP_LOAD_CA, KMIP_LOAD_CERT and
 *     KMIP_LOAD_KEY (PEM files of a client allowed to Create and Get); it is left running;
 *  2. otherwise the distributed setup (Kafka + PostgreSQL + key-wrapping + projector + two gateways) started for the
 *     run, through `startDistributedSetup` below.
 */
export function gatewayTarget(env: NodeJS.ProcessEnv = process.env): GatewayTarget {
  const address = env.KMIP_LOAD_GATEWAY;
  if (address !== undefined && address !== '') return runningGateway(address, env);
  return startDistributedSetup();
}

function runningGateway(address: string, env: NodeJS.ProcessEnv): GatewayTarget {
  const match = /^(.+):(\d+)$/.exec(address);
  if (match === null) return { unavailable: `KMIP_LOAD_GATEWAY must be host:port, got "${address}"` };
  const missing = ['KMIP_LOAD_CA', 'KMIP_LOAD_CERT', 'KMIP_LOAD_KEY'].filter((name) => !env[name]);
  if (missing.length > 0) return { unavailable: `KMIP_LOAD_GATEWAY is set but ${missing.join(', ')} are not` };
  const [, host, port] = match;
  return {
    description: `the gateway at ${address}`,
    start: () =>
      Promise.resolve({
        host,
        port: Number(port),
        ca: readFileSync(env.KMIP_LOAD_CA ?? ''),
        cert: readFileSync(env.KMIP_LOAD_CERT ?? ''),
        key: readFileSync(env.KMIP_LOAD_KEY ?? ''),
        stop: () => Promise.resolve(),
      }),
  };
}

/** The distributed setup of test/support, started for the run on the shared broker and stopped (and cleaned) after. */
function startDistributedSetup(): GatewayTarget {
  return {
    description: 'the distributed setup (Kafka + PostgreSQL + key-wrapping + projector + two gateways)',
    start: async () => {
      const stack = await startDistributedStack();
      const gateway = stack.gateways[0];
      const names = new Map(Object.entries(stack.pids).map(([name, pid]) => [pid, name]));
      return {
        host: gateway.host,
        port: gateway.port,
        ca: readFileSync(stack.certs.ca),
        cert: readFileSync(stack.certs.clientCert),
        key: readFileSync(stack.certs.clientKey),
        stop: () => stack.stop(),
        // The stack's services and broker by PID; every PostgreSQL process (the server is shared, so another
        // database's work in the same seconds would count too).
        classifyProcess: (p: ProcessInfo) => names.get(p.pid) ?? (p.comm === 'postgres' ? 'postgresql' : undefined),
      };
    },
  };
}

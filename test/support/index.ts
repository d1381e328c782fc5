// The launchers of the two modes, for tests and benchmarks (and the npm scripts).
export {
  startDistributedStack,
  stopDistributedStack,
  type DistributedStack,
  type DistributedStackOptions,
  type StackGateway,
  type StackService,
} from './distributed/distributed-stack';
export type { StackCertificates, PemPair } from './distributed/stack-pki';
export type { StackNames } from './distributed/stack-naming';
export type { StackPorts, StackProcess } from './distributed/stack-services';
export { runKmipctl, type KmipctlResult } from './kmipctl-child';
export { freePort } from './free-port';
export { startEmbedded, type EmbeddedOptions, type EmbeddedProcess } from './embedded/start-embedded';
export type { PrintedEndpoint } from './embedded/embedded-banner';

export type { LoadTarget, StartedTarget, StartTarget } from './load-target';
export type { PreparedRequest } from './prepared-request';
export { createAes256Request, discoverVersionsRequest, getRequest } from './kmip-requests';
export { checkResponse, ResponseChecker, type ResponseVerdict } from './response-check';
export { ConnectionFailure, KmipClientConnection } from './kmip-client-connection';
export { LatencyHistogram } from './latency-histogram';
export { runLoad, type LoadOptions } from './load-generator';
export { formatLoadResult, type LatencySummary, type LoadMode, type LoadResult } from './load-result';
export { createKey } from './create-key';
export { createLoadPki, type LoadPki } from './load-pki';
export { startPykmipServer, DEFAULT_PYKMIP_SERVER, type PykmipServerOptions, type PykmipTarget } from './pykmip-server';
export { freePort } from './free-port';
export {
  CLIENT_GROUP,
  CpuMeter,
  cpuPerRequest,
  parseProcStat,
  processTableAvailable,
  readProcessTable,
  type CpuSeconds,
  type ProcessClassifier,
  type ProcessInfo,
} from './process-cpu';
export { MachineMeter, parseMachineStat, type MachineShare, type MachineTicks } from './machine-cpu';
export {
  damonSampleIntervalMs,
  describeKernelMonitor,
  findKdamonds,
  KernelMonitorMeter,
  parseSchedstat,
  type KernelMonitorShare,
} from './kernel-memory-monitor';
export {
  LOAD_OPERATIONS,
  LOAD_USAGE,
  parseLoadArguments,
  UsageError,
  type LoadArguments,
  type LoadOperation,
} from './load-arguments';

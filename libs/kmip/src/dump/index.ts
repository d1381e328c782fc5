export { dumpTtlv, type DumpOptions } from './ttlv-dump';

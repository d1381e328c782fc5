export * from './key-wrapping-client.errors';
export * from './key-wrapping.client';
export * from './key-wrapping.rpc-contract';
export * from './key-wrapping.rpc-batch';
export { toKeyWrappingClientError } from './client-error-mapping';
export * from './in-process-key-wrapping.client';
export * from './rpc-key-wrapping.client';

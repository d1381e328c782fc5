export * from './ttlv';
export * from './registry';

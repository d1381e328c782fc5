export * from './ttlv';
export * from './registry';
export * from './messages';
export * from './attributes';
export * from './objects';
export * from './payloads';
export * from './dump';

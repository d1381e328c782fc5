export * from './kmip-version';
export * from './registry-types';
export * from './registry.generated';
export * from './tag-lookup';
export * from './enum-lookup';

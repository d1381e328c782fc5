import type { Upcaster } from './upcaster-registry';

/**
 * ClientAllowed, schema version 1 (published shape, never changed): the allow-list knew pinned certificates only and
 * no KMIP Credential.
 */
export interface ClientAllowedV1Data {
  readonly fingerprint: string;
  readonly allowedOperations: readonly string[];
  readonly at: string;
}

/** Version 2 added `trust` and the optional `credential`; a version 1 entry was a pinned fingerprint. */
export const clientAllowedV1Upcaster: Upcaster = {
  type: 'ClientAllowed',
  fromVersion: 1,
  upcast: (data) =>
    typeof data === 'object' && data !== null && !Array.isArray(data) ? { ...data, trust: 'PinnedFingerprint' } : data,
};

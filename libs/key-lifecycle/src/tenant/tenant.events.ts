import type { Event } from '../shared/event';
import type { IsoDateTime } from '../shared/iso-date-time';
import type { RootKeyRef } from '../shared/root-key-ref';
import type { KmipOperation } from './kmip-operation';
import type { ClientCredential, ClientTrust } from './tenant.state';

/** A tenant — one key-server instance with one customer root key — was set up (DESIGN §5). */
export type TenantCreated = Event<
  'TenantCreated',
  { tenant: string; displayName?: string; rootKey: RootKeyRef; at: IsoDateTime }
>;

/** A client certificate was put on the tenant's allow-list (schema version 2: `trust` and `credential` added). */
export type ClientAllowed = Event<
  'ClientAllowed',
  {
    fingerprint: string;
    allowedOperations: readonly KmipOperation[];
    trust: ClientTrust;
    credential?: ClientCredential;
    at: IsoDateTime;
  }
>;

/** A client certificate was taken off the allow-list; its open connections are cut. */
export type ClientRemoved = Event<'ClientRemoved', { fingerprint: string; at: IsoDateTime }>;

/** The root key manager made a new root key version; new keys are wrapped by it and old ones are rewrapped. */
export type RootKeyRotated = Event<
  'RootKeyRotated',
  { rootKeyId: string; rootKeyVersion: number; previousRootKeyVersion: number; at: IsoDateTime }
>;

/** The root key was revoked: every key it wraps is crypto-shredded and no key is created any more. */
export type RootKeyRevoked = Event<'RootKeyRevoked', { rootKeyId: string; reason?: string; at: IsoDateTime }>;

export type TenantEvent = TenantCreated | ClientAllowed | ClientRemoved | RootKeyRotated | RootKeyRevoked;
export type TenantEventType = TenantEvent['type'];

export const tenantCreated = (data: TenantCreated['data']): TenantCreated => ({ type: 'TenantCreated', data });
export const clientAllowed = (data: ClientAllowed['data']): ClientAllowed => ({ type: 'ClientAllowed', data });
export const clientRemoved = (data: ClientRemoved['data']): ClientRemoved => ({ type: 'ClientRemoved', data });
export const rootKeyRotated = (data: RootKeyRotated['data']): RootKeyRotated => ({ type: 'RootKeyRotated', data });
export const rootKeyRevoked = (data: RootKeyRevoked['data']): RootKeyRevoked => ({ type: 'RootKeyRevoked', data });

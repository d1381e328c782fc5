import type { IsoDateTime } from '../shared/iso-date-time';
import type { KmipOperation } from './kmip-operation';

/** How a client certificate is trusted (DESIGN §5): its fingerprint pinned, or issued by the server's own CA. */
export type ClientTrust = 'PinnedFingerprint' | 'IssuedByServerCa';

/** A KMIP Credential a client is configured with: the password only as a scrypt hash computed by the caller. */
export interface ClientCredential {
  readonly username: string;
  readonly passwordHash: string;
}

export interface AllowedClient {
  readonly fingerprint: string;
  readonly allowedOperations: readonly KmipOperation[];
  readonly trust: ClientTrust;
  readonly credential?: ClientCredential;
  readonly allowedAt: IsoDateTime;
}

/** The tenant's customer root key: which version wraps new keys, and whether it has been revoked (crypto-shredded). */
export interface TenantRootKey {
  readonly rootKeyId: string;
  readonly rootKeyVersion: number;
  readonly revoked: boolean;
  readonly revokedAt?: IsoDateTime;
}

export interface Tenant {
  readonly status: 'Known';
  readonly tenant: string;
  readonly displayName?: string;
  readonly createdAt: IsoDateTime;
  /** Allowed clients by canonical SHA-256 fingerprint. */
  readonly clients: Readonly<Record<string, AllowedClient>>;
  readonly rootKey: TenantRootKey;
  readonly version: number;
}

export interface UnknownTenant {
  readonly status: 'Unknown';
  readonly version: number;
}

export type TenantState = UnknownTenant | Tenant;

export function initialTenantState(): TenantState {
  return { status: 'Unknown', version: 0 };
}

import type { Command } from '../shared/event';
import type { IsoDateTime } from '../shared/iso-date-time';
import type { RootKeyRef } from '../shared/root-key-ref';
import type { KmipOperation } from './kmip-operation';
import type { ClientCredential, ClientTrust } from './tenant.state';

export interface TenantCommandBase {
  readonly tenant: string;
  readonly now: IsoDateTime;
}

export type CreateTenant = Command<'CreateTenant', TenantCommandBase & { displayName?: string; rootKey: RootKeyRef }>;

export type AllowClient = Command<
  'AllowClient',
  TenantCommandBase & {
    /** SHA-256 fingerprint of the client certificate, hex, with or without colons. */
    fingerprint: string;
    allowedOperations: readonly KmipOperation[];
    trust: ClientTrust;
    credential?: ClientCredential;
    /** The tenant that holds this fingerprint on the allow-list read model, if any: a fingerprint has one tenant. */
    fingerprintOwner?: string;
  }
>;

export type RemoveClient = Command<'RemoveClient', TenantCommandBase & { fingerprint: string }>;

export type RotateRootKey = Command<'RotateRootKey', TenantCommandBase & { rootKeyVersion: number }>;

export type RevokeRootKey = Command<'RevokeRootKey', TenantCommandBase & { reason?: string }>;

export type TenantCommand = CreateTenant | AllowClient | RemoveClient | RotateRootKey | RevokeRootKey;

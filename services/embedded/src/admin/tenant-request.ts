import {
  KMIP_OPERATIONS,
  normalizeDateTime,
  type ClientCredential,
  type ClientTrust,
  type KmipOperation,
  type RootKeyRef,
  type TenantCommand,
} from '@kmip/key-lifecycle';

/**
 * What an operator asks of a tenant (kmipctl, the first start): plain JSON, so that it can travel to a running
 * embedded server. It becomes a `TenantCommand` once the server's clock and the allow-list owner are known.
 */
export type TenantRequest =
  | {
      readonly kind: 'CreateTenant';
      readonly tenant: string;
      readonly rootKey: RootKeyRef;
      readonly displayName?: string;
    }
  | {
      readonly kind: 'AllowClient';
      readonly tenant: string;
      readonly fingerprint: string;
      readonly allowedOperations: readonly KmipOperation[];
      readonly trust: ClientTrust;
      /** The password only as a scrypt hash (the clear password never leaves the operator's tool). */
      readonly credential?: ClientCredential;
    }
  | { readonly kind: 'RemoveClient'; readonly tenant: string; readonly fingerprint: string };

/** Every KMIP operation: what a client is allowed when the operator names none (the server refuses what it lacks). */
export const ALL_OPERATIONS: readonly KmipOperation[] = KMIP_OPERATIONS;

/** The decider's command for a request, at `now`, with the tenant currently holding the fingerprint (if any). */
export function toTenantCommand(request: TenantRequest, now: Date, fingerprintOwner?: string): TenantCommand {
  const at = normalizeDateTime(now.toISOString());
  if (at === undefined) throw new RangeError('the clock gave an invalid date');
  switch (request.kind) {
    case 'CreateTenant':
      return {
        type: 'CreateTenant',
        data: {
          tenant: request.tenant,
          now: at,
          rootKey: request.rootKey,
          ...(request.displayName === undefined ? {} : { displayName: request.displayName }),
        },
      };
    case 'AllowClient':
      return {
        type: 'AllowClient',
        data: {
          tenant: request.tenant,
          now: at,
          fingerprint: request.fingerprint,
          allowedOperations: request.allowedOperations,
          trust: request.trust,
          ...(request.credential === undefined ? {} : { credential: request.credential }),
          ...(fingerprintOwner === undefined ? {} : { fingerprintOwner }),
        },
      };
    case 'RemoveClient':
      return { type: 'RemoveClient', data: { tenant: request.tenant, now: at, fingerprint: request.fingerprint } };
  }
}

/**
 * Checks the shape of a request that arrived as JSON (the admin endpoint); the decider checks the meaning. Answers
 * what is wrong, naming fields only.
 */
export function tenantRequestProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'the request is not an object';
  const r = value as Record<string, unknown>;
  if (typeof r.tenant !== 'string' || r.tenant.length === 0 || r.tenant.length > 256) return 'tenant is not a name';
  switch (r.kind) {
    case 'CreateTenant': {
      const key = r.rootKey as Record<string, unknown> | undefined;
      if (typeof key !== 'object' || key === null || typeof key.rootKeyId !== 'string') return 'rootKey is missing';
      if (typeof key.rootKeyVersion !== 'number') return 'rootKey.rootKeyVersion is not a number';
      if (r.displayName !== undefined && typeof r.displayName !== 'string') return 'displayName is not text';
      return undefined;
    }
    case 'AllowClient': {
      if (typeof r.fingerprint !== 'string') return 'fingerprint is missing';
      if (!Array.isArray(r.allowedOperations) || !r.allowedOperations.every((op) => typeof op === 'string')) {
        return 'allowedOperations is not a list of operation names';
      }
      if (typeof r.trust !== 'string') return 'trust is missing';
      const credential = r.credential as Record<string, unknown> | undefined;
      if (
        credential !== undefined &&
        (typeof credential !== 'object' ||
          credential === null ||
          typeof credential.username !== 'string' ||
          typeof credential.passwordHash !== 'string')
      ) {
        return 'credential is not a username and password hash';
      }
      return undefined;
    }
    case 'RemoveClient':
      return typeof r.fingerprint === 'string' ? undefined : 'fingerprint is missing';
    default:
      return 'kind is not CreateTenant, AllowClient or RemoveClient';
  }
}

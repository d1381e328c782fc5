import { foldTenant } from '../replay';
import { deciderSpecification } from '../testing/decider-specification.spec-helper';
import { allowedClient, mayPerform } from './client-access';
import { isCryptoShredded } from './crypto-shredding';
import { normalizeFingerprint } from './fingerprint';
import { foldManagedObject } from '../replay';
import { keyCreated } from '../managed-object/managed-object.events';
import { rootKeyForNewObjects } from './root-key-guard';
import type { TenantCommand } from './tenant.commands';
import { tenantDecider } from './tenant.decider';
import { clientAllowed, clientRemoved, rootKeyRevoked, rootKeyRotated, tenantCreated } from './tenant.events';

const spec = deciderSpecification(tenantDecider);
const TENANT = 'tenant-a';
const T0 = '2024-05-01T12:00:00Z';
const T1 = '2024-05-01T12:05:00Z';
const T2 = '2024-05-01T12:10:00Z';
const FP = 'a1'.repeat(32);
const FP_COLONS = Array.from({ length: 32 }, () => 'A1').join(':');
const HASH = '$scrypt$ln=15,r=8,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo';

const created = tenantCreated({
  tenant: TENANT,
  displayName: 'Tenant A',
  rootKey: { rootKeyId: 'crk-a', rootKeyVersion: 1 },
  at: T0,
});
const allowed = clientAllowed({
  fingerprint: FP,
  allowedOperations: ['DiscoverVersions', 'Query', 'Create', 'Get', 'GetAttributes', 'AddAttribute', 'Activate'],
  trust: 'PinnedFingerprint',
  at: T1,
});

const allow = (extra: Partial<Extract<TenantCommand, { type: 'AllowClient' }>['data']> = {}): TenantCommand => ({
  type: 'AllowClient',
  data: {
    tenant: TENANT,
    now: T1,
    fingerprint: FP_COLONS,
    allowedOperations: allowed.data.allowedOperations,
    trust: 'PinnedFingerprint',
    ...extra,
  },
});

describe('tenant', () => {
  it('is created with its root key, once', () => {
    const create: TenantCommand = {
      type: 'CreateTenant',
      data: { tenant: TENANT, now: T0, displayName: 'Tenant A', rootKey: { rootKeyId: 'crk-a', rootKeyVersion: 1 } },
    };
    spec.given([]).when(create).then([created]);
    spec.given([created]).when(create).thenRejects('ObjectAlreadyExists');
    expect(foldTenant([created])).toEqual({
      status: 'Known',
      tenant: TENANT,
      displayName: 'Tenant A',
      createdAt: T0,
      clients: {},
      rootKey: { rootKeyId: 'crk-a', rootKeyVersion: 1, revoked: false },
      version: 1,
    });
  });

  it('refuses commands on a tenant that does not exist', () => {
    spec.given([]).when(allow()).thenRejects('ItemNotFound');
    spec
      .given([created])
      .when({ type: 'RevokeRootKey', data: { tenant: 'tenant-b', now: T1 } })
      .thenRejects('ItemNotFound');
  });
});

describe('the client allow-list (DESIGN §5)', () => {
  it('allows a certificate by its SHA-256 fingerprint, stored in canonical form', () => {
    spec.given([created]).when(allow()).then([allowed]);
    const state = foldTenant([created, allowed]);
    expect(allowedClient(state, FP_COLONS)).toStrictEqual({
      fingerprint: FP,
      allowedOperations: allowed.data.allowedOperations,
      trust: 'PinnedFingerprint',
      allowedAt: T1,
    });
    expect(mayPerform(state, FP, 'Get')).toBe(true);
    expect(mayPerform(state, FP, 'Destroy')).toBe(false);
    expect(mayPerform(state, 'b2'.repeat(32), 'Get')).toBe(false);
  });

  it('a certificate issued by the server CA may carry a KMIP Credential with a scrypt hash', () => {
    const withCredential = allow({
      trust: 'IssuedByServerCa',
      credential: { username: 'vcenter', passwordHash: HASH },
    });
    spec
      .given([created])
      .when(withCredential)
      .then([
        {
          ...allowed,
          data: { ...allowed.data, trust: 'IssuedByServerCa', credential: { username: 'vcenter', passwordHash: HASH } },
        },
      ]);
  });

  it('refuses a password that is not a scrypt hash, so that no password in clear reaches the log', () => {
    spec
      .given([created])
      .when(allow({ credential: { username: 'vcenter', passwordHash: 'hunter2' } }))
      .thenRejects('InvalidField');
  });

  it('a fingerprint belongs to one tenant', () => {
    spec
      .given([created])
      .when(allow({ fingerprintOwner: 'tenant-b' }))
      .thenRejects('IllegalOperation');
    spec
      .given([created])
      .when(allow({ fingerprintOwner: TENANT }))
      .then([allowed]);
  });

  it('allowing the same entry again changes nothing; allowing other operations replaces the entry', () => {
    spec.given([created, allowed]).when(allow()).thenNothingHappens();
    const state = spec
      .given([created, allowed])
      .when(allow({ allowedOperations: ['Get'] }))
      .stateAfter();
    expect(allowedClient(state, FP)?.allowedOperations).toEqual(['Get']);
  });

  it('refuses a malformed fingerprint, an unknown operation or trust', () => {
    spec
      .given([created])
      .when(allow({ fingerprint: 'abc' }))
      .thenRejects('InvalidField');
    spec
      .given([created])
      .when(allow({ allowedOperations: ['Format' as 'Get'] }))
      .thenRejects('InvalidField');
    spec
      .given([created])
      .when(allow({ trust: 'Anyone' as 'PinnedFingerprint' }))
      .thenRejects('InvalidField');
  });

  it('removes a client, and refuses to remove one that is not allowed', () => {
    const remove: TenantCommand = { type: 'RemoveClient', data: { tenant: TENANT, now: T2, fingerprint: FP_COLONS } };
    spec
      .given([created, allowed])
      .when(remove)
      .then([clientRemoved({ fingerprint: FP, at: T2 })]);
    spec.given([created]).when(remove).thenRejects('ItemNotFound');
    expect(
      allowedClient(foldTenant([created, allowed, clientRemoved({ fingerprint: FP, at: T2 })]), FP),
    ).toBeUndefined();
  });

  it('normalizes fingerprints', () => {
    expect(normalizeFingerprint(FP_COLONS)).toBe(FP);
    expect(normalizeFingerprint(FP.toUpperCase())).toBe(FP);
    expect(normalizeFingerprint(FP.slice(2))).toBeUndefined();
    expect(normalizeFingerprint(`${FP}:`)).toBeUndefined();
  });
});

describe('the root key', () => {
  const rotate = (rootKeyVersion: number): TenantCommand => ({
    type: 'RotateRootKey',
    data: { tenant: TENANT, now: T1, rootKeyVersion },
  });
  const revoke: TenantCommand = {
    type: 'RevokeRootKey',
    data: { tenant: TENANT, now: T2, reason: 'customer request' },
  };
  const revoked = rootKeyRevoked({ rootKeyId: 'crk-a', reason: 'customer request', at: T2 });

  it('rotates to a newer version; the current one again changes nothing; an older one is refused', () => {
    spec
      .given([created])
      .when(rotate(2))
      .then([rootKeyRotated({ rootKeyId: 'crk-a', rootKeyVersion: 2, previousRootKeyVersion: 1, at: T1 })]);
    spec.given([created]).when(rotate(1)).thenNothingHappens();
    spec
      .given([created, rootKeyRotated({ rootKeyId: 'crk-a', rootKeyVersion: 3, previousRootKeyVersion: 1, at: T1 })])
      .when(rotate(2))
      .thenRejects('InvalidField');
  });

  it('new keys are wrapped by the current version', () => {
    const state = foldTenant([
      created,
      rootKeyRotated({ rootKeyId: 'crk-a', rootKeyVersion: 2, previousRootKeyVersion: 1, at: T1 }),
    ]);
    expect(rootKeyForNewObjects(state, TENANT)).toEqual({
      ok: true,
      rootKey: { rootKeyId: 'crk-a', rootKeyVersion: 2 },
    });
  });

  it('once revoked, no key is created (Permission Denied), and it is not rotated', () => {
    spec.given([created]).when(revoke).then([revoked]);
    const state = foldTenant([created, revoked]);
    expect(state).toMatchObject({ rootKey: { revoked: true, revokedAt: T2 } });
    const guard = rootKeyForNewObjects(state, TENANT);
    expect(guard.ok).toBe(false);
    if (!guard.ok) expect(guard.error).toMatchObject({ reason: 'PermissionDenied', legacyReason: 'PermissionDenied' });
    spec.given([created, revoked]).when(rotate(2)).thenRejects('PermissionDenied');
    spec.given([created, revoked]).when(revoke).thenNothingHappens();
  });

  it('a tenant that is not set up creates no key', () => {
    expect(rootKeyForNewObjects(foldTenant([]), TENANT).ok).toBe(false);
    expect(rootKeyForNewObjects(foldTenant([created]), 'tenant-b').ok).toBe(false);
  });

  it("shows the tenant's keys as crypto-shredded once the root key is revoked", () => {
    const key = foldManagedObject([
      keyCreated({
        objectId: 'k1',
        tenant: TENANT,
        objectType: 'SymmetricKey',
        cryptographicAlgorithm: 'AES',
        cryptographicLength: 256,
        cryptographicUsageMask: 12,
        attributes: [],
        wrappedBy: { rootKeyId: 'crk-a', rootKeyVersion: 1 },
        state: 'PreActive',
        at: T0,
      }),
    ]);
    if (key.status !== 'Known') throw new Error('no key');
    expect(isCryptoShredded(key, foldTenant([created]))).toBe(false);
    expect(isCryptoShredded(key, foldTenant([created, revoked]))).toBe(true);
    expect(key.state).toBe('PreActive');
  });
});

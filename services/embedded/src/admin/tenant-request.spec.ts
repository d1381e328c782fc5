import { ALL_OPERATIONS, tenantRequestProblem, toTenantCommand, type TenantRequest } from './tenant-request';

const now = new Date('2026-01-02T03:04:05.678Z');
const fingerprint = 'ab'.repeat(32);

describe('toTenantCommand', () => {
  test('stamps the command with the time in whole seconds', () => {
    const request: TenantRequest = {
      kind: 'CreateTenant',
      tenant: 'acme',
      rootKey: { rootKeyId: 'k', rootKeyVersion: 1 },
    };
    expect(toTenantCommand(request, now)).toEqual({
      type: 'CreateTenant',
      data: { tenant: 'acme', now: '2026-01-02T03:04:05Z', rootKey: { rootKeyId: 'k', rootKeyVersion: 1 } },
    });
  });

  test('passes the current owner of the fingerprint to AllowClient, so the decider can refuse a second tenant', () => {
    const request: TenantRequest = {
      kind: 'AllowClient',
      tenant: 'acme',
      fingerprint,
      allowedOperations: ['Get'],
      trust: 'PinnedFingerprint',
    };
    expect(toTenantCommand(request, now, 'other').data).toMatchObject({ fingerprintOwner: 'other', fingerprint });
    expect(toTenantCommand(request, now).data).not.toHaveProperty('fingerprintOwner');
  });

  test('a client allowed without a list of operations may use every KMIP operation', () => {
    expect(ALL_OPERATIONS).toEqual(expect.arrayContaining(['DiscoverVersions', 'Query', 'Create', 'Get', 'Activate']));
  });
});

describe('tenantRequestProblem', () => {
  test.each([
    [null, 'the request is not an object'],
    [{ kind: 'CreateTenant' }, 'tenant is not a name'],
    [{ kind: 'DeleteTenant', tenant: 't' }, 'kind is not CreateTenant, AllowClient or RemoveClient'],
    [{ kind: 'CreateTenant', tenant: 't' }, 'rootKey is missing'],
    [{ kind: 'AllowClient', tenant: 't', fingerprint, allowedOperations: 'Get', trust: 'x' }, 'allowedOperations'],
    [
      {
        kind: 'AllowClient',
        tenant: 't',
        fingerprint,
        allowedOperations: [],
        trust: 'x',
        credential: { username: 'u', password: 'p' },
      },
      'credential',
    ],
    [{ kind: 'RemoveClient', tenant: 't' }, 'fingerprint is missing'],
  ])('%j: %s', (request, problem) => {
    expect(tenantRequestProblem(request)).toContain(problem);
  });

  test('well-formed requests pass (the decider judges their meaning)', () => {
    expect(tenantRequestProblem({ kind: 'RemoveClient', tenant: 't', fingerprint: 'zz' })).toBeUndefined();
    expect(
      tenantRequestProblem({ kind: 'CreateTenant', tenant: 't', rootKey: { rootKeyId: 'k', rootKeyVersion: 1 } }),
    ).toBeUndefined();
  });
});

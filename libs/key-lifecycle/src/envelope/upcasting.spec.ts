import { foldTenant } from '../replay';
import { EVENT_EXAMPLES } from '../testing/event-examples.spec-helper';
import type { ClientAllowedV1Data } from './client-allowed-v1.upcaster';
import { decodeEnvelope } from './envelope-codec';
import { upcasterRegistry } from './upcaster-registry';
import { toEvent } from './to-envelopes';
import type { TenantEvent } from '../tenant/tenant.events';

const FP = 'b2'.repeat(32);
const v1Data: ClientAllowedV1Data = {
  fingerprint: FP,
  allowedOperations: ['DiscoverVersions', 'Get'],
  at: '2023-01-01T00:00:00Z',
};
const v1Record = JSON.stringify({
  id: '6d1e4f0a-8c1b-4d8e-9a64-5b0f3c2a1d11',
  type: 'ClientAllowed',
  schemaVersion: 1,
  tenant: 'tenant-a',
  actor: { kind: 'operator', name: 'alice' },
  occurredAt: '2023-01-01T00:00:00Z',
  data: v1Data,
});

describe('upcasting', () => {
  it('reads a version 1 ClientAllowed as version 2: a pinned fingerprint without credential', () => {
    const decoded = decodeEnvelope(v1Record);
    expect(decoded).toMatchObject({
      ok: true,
      value: { type: 'ClientAllowed', schemaVersion: 2, data: { ...v1Data, trust: 'PinnedFingerprint' } },
    });
    if (!decoded.ok) return;
    const tenant = foldTenant([EVENT_EXAMPLES.TenantCreated, toEvent(decoded.value) as TenantEvent]);
    expect(tenant).toMatchObject({
      clients: { [FP]: { trust: 'PinnedFingerprint', allowedOperations: ['DiscoverVersions', 'Get'] } },
    });
  });

  it('an old version with no upcaster is Unsupported Schema Version, not a crash', () => {
    const decoded = decodeEnvelope(v1Record, upcasterRegistry([]));
    expect(decoded).toMatchObject({ ok: false, error: { kind: 'UnsupportedSchemaVersion' } });
  });

  it('an upcast that still does not fit the current shape is Invalid Event Data', () => {
    const broken = JSON.parse(v1Record) as { data: Record<string, unknown> };
    const decoded = decodeEnvelope(JSON.stringify({ ...broken, data: { ...broken.data, allowedOperations: 'Get' } }));
    expect(decoded).toMatchObject({ ok: false, error: { kind: 'InvalidEventData' } });
  });

  it('a registry has one upcaster per type and version', () => {
    const step = { type: 'ClientAllowed' as const, fromVersion: 1, upcast: (d: unknown) => d };
    expect(() => upcasterRegistry([step, step])).toThrow('two upcasters');
  });
});

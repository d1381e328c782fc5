import type { TenantEvent } from './tenant.events';
import type { Tenant, TenantState } from './tenant.state';

export function evolveTenant(state: TenantState, event: TenantEvent): TenantState {
  const version = state.version + 1;
  if (event.type === 'TenantCreated') {
    if (state.status === 'Known') return { ...state, version };
    const d = event.data;
    return {
      status: 'Known',
      tenant: d.tenant,
      ...(d.displayName === undefined ? {} : { displayName: d.displayName }),
      createdAt: d.at,
      clients: {},
      rootKey: { rootKeyId: d.rootKey.rootKeyId, rootKeyVersion: d.rootKey.rootKeyVersion, revoked: false },
      version,
    };
  }
  if (state.status !== 'Known') return { status: 'Unknown', version };
  const t: Tenant = { ...state, version };
  switch (event.type) {
    case 'ClientAllowed': {
      const d = event.data;
      const client = {
        fingerprint: d.fingerprint,
        allowedOperations: d.allowedOperations,
        trust: d.trust,
        ...(d.credential === undefined ? {} : { credential: d.credential }),
        allowedAt: d.at,
      };
      return { ...t, clients: { ...t.clients, [d.fingerprint]: client } };
    }
    case 'ClientRemoved':
      return {
        ...t,
        clients: Object.fromEntries(Object.entries(t.clients).filter(([fp]) => fp !== event.data.fingerprint)),
      };
    case 'RootKeyRotated':
      return { ...t, rootKey: { ...t.rootKey, rootKeyVersion: event.data.rootKeyVersion } };
    case 'RootKeyRevoked':
      return { ...t, rootKey: { ...t.rootKey, revoked: true, revokedAt: event.data.at } };
    default: {
      const unexpected: never = event;
      void unexpected;
      return t;
    }
  }
}

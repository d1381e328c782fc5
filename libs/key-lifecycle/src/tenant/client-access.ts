import { own } from '../shared/own';
import { normalizeFingerprint } from './fingerprint';
import type { KmipOperation } from './kmip-operation';
import type { AllowedClient, TenantState } from './tenant.state';

/** The allow-list entry of a client certificate, if the tenant allows it. */
export function allowedClient(state: TenantState, fingerprint: string): AllowedClient | undefined {
  const canonical = normalizeFingerprint(fingerprint);
  return state.status === 'Known' && canonical !== undefined ? own(state.clients, canonical) : undefined;
}

export function mayPerform(state: TenantState, fingerprint: string, operation: KmipOperation): boolean {
  return allowedClient(state, fingerprint)?.allowedOperations.includes(operation) ?? false;
}

import { refusal, type DecisionError } from '../shared/decision';
import type { RootKeyRef } from '../shared/root-key-ref';
import type { TenantState } from './tenant.state';

/**
 * The root key version that wraps a key about to be created or registered, asked before any key material exists.
 * After RootKeyRevoked no key is created: Permission Denied, a refusal by policy before any cryptographic operation is
 * attempted (1.4 §11.1 and 2.x both define it, so a 1.1 client understands it too).
 */
export function rootKeyForNewObjects(
  state: TenantState,
  tenant: string,
): { readonly ok: true; readonly rootKey: RootKeyRef } | { readonly ok: false; readonly error: DecisionError } {
  if (state.status !== 'Known' || state.tenant !== tenant) {
    return { ok: false, error: refusal('PermissionDenied', 'the tenant is not set up') };
  }
  if (state.rootKey.revoked) {
    return {
      ok: false,
      error: refusal('PermissionDenied', "the tenant's root key has been revoked; no key can be created"),
    };
  }
  return { ok: true, rootKey: { rootKeyId: state.rootKey.rootKeyId, rootKeyVersion: state.rootKey.rootKeyVersion } };
}

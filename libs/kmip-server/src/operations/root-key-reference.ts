import { rootKeyForNewObjects, type RootKeyRef } from '@kmip/key-lifecycle';
import type { WrappedKekReference } from '../ports/key-wrapping-client.port';
import { OperationError } from '../errors/operation-error';
import type { OperationContext } from './operation-handler';

/** The tenant's root key for a new object; Permission Denied once it is revoked (key-lifecycle README). */
export async function rootKeyForCreation(context: OperationContext): Promise<RootKeyRef> {
  const tenant = await context.services.inventory.getTenant(context.tenant);
  const root = rootKeyForNewObjects(tenant, context.tenant);
  if (!root.ok) throw OperationError.fromDecision(root.error);
  return root.rootKey;
}

/**
 * The root key version that actually wrapped the new KEK, as the event records it. Local and PKCS#11 providers number
 * their versions; a provider naming them otherwise (Key Protect) is recorded with the tenant's current version.
 */
export function wrappedByOf(kek: WrappedKekReference, current: RootKeyRef): RootKeyRef {
  return /^(0|[1-9]\d{0,14})$/.test(kek.rootKeyVersion)
    ? { rootKeyId: kek.rootKeyId, rootKeyVersion: Number(kek.rootKeyVersion) }
    : current;
}

/* Events and records for the inventory's specs and integration tests: valid envelopes as a gateway writes them. */
import { randomUUID } from 'node:crypto';
import type { AppendRecord, LoggedRecord } from '@kmip/event-log';
import {
  attributeAdded,
  clientAllowed,
  clientRemoved,
  keyActivated,
  keyCreated,
  rootKeyRotated,
  tenantCreated,
  toEnvelopes,
  type Actor,
  type AttributeValue,
  type CryptographicAlgorithm,
  type EventEnvelope,
  type LifecycleEvent,
} from '@kmip/key-lifecycle';

export const T0 = '2024-05-01T12:00:00Z';
export const ROOT_KEY_ID = 'crk-1';
export const VCENTER: Actor = { kind: 'client', fingerprint: 'ab'.repeat(32), address: '10.0.0.5:50123' };
export const OPERATOR: Actor = { kind: 'operator', name: 'alice' };

export const text = (value: string): AttributeValue => ({ kind: 'text', value });
export const nameValue = (value: string): AttributeValue => ({
  kind: 'structure',
  fields: [
    { name: 'Name Value', value: { kind: 'text', value } },
    { name: 'Name Type', value: { kind: 'enumeration', value: 'Uninterpreted Text String' } },
  ],
});

/** Wraps decided events as the gateway does: fresh ids, each expecting the version its predecessor leaves. */
export function envelopesOf(
  events: readonly LifecycleEvent[],
  ctx: { tenant: string; objectId?: string; expectedVersion?: number; actor?: Actor },
): EventEnvelope[] {
  return toEnvelopes(events, {
    tenant: ctx.tenant,
    ...(ctx.objectId === undefined ? {} : { objectId: ctx.objectId }),
    ...(ctx.expectedVersion === undefined ? {} : { expectedVersion: ctx.expectedVersion }),
    actor: ctx.actor ?? VCENTER,
    occurredAt: T0,
    newId: randomUUID,
  });
}

export interface KeyOptions {
  readonly names?: readonly string[];
  readonly algorithm?: CryptographicAlgorithm;
  readonly rootKeyVersion?: number;
}

export function keyCreatedEvent(tenant: string, objectId: string, options: KeyOptions = {}): LifecycleEvent {
  return keyCreated({
    objectId,
    tenant,
    objectType: 'SymmetricKey',
    cryptographicAlgorithm: options.algorithm ?? 'AES',
    cryptographicLength: 256,
    cryptographicUsageMask: 12,
    attributes: (options.names ?? []).map((n, index) => ({ name: 'Name', index, value: nameValue(n) })),
    wrappedBy: { rootKeyId: ROOT_KEY_ID, rootKeyVersion: options.rootKeyVersion ?? 1 },
    state: 'PreActive',
    at: T0,
  });
}

/** vCenter's three AddAttribute items after a Create (DESIGN §6). */
export function vcenterAttributes(product = 'VMware vSphere'): LifecycleEvent[] {
  return [
    attributeAdded({ name: 'x-Vendor', index: 0, value: text('VMware, Inc.'), at: T0 }),
    attributeAdded({ name: 'x-Product', index: 0, value: text(product), at: T0 }),
    attributeAdded({ name: 'x-Product_Version', index: 0, value: text('8.0.1'), at: T0 }),
  ];
}

export const activated = (): LifecycleEvent => keyActivated({ activationDate: T0, at: T0 });
export const tenantCreatedEvent = (tenant: string): LifecycleEvent =>
  tenantCreated({ tenant, rootKey: { rootKeyId: ROOT_KEY_ID, rootKeyVersion: 1 }, at: T0 });
export const clientAllowedEvent = (fingerprint: string): LifecycleEvent =>
  clientAllowed({ fingerprint, allowedOperations: ['Create', 'Get'], trust: 'PinnedFingerprint', at: T0 });
export const clientRemovedEvent = (fingerprint: string): LifecycleEvent => clientRemoved({ fingerprint, at: T0 });
export const rootKeyRotatedEvent = (version: number): LifecycleEvent =>
  rootKeyRotated({ rootKeyId: ROOT_KEY_ID, rootKeyVersion: version, previousRootKeyVersion: version - 1, at: T0 });

/** Append records as the log would hand them back, at consecutive offsets of one partition. */
export function asLogged(records: readonly AppendRecord[], partition = 0, firstOffset = 0): LoggedRecord[] {
  return records.map((r, i) => ({
    topic: 'kmip.events',
    partition,
    offset: firstOffset + i,
    key: r.key,
    value: typeof r.value === 'string' ? Buffer.from(r.value) : r.value,
    headers: r.headers ?? {},
    timestamp: 0,
  }));
}

// Shared vocabulary
export type { Actor } from './shared/actor';
export * from './shared/attribute-value';
export * from './shared/decision';
export type { Decider } from './shared/decider';
export type { Command, Event, EventMetadata } from './shared/event';
export { fold } from './shared/fold';
export * from './shared/iso-date-time';
export * from './shared/result-reason';
export type { RootKeyRef } from './shared/root-key-ref';

// Managed objects
export * from './managed-object/attribute-rules';
export { attributeView, findAttributeIndex, instancesOf } from './managed-object/attribute-view';
export * from './managed-object/cryptographic-algorithm';
export { dueTransitions } from './managed-object/date-transitions';
export * from './managed-object/kmip-names';
export * from './managed-object/kmip-state';
export type * from './managed-object/managed-object.commands';
export { decideManagedObject, managedObjectDecider } from './managed-object/managed-object.decider';
export * from './managed-object/managed-object.events';
export { evolveManagedObject } from './managed-object/managed-object.evolve';
export * from './managed-object/managed-object.state';
export type { IndexedAttribute, NewAttribute } from './managed-object/new-attribute';
export * from './managed-object/object-type';
export * from './managed-object/revocation-reason';

// Tenants
export { allowedClient, mayPerform } from './tenant/client-access';
export { isCryptoShredded } from './tenant/crypto-shredding';
export { normalizeFingerprint } from './tenant/fingerprint';
export * from './tenant/kmip-operation';
export { isScryptHash } from './tenant/password-hash';
export { rootKeyForNewObjects } from './tenant/root-key-guard';
export type * from './tenant/tenant.commands';
export { decideTenant, tenantDecider } from './tenant/tenant.decider';
export * from './tenant/tenant.events';
export { evolveTenant } from './tenant/tenant.evolve';
export * from './tenant/tenant.state';

// The log
export type { ClientAllowedV1Data } from './envelope/client-allowed-v1.upcaster';
export { clientAllowedV1Upcaster } from './envelope/client-allowed-v1.upcaster';
export { DEFAULT_UPCASTERS } from './envelope/default-upcasters';
export { decodeEnvelope, encodeEnvelope } from './envelope/envelope-codec';
export * from './envelope/event-catalog';
export type * from './envelope/event-envelope';
export { isKeyMaterialFieldName, keyMaterialFieldPaths } from './envelope/key-material-guard';
export { toEnvelopes, toEvent, type EnvelopeContext } from './envelope/to-envelopes';
export * from './envelope/upcaster-registry';

// Replay
export { foldManagedObject, foldTenant } from './replay';

// The request processor
export {
  DEFAULT_SERVER_IDENTITY,
  KmipRequestProcessor,
  type KmipRequestProcessorOptions,
} from './processor/kmip-request-processor';
export type { KmipClient } from './processor/kmip-client';
export type { OperationEvent, ProcessorObserver } from './processor/processor-observer';
export { isSupportedVersion, SUPPORTED_VERSIONS } from './processor/supported-versions';
export { operationName } from './processor/operation-names';

// Ports
export * from './ports';

// Operations
export { implementedOperations, operationHandlers } from './operations/operation-handlers';
export type {
  OperationContext,
  OperationHandler,
  OperationHandlers,
  OperationOutcome,
  OperationServices,
  ServerIdentity,
} from './operations/operation-handler';

// Errors and the write protocol
export { OperationError } from './errors/operation-error';
export { WriteFailure, type WriteFailureKind } from './errors/write-failure';
export { definedIn, mapFailure, type MappedFailure } from './errors/result-reason.mapping';
export { runWriteProtocol, type WriteDependencies } from './write/write-protocol';
export type { ObjectStore, ObjectWrite, WriteResult, WriteScope } from './write/object-write';

// Credentials
export { hashScryptPassword, verifyScryptPassword } from './authentication/scrypt-password';
export type { ConfiguredCredential } from './authentication/credential-check';

// Attribute values
export { toKmipValue, toLifecycleValue } from './attributes/attribute-value.mapping';

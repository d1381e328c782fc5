export { KmipError, type KmipErrorScope, type ResultReasonName } from './kmip-error';
export {
  KMIP_1_0,
  KMIP_1_1,
  KMIP_1_4,
  KMIP_2_0,
  KMIP_2_1,
  compareProtocolVersions,
  decodeProtocolVersion,
  encodeProtocolVersion,
  formatProtocolVersion,
  registryVersionOf,
  usesAttributesStructure,
  type ProtocolVersion,
} from './protocol-version';
export type {
  AttestationCredential,
  Credential,
  DeviceCredential,
  Nonce,
  OtherCredential,
  UsernamePasswordCredential,
} from './credential';
export type { RequestHeader } from './request-header';
export type { ResponseHeader } from './response-header';
export type { RequestBatchItem } from './request-batch-item';
export type { ResponseBatchItem } from './response-batch-item';
export { decodeRequestMessage, encodeRequestMessage, type RequestMessage } from './request-message';
export { decodeResponseMessage, encodeResponseMessage, type ResponseMessage } from './response-message';
export { decodeRequestBytes, decodeResponseBytes, encodeRequestBytes, encodeResponseBytes } from './message-bytes';
export { failureItem, messageFailureResponse, statusOnlyItem, successItem } from './batch-results';
export { StructureReader } from './structure-reader';

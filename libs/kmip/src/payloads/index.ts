export type { PayloadCodec } from './payload-codec';
export {
  isSupportedOperation,
  payloadCodec,
  payloadCodecs,
  type OperationPayloads,
  type RequestPayloadOf,
  type ResponsePayloadOf,
  type SupportedOperation,
} from './payload-codecs';
export {
  decodeRequestPayload,
  decodeRequestPayloads,
  requestBatchItem,
  type DecodedBatchItem,
  type DecodedRequest,
} from './request-payload';
export { decodeResponsePayload, encodeResponsePayload } from './response-payload';
export { resolveUniqueIdentifier, type UniqueIdentifierValue } from './unique-identifier';
export type { IdentifiedRequest } from './identified-request';
export type { IdentifiedResponse } from './identified-response';
export type { ActivateRequest, ActivateResponse } from './activate.payload';
export type { AddAttributeRequest, AddAttributeResponse } from './add-attribute.payload';
export type { AdjustAttributeRequest, AdjustAttributeResponse } from './adjust-attribute.payload';
export type { CheckConditions, CheckRequest, CheckResponse } from './check.payload';
export type { CreateRequest, CreateResponse } from './create.payload';
export type { DeleteAttributeRequest, DeleteAttributeResponse } from './delete-attribute.payload';
export type { DestroyRequest, DestroyResponse } from './destroy.payload';
export type { DiscoverVersionsRequest, DiscoverVersionsResponse } from './discover-versions.payload';
export type { GetAttributeListRequest, GetAttributeListResponse } from './get-attribute-list.payload';
export type { GetAttributesRequest, GetAttributesResponse } from './get-attributes.payload';
export type { GetRequest, GetResponse } from './get.payload';
export type { LocateRequest, LocateResponse } from './locate.payload';
export type { ModifyAttributeRequest, ModifyAttributeResponse } from './modify-attribute.payload';
export type { QueryRequest, QueryResponse } from './query.payload';
export type { RegisterRequest, RegisterResponse } from './register.payload';
export type { ReKeyRequest, ReKeyResponse } from './rekey.payload';
export type { RevocationReason, RevokeRequest, RevokeResponse } from './revoke.payload';
export type { SetAttributeRequest, SetAttributeResponse } from './set-attribute.payload';
export { remodelRequestPayloads, remodelResponsePayloads } from './payload-round-trip';

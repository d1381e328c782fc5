import { Operation } from '../registry';
import { activateCodec, type ActivateRequest, type ActivateResponse } from './activate.payload';
import { addAttributeCodec, type AddAttributeRequest, type AddAttributeResponse } from './add-attribute.payload';
import {
  adjustAttributeCodec,
  type AdjustAttributeRequest,
  type AdjustAttributeResponse,
} from './adjust-attribute.payload';
import { checkCodec, type CheckRequest, type CheckResponse } from './check.payload';
import { createCodec, type CreateRequest, type CreateResponse } from './create.payload';
import {
  deleteAttributeCodec,
  type DeleteAttributeRequest,
  type DeleteAttributeResponse,
} from './delete-attribute.payload';
import { destroyCodec, type DestroyRequest, type DestroyResponse } from './destroy.payload';
import {
  discoverVersionsCodec,
  type DiscoverVersionsRequest,
  type DiscoverVersionsResponse,
} from './discover-versions.payload';
import {
  getAttributeListCodec,
  type GetAttributeListRequest,
  type GetAttributeListResponse,
} from './get-attribute-list.payload';
import { getAttributesCodec, type GetAttributesRequest, type GetAttributesResponse } from './get-attributes.payload';
import { getCodec, type GetRequest, type GetResponse } from './get.payload';
import { locateCodec, type LocateRequest, type LocateResponse } from './locate.payload';
import {
  modifyAttributeCodec,
  type ModifyAttributeRequest,
  type ModifyAttributeResponse,
} from './modify-attribute.payload';
import type { PayloadCodec } from './payload-codec';
import { queryCodec, type QueryRequest, type QueryResponse } from './query.payload';
import { registerCodec, type RegisterRequest, type RegisterResponse } from './register.payload';
import { reKeyCodec, type ReKeyRequest, type ReKeyResponse } from './rekey.payload';
import { revokeCodec, type RevokeRequest, type RevokeResponse } from './revoke.payload';
import { setAttributeCodec, type SetAttributeRequest, type SetAttributeResponse } from './set-attribute.payload';

/** The request and response payload model of every operation this library decodes. */
export interface OperationPayloads {
  [Operation.Create]: { request: CreateRequest; response: CreateResponse };
  [Operation.Register]: { request: RegisterRequest; response: RegisterResponse };
  [Operation.ReKey]: { request: ReKeyRequest; response: ReKeyResponse };
  [Operation.Locate]: { request: LocateRequest; response: LocateResponse };
  [Operation.Check]: { request: CheckRequest; response: CheckResponse };
  [Operation.Get]: { request: GetRequest; response: GetResponse };
  [Operation.GetAttributes]: { request: GetAttributesRequest; response: GetAttributesResponse };
  [Operation.GetAttributeList]: { request: GetAttributeListRequest; response: GetAttributeListResponse };
  [Operation.AddAttribute]: { request: AddAttributeRequest; response: AddAttributeResponse };
  [Operation.ModifyAttribute]: { request: ModifyAttributeRequest; response: ModifyAttributeResponse };
  [Operation.DeleteAttribute]: { request: DeleteAttributeRequest; response: DeleteAttributeResponse };
  [Operation.Activate]: { request: ActivateRequest; response: ActivateResponse };
  [Operation.Revoke]: { request: RevokeRequest; response: RevokeResponse };
  [Operation.Destroy]: { request: DestroyRequest; response: DestroyResponse };
  [Operation.Query]: { request: QueryRequest; response: QueryResponse };
  [Operation.DiscoverVersions]: { request: DiscoverVersionsRequest; response: DiscoverVersionsResponse };
  [Operation.AdjustAttribute]: { request: AdjustAttributeRequest; response: AdjustAttributeResponse };
  [Operation.SetAttribute]: { request: SetAttributeRequest; response: SetAttributeResponse };
}

export type SupportedOperation = keyof OperationPayloads;
export type RequestPayloadOf<Op extends SupportedOperation> = OperationPayloads[Op]['request'];
export type ResponsePayloadOf<Op extends SupportedOperation> = OperationPayloads[Op]['response'];

type PayloadCodecs = {
  readonly [Op in SupportedOperation]: PayloadCodec<RequestPayloadOf<Op>, ResponsePayloadOf<Op>>;
};

/** Operation → payload codec. */
export const payloadCodecs: PayloadCodecs = {
  [Operation.Create]: createCodec,
  [Operation.Register]: registerCodec,
  [Operation.ReKey]: reKeyCodec,
  [Operation.Locate]: locateCodec,
  [Operation.Check]: checkCodec,
  [Operation.Get]: getCodec,
  [Operation.GetAttributes]: getAttributesCodec,
  [Operation.GetAttributeList]: getAttributeListCodec,
  [Operation.AddAttribute]: addAttributeCodec,
  [Operation.ModifyAttribute]: modifyAttributeCodec,
  [Operation.DeleteAttribute]: deleteAttributeCodec,
  [Operation.Activate]: activateCodec,
  [Operation.Revoke]: revokeCodec,
  [Operation.Destroy]: destroyCodec,
  [Operation.Query]: queryCodec,
  [Operation.DiscoverVersions]: discoverVersionsCodec,
  [Operation.AdjustAttribute]: adjustAttributeCodec,
  [Operation.SetAttribute]: setAttributeCodec,
};

export function isSupportedOperation(operation: number): operation is SupportedOperation {
  return Object.prototype.hasOwnProperty.call(payloadCodecs, operation);
}

export function payloadCodec<Op extends SupportedOperation>(
  operation: Op,
): PayloadCodec<RequestPayloadOf<Op>, ResponsePayloadOf<Op>> {
  return payloadCodecs[operation];
}

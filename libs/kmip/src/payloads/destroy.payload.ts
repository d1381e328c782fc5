import { Operation } from '../registry';
import { decodeIdentifiedRequest, encodeIdentifiedRequest, type IdentifiedRequest } from './identified-request';
import { decodeIdentifiedResponse, encodeIdentifiedResponse, type IdentifiedResponse } from './identified-response';
import type { PayloadCodec } from './payload-codec';

/** Destroy (KMIP 1.4 §4.21, KMIP 2.1 §6.1.10). */
export type DestroyRequest = IdentifiedRequest;
export type DestroyResponse = IdentifiedResponse;

export const destroyCodec: PayloadCodec<DestroyRequest, DestroyResponse> = {
  operation: Operation.Destroy,
  decodeRequest: (payload, version) => decodeIdentifiedRequest(payload, version, 'Destroy'),
  encodeRequest: encodeIdentifiedRequest,
  decodeResponse: (payload) => decodeIdentifiedResponse(payload, 'Destroy'),
  encodeResponse: encodeIdentifiedResponse,
};

import { Operation } from '../registry';
import { decodeIdentifiedRequest, encodeIdentifiedRequest, type IdentifiedRequest } from './identified-request';
import { decodeIdentifiedResponse, encodeIdentifiedResponse, type IdentifiedResponse } from './identified-response';
import type { PayloadCodec } from './payload-codec';

/** Activate (KMIP 1.4 §4.19, KMIP 2.1 §6.1.1): Pre-Active → Active. */
export type ActivateRequest = IdentifiedRequest;
export type ActivateResponse = IdentifiedResponse;

export const activateCodec: PayloadCodec<ActivateRequest, ActivateResponse> = {
  operation: Operation.Activate,
  decodeRequest: (payload, version) => decodeIdentifiedRequest(payload, version, 'Activate'),
  encodeRequest: encodeIdentifiedRequest,
  decodeResponse: (payload) => decodeIdentifiedResponse(payload, 'Activate'),
  encodeResponse: encodeIdentifiedResponse,
};

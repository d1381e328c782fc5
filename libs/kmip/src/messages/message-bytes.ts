import { decodeTtlv, encodeTtlv, TtlvDecodeError, type TtlvLimits } from '../ttlv';
import { KmipError } from './kmip-error';
import { decodeRequestMessage, encodeRequestMessage, type RequestMessage } from './request-message';
import { decodeResponseMessage, encodeResponseMessage, type ResponseMessage } from './response-message';

/** Bytes of one framed message → RequestMessage. TTLV that cannot be parsed is an Invalid Message (KMIP 1.4 §11.1). */
export function decodeRequestBytes(bytes: Uint8Array, limits?: Partial<TtlvLimits>): RequestMessage {
  return decodeRequestMessage(decodeOrInvalid(bytes, limits));
}

export function encodeRequestBytes(message: RequestMessage): Buffer {
  return encodeTtlv(encodeRequestMessage(message));
}

export function decodeResponseBytes(bytes: Uint8Array, limits?: Partial<TtlvLimits>): ResponseMessage {
  return decodeResponseMessage(decodeOrInvalid(bytes, limits));
}

export function encodeResponseBytes(message: ResponseMessage): Buffer {
  return encodeTtlv(encodeResponseMessage(message));
}

function decodeOrInvalid(bytes: Uint8Array, limits: Partial<TtlvLimits> | undefined) {
  try {
    return decodeTtlv(bytes, limits);
  } catch (err) {
    // The codec's message names the reason, offset and tag path, never a value.
    if (err instanceof TtlvDecodeError) throw new KmipError('InvalidMessage', err.message, 'message');
    throw err;
  }
}

import type { TtlvItem, TtlvStructure } from '../ttlv';
import type { ProtocolVersion } from '../messages/protocol-version';

/**
 * Both directions of one operation's payloads (KMIP 1.4 §4, KMIP 2.1 §6). Decoders read strictly and throw
 * batch-item-scoped KmipErrors; encoders write the fields in the spec's order, in the shape of `version` (attribute
 * lists as Template-Attribute in 1.x, Attributes in 2.x).
 */
export interface PayloadCodec<Request, Response> {
  readonly operation: number;
  decodeRequest(payload: TtlvItem, version: ProtocolVersion): Request;
  encodeRequest(request: Request, version: ProtocolVersion): TtlvStructure;
  decodeResponse(payload: TtlvItem, version: ProtocolVersion): Response;
  encodeResponse(response: Response, version: ProtocolVersion): TtlvStructure;
}

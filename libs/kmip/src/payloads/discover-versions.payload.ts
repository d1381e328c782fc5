import { ttlv, type TtlvItem } from '../ttlv';
import { Operation, Tag } from '../registry';
import { decodeProtocolVersion, encodeProtocolVersion, type ProtocolVersion } from '../messages/protocol-version';
import type { PayloadCodec } from './payload-codec';
import { readPayload } from './payload-reader';

/** Discover Versions (KMIP 1.4 §4.26): the versions the client offers, preferred first; empty means "tell me yours". */
export interface DiscoverVersionsRequest {
  readonly protocolVersions: readonly ProtocolVersion[];
}

/** The versions the server supports among those offered, preferred first; empty if none is common. */
export interface DiscoverVersionsResponse {
  readonly protocolVersions: readonly ProtocolVersion[];
}

function read(payload: TtlvItem): DiscoverVersionsRequest {
  return readPayload(payload, 'Discover Versions', (reader) => ({
    protocolVersions: reader.manyItems(Tag.ProtocolVersion).map((item) => decodeProtocolVersion(item)),
  }));
}

function write(tag: number, versions: readonly ProtocolVersion[]) {
  return ttlv.structure(
    tag,
    versions.map((version) => encodeProtocolVersion(version)),
  );
}

export const discoverVersionsCodec: PayloadCodec<DiscoverVersionsRequest, DiscoverVersionsResponse> = {
  operation: Operation.DiscoverVersions,
  decodeRequest: read,
  encodeRequest: (request) => write(Tag.RequestPayload, request.protocolVersions),
  decodeResponse: read,
  encodeResponse: (response) => write(Tag.ResponsePayload, response.protocolVersions),
};

import { ttlv, type TtlvItem, type TtlvStructure } from '../ttlv';
import { Tag } from '../registry';
import { decodeNonce, encodeNonce, type Nonce } from './credential';
import { KmipError } from './kmip-error';
import { bytesIf, itemIf, textIf } from './optional-fields';
import { decodeProtocolVersion, encodeProtocolVersion, type ProtocolVersion } from './protocol-version';
import { StructureReader } from './structure-reader';

/** Response Header (KMIP 1.4 §7.2 Table 224, KMIP 2.1 §8.2). Batch Count is derived from the batch items. */
export interface ResponseHeader {
  readonly protocolVersion: ProtocolVersion;
  /** Seconds since the epoch; required. */
  readonly timeStamp: bigint;
  /** KMIP 1.2+: issued for attestation. */
  readonly nonce?: Nonce;
  /** KMIP 2.0+. */
  readonly serverHashedPassword?: Uint8Array;
  /** KMIP 1.2+; absent when empty. */
  readonly attestationTypes?: readonly number[];
  /** KMIP 1.4+: echoed from the request. */
  readonly clientCorrelationValue?: string;
  /** KMIP 1.4+. */
  readonly serverCorrelationValue?: string;
}

export function decodeResponseHeader(item: TtlvItem): { header: ResponseHeader; batchCount: number } {
  const reader = new StructureReader(item, 'Response Header', 'message');
  const protocolVersion = decodeProtocolVersion(reader.requiredItem(Tag.ProtocolVersion), 'message');
  try {
    const nonce = reader.optional(Tag.Nonce, 'Structure');
    const attestationTypes = reader.many(Tag.AttestationType, 'Enumeration').map((i) => i.value);
    const header: ResponseHeader = {
      protocolVersion,
      timeStamp: reader.dateTime(Tag.TimeStamp),
      nonce: nonce === undefined ? undefined : decodeNonce(nonce, 'message'),
      serverHashedPassword: reader.optionalBytes(Tag.ServerHashedPassword),
      attestationTypes: attestationTypes.length === 0 ? undefined : attestationTypes,
      clientCorrelationValue: reader.optionalText(Tag.ClientCorrelationValue),
      serverCorrelationValue: reader.optionalText(Tag.ServerCorrelationValue),
    };
    const batchCount = reader.integer(Tag.BatchCount);
    reader.done();
    return { header, batchCount };
  } catch (err) {
    throw err instanceof KmipError ? err.atMessageLevel(protocolVersion) : err;
  }
}

export function encodeResponseHeader(header: ResponseHeader, batchCount: number): TtlvStructure {
  return ttlv.structure(Tag.ResponseHeader, [
    encodeProtocolVersion(header.protocolVersion),
    ttlv.dateTime(Tag.TimeStamp, header.timeStamp),
    ...itemIf(header.nonce === undefined ? undefined : encodeNonce(header.nonce)),
    ...bytesIf(Tag.ServerHashedPassword, header.serverHashedPassword),
    ...(header.attestationTypes ?? []).map((type) => ttlv.enumeration(Tag.AttestationType, type)),
    ...textIf(Tag.ClientCorrelationValue, header.clientCorrelationValue),
    ...textIf(Tag.ServerCorrelationValue, header.serverCorrelationValue),
    ttlv.integer(Tag.BatchCount, batchCount),
  ]);
}

import { ttlv } from '../ttlv';
import { Operation, Tag } from '../registry';
import { dateTimeIf, textIf } from '../messages/optional-fields';
import { StructureReader } from '../messages/structure-reader';
import { decodeIdentifiedResponse, encodeIdentifiedResponse, type IdentifiedResponse } from './identified-response';
import type { PayloadCodec } from './payload-codec';
import { readPayload } from './payload-reader';
import {
  readRequestUniqueIdentifier,
  writeRequestUniqueIdentifier,
  type UniqueIdentifierValue,
} from './unique-identifier';

/** Revocation Reason (KMIP 1.4 §3.31). */
export interface RevocationReason {
  /** A Revocation Reason Code value: Unspecified, Key Compromise, … */
  readonly code: number;
  readonly message?: string;
}

/** Revoke (KMIP 1.4 §4.20, KMIP 2.1 §6.1.47). */
export interface RevokeRequest {
  readonly uniqueIdentifier?: UniqueIdentifierValue;
  readonly revocationReason: RevocationReason;
  /** Seconds since the epoch; expected with Key Compromise. */
  readonly compromiseOccurrenceDate?: bigint;
}

export type RevokeResponse = IdentifiedResponse;

export const revokeCodec: PayloadCodec<RevokeRequest, RevokeResponse> = {
  operation: Operation.Revoke,
  decodeRequest: (payload, version) =>
    readPayload(payload, 'Revoke', (reader) => {
      const uniqueIdentifier = readRequestUniqueIdentifier(reader, version);
      const reason = new StructureReader(reader.requiredItem(Tag.RevocationReason), 'Revocation Reason');
      const revocationReason = {
        code: reason.enumeration(Tag.RevocationReasonCode),
        message: reason.optionalText(Tag.RevocationMessage),
      };
      reason.done();
      return {
        uniqueIdentifier,
        revocationReason,
        compromiseOccurrenceDate: reader.optionalDateTime(Tag.CompromiseOccurrenceDate),
      };
    }),
  encodeRequest: (request) =>
    ttlv.structure(Tag.RequestPayload, [
      ...writeRequestUniqueIdentifier(request.uniqueIdentifier),
      ttlv.structure(Tag.RevocationReason, [
        ttlv.enumeration(Tag.RevocationReasonCode, request.revocationReason.code),
        ...textIf(Tag.RevocationMessage, request.revocationReason.message),
      ]),
      ...dateTimeIf(Tag.CompromiseOccurrenceDate, request.compromiseOccurrenceDate),
    ]),
  decodeResponse: (payload) => decodeIdentifiedResponse(payload, 'Revoke'),
  encodeResponse: encodeIdentifiedResponse,
};

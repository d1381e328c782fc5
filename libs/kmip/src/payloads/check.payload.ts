import { ttlv, type TtlvItem, type TtlvStructure } from '../ttlv';
import { Operation, Tag } from '../registry';
import { integerIf, intervalIf, longIntegerIf } from '../messages/optional-fields';
import type { StructureReader } from '../messages/structure-reader';
import type { PayloadCodec } from './payload-codec';
import { readPayload } from './payload-reader';
import {
  readRequestUniqueIdentifier,
  writeRequestUniqueIdentifier,
  type UniqueIdentifierValue,
} from './unique-identifier';

/** What Check asks about (KMIP 1.4 §4.10), and what the response returns where the check fails. */
export interface CheckConditions {
  readonly usageLimitsCount?: bigint;
  readonly cryptographicUsageMask?: number;
  /** Seconds. */
  readonly leaseTime?: number;
}

export interface CheckRequest extends CheckConditions {
  readonly uniqueIdentifier?: UniqueIdentifierValue;
}

export interface CheckResponse extends CheckConditions {
  readonly uniqueIdentifier: string;
}

function readConditions(reader: StructureReader): CheckConditions {
  return {
    usageLimitsCount: reader.optionalLongInteger(Tag.UsageLimitsCount),
    cryptographicUsageMask: reader.optionalInteger(Tag.CryptographicUsageMask),
    leaseTime: reader.optionalInterval(Tag.LeaseTime),
  };
}

function writeConditions(tag: number, identifier: TtlvItem[], conditions: CheckConditions): TtlvStructure {
  return ttlv.structure(tag, [
    ...identifier,
    ...longIntegerIf(Tag.UsageLimitsCount, conditions.usageLimitsCount),
    ...integerIf(Tag.CryptographicUsageMask, conditions.cryptographicUsageMask),
    ...intervalIf(Tag.LeaseTime, conditions.leaseTime),
  ]);
}

export const checkCodec: PayloadCodec<CheckRequest, CheckResponse> = {
  operation: Operation.Check,
  decodeRequest: (payload, version) =>
    readPayload(payload, 'Check', (reader) => ({
      uniqueIdentifier: readRequestUniqueIdentifier(reader, version),
      ...readConditions(reader),
    })),
  encodeRequest: (request) =>
    writeConditions(Tag.RequestPayload, writeRequestUniqueIdentifier(request.uniqueIdentifier), request),
  decodeResponse: (payload) =>
    readPayload(payload, 'Check', (reader) => ({
      uniqueIdentifier: reader.text(Tag.UniqueIdentifier),
      ...readConditions(reader),
    })),
  encodeResponse: (response) =>
    writeConditions(Tag.ResponsePayload, [ttlv.text(Tag.UniqueIdentifier, response.uniqueIdentifier)], response),
};

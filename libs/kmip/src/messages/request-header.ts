import { ttlv, type TtlvItem, type TtlvStructure } from '../ttlv';
import { Tag } from '../registry';
import { decodeCredential, encodeCredential, type Credential } from './credential';
import { KmipError } from './kmip-error';
import { booleanIf, dateTimeIf, enumerationIf, integerIf, itemIf, textIf } from './optional-fields';
import { decodeProtocolVersion, encodeProtocolVersion, type ProtocolVersion } from './protocol-version';
import { StructureReader } from './structure-reader';

/**
 * Request Header (KMIP 1.4 §7.2 Table 223, KMIP 2.1 §8.2). Batch Count is not part of the model: the decoder checks it
 * against the batch items and the encoder writes their number.
 */
export interface RequestHeader {
  readonly protocolVersion: ProtocolVersion;
  readonly maximumResponseSize?: number;
  /** KMIP 1.4+. */
  readonly clientCorrelationValue?: string;
  /** KMIP 1.4+. */
  readonly serverCorrelationValue?: string;
  /** A Boolean in KMIP 1.x, an Asynchronous Indicator enumeration value in 2.x; written with the type it holds. */
  readonly asynchronousIndicator?: boolean | number;
  /** KMIP 1.2+. */
  readonly attestationCapableIndicator?: boolean;
  /** KMIP 1.2+; empty when absent. */
  readonly attestationTypes?: readonly number[];
  /** One Credential in KMIP 1.0-1.1, one or more from 1.2. */
  readonly authentication?: readonly Credential[];
  readonly batchErrorContinuationOption?: number;
  readonly batchOrderOption?: boolean;
  /** Seconds since the epoch. */
  readonly timeStamp?: bigint;
}

/** Decodes a Request Header; returns the Batch Count it declares for the caller to check. */
export function decodeRequestHeader(item: TtlvItem): { header: RequestHeader; batchCount: number } {
  const reader = new StructureReader(item, 'Request Header', 'message');
  const protocolVersion = decodeProtocolVersion(reader.requiredItem(Tag.ProtocolVersion), 'message');
  try {
    const asynchronous = reader.optionalItem(Tag.AsynchronousIndicator);
    if (asynchronous !== undefined && asynchronous.type !== 'Boolean' && asynchronous.type !== 'Enumeration') {
      throw reader.error(`Request Header: field Asynchronous Indicator is ${asynchronous.type}`);
    }
    const authentication = reader.optional(Tag.Authentication, 'Structure');
    const attestationTypes = reader.many(Tag.AttestationType, 'Enumeration').map((i) => i.value);
    const header: RequestHeader = {
      protocolVersion,
      maximumResponseSize: reader.optionalInteger(Tag.MaximumResponseSize),
      clientCorrelationValue: reader.optionalText(Tag.ClientCorrelationValue),
      serverCorrelationValue: reader.optionalText(Tag.ServerCorrelationValue),
      asynchronousIndicator: asynchronous?.value,
      attestationCapableIndicator: reader.optionalBoolean(Tag.AttestationCapableIndicator),
      attestationTypes: attestationTypes.length === 0 ? undefined : attestationTypes,
      authentication: authentication === undefined ? undefined : decodeAuthentication(authentication),
      batchErrorContinuationOption: reader.optionalEnumeration(Tag.BatchErrorContinuationOption),
      batchOrderOption: reader.optionalBoolean(Tag.BatchOrderOption),
      timeStamp: reader.optionalDateTime(Tag.TimeStamp),
    };
    const batchCount = reader.integer(Tag.BatchCount);
    reader.done();
    return { header, batchCount };
  } catch (err) {
    throw err instanceof KmipError ? err.atMessageLevel(protocolVersion) : err;
  }
}

export function encodeRequestHeader(header: RequestHeader, batchCount: number): TtlvStructure {
  const asynchronous = header.asynchronousIndicator;
  return ttlv.structure(Tag.RequestHeader, [
    encodeProtocolVersion(header.protocolVersion),
    ...integerIf(Tag.MaximumResponseSize, header.maximumResponseSize),
    ...textIf(Tag.ClientCorrelationValue, header.clientCorrelationValue),
    ...textIf(Tag.ServerCorrelationValue, header.serverCorrelationValue),
    ...(typeof asynchronous === 'boolean'
      ? booleanIf(Tag.AsynchronousIndicator, asynchronous)
      : enumerationIf(Tag.AsynchronousIndicator, asynchronous)),
    ...booleanIf(Tag.AttestationCapableIndicator, header.attestationCapableIndicator),
    ...(header.attestationTypes ?? []).map((type) => ttlv.enumeration(Tag.AttestationType, type)),
    ...itemIf(
      header.authentication === undefined
        ? undefined
        : ttlv.structure(Tag.Authentication, header.authentication.map(encodeCredential)),
    ),
    ...enumerationIf(Tag.BatchErrorContinuationOption, header.batchErrorContinuationOption),
    ...booleanIf(Tag.BatchOrderOption, header.batchOrderOption),
    ...dateTimeIf(Tag.TimeStamp, header.timeStamp),
    ttlv.integer(Tag.BatchCount, batchCount),
  ]);
}

function decodeAuthentication(item: TtlvItem): Credential[] {
  const reader = new StructureReader(item, 'Authentication', 'message');
  const credentials = reader.manyItems(Tag.Credential).map((c) => decodeCredential(c, 'message'));
  reader.done();
  if (credentials.length === 0) throw reader.error('Authentication: required field Credential is missing');
  return credentials;
}

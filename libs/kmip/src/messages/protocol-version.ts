import { ttlv, type TtlvItem, type TtlvStructure } from '../ttlv';
import { isKmipVersion, Tag, type KmipVersion } from '../registry';
import type { KmipErrorScope } from './kmip-error';
import { StructureReader } from './structure-reader';

/** Protocol Version (KMIP 1.4 §6.1): the version a message is written in. */
export interface ProtocolVersion {
  readonly major: number;
  readonly minor: number;
}

export const KMIP_1_0: ProtocolVersion = Object.freeze({ major: 1, minor: 0 });
export const KMIP_1_1: ProtocolVersion = Object.freeze({ major: 1, minor: 1 });
export const KMIP_1_4: ProtocolVersion = Object.freeze({ major: 1, minor: 4 });
export const KMIP_2_0: ProtocolVersion = Object.freeze({ major: 2, minor: 0 });
export const KMIP_2_1: ProtocolVersion = Object.freeze({ major: 2, minor: 1 });

/** Negative when `a` is older than `b`, zero when equal, positive when newer. */
export function compareProtocolVersions(a: ProtocolVersion, b: ProtocolVersion): number {
  return a.major !== b.major ? a.major - b.major : a.minor - b.minor;
}

export function formatProtocolVersion(version: ProtocolVersion): string {
  return `${version.major}.${version.minor}`;
}

/**
 * KMIP 2.0 replaced Template-Attribute / Attribute (name, index, value) with the Attributes structure holding
 * attributes by tag, and Attribute Name with Attribute Reference. Payloads are written in the shape of this version.
 */
export function usesAttributesStructure(version: ProtocolVersion): boolean {
  return version.major >= 2;
}

export function encodeProtocolVersion(version: ProtocolVersion, tag: number = Tag.ProtocolVersion): TtlvStructure {
  return ttlv.structure(tag, [
    ttlv.integer(Tag.ProtocolVersionMajor, version.major),
    ttlv.integer(Tag.ProtocolVersionMinor, version.minor),
  ]);
}

export function decodeProtocolVersion(item: TtlvItem, scope: KmipErrorScope = 'batch-item'): ProtocolVersion {
  const reader = new StructureReader(item, 'Protocol Version', scope);
  const version = { major: reader.integer(Tag.ProtocolVersionMajor), minor: reader.integer(Tag.ProtocolVersionMinor) };
  reader.done();
  return version;
}

/**
 * The registry version whose tables apply to `version`: itself when the registry transcribes it, else the newest of
 * the same major version (a 1.5 or 2.2 client is read with the 1.4 or 2.1 tables).
 */
export function registryVersionOf(version: ProtocolVersion): KmipVersion {
  const text = formatProtocolVersion(version);
  if (isKmipVersion(text)) return text;
  return version.major >= 2 ? '2.1' : version.major === 1 ? '1.4' : '1.0';
}

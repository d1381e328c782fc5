import type { TtlvType } from '../ttlv';
import { compareKmipVersions, formatTag, isExtensionTag, Tag, tagInfo, type KmipVersion } from '../registry';

/**
 * The standard attributes of KMIP 1.0-2.1 (KMIP 1.4 §3, KMIP 2.1 §4), by tag. Names and value types come from the
 * registry's tag table, so the 1.x Attribute Name of an attribute is exactly its tag's name.
 */
const STANDARD_ATTRIBUTE_TAGS: readonly number[] = [
  Tag.UniqueIdentifier,
  Tag.Name,
  Tag.ObjectType,
  Tag.CryptographicAlgorithm,
  Tag.CryptographicLength,
  Tag.CryptographicParameters,
  Tag.CryptographicDomainParameters,
  Tag.CertificateType,
  Tag.CertificateLength,
  Tag.X509CertificateIdentifier,
  Tag.X509CertificateSubject,
  Tag.X509CertificateIssuer,
  Tag.CertificateIdentifier,
  Tag.CertificateSubject,
  Tag.CertificateIssuer,
  Tag.DigitalSignatureAlgorithm,
  Tag.Digest,
  Tag.OperationPolicyName,
  Tag.CryptographicUsageMask,
  Tag.LeaseTime,
  Tag.UsageLimits,
  Tag.State,
  Tag.InitialDate,
  Tag.ActivationDate,
  Tag.ProcessStartDate,
  Tag.ProtectStopDate,
  Tag.DeactivationDate,
  Tag.DestroyDate,
  Tag.CompromiseOccurrenceDate,
  Tag.CompromiseDate,
  Tag.RevocationReason,
  Tag.ArchiveDate,
  Tag.ObjectGroup,
  Tag.Fresh,
  Tag.Link,
  Tag.ApplicationSpecificInformation,
  Tag.ContactInformation,
  Tag.LastChangeDate,
  Tag.AlternativeName,
  Tag.KeyValuePresent,
  Tag.KeyValueLocation,
  Tag.OriginalCreationDate,
  Tag.RandomNumberGenerator,
  Tag.PKCS12FriendlyName,
  Tag.Description,
  Tag.Comment,
  Tag.Sensitive,
  Tag.AlwaysSensitive,
  Tag.Extractable,
  Tag.NeverExtractable,
  Tag.KeyFormatType,
  Tag.NISTKeyType,
  Tag.OpaqueDataType,
  Tag.ProtectionLevel,
  Tag.ProtectionPeriod,
  Tag.ProtectionStorageMasks,
  Tag.QuantumSafe,
  Tag.RotateAutomatic,
  Tag.RotateDate,
  Tag.RotateGeneration,
  Tag.RotateInterval,
  Tag.RotateLatest,
  Tag.RotateName,
  Tag.RotateOffset,
  Tag.ShortUniqueIdentifier,
];

export interface StandardAttribute {
  readonly name: string;
  readonly tag: number;
}

const byTag = new Map<number, StandardAttribute>();
const byName = new Map<string, StandardAttribute>();
for (const tag of STANDARD_ATTRIBUTE_TAGS) {
  const info = tagInfo.get(tag);
  if (info === undefined) throw new Error(`registry lacks attribute tag ${formatTag(tag)}`);
  const attribute = { name: info.name, tag };
  byTag.set(tag, attribute);
  byName.set(info.name, attribute);
}

export const standardAttributes: readonly StandardAttribute[] = [...byTag.values()];

export function standardAttributeByName(name: string): StandardAttribute | undefined {
  return byName.get(name);
}

export function standardAttributeByTag(tag: number): StandardAttribute | undefined {
  return byTag.get(tag);
}

/**
 * The tag of an attribute name: a standard attribute's, or an extension tag written as its hex form ('0x540001'),
 * which is how attributes held as extension tags in a KMIP 2.x Attributes structure are named.
 */
export function attributeTagOfName(name: string): number | undefined {
  const standard = byName.get(name);
  if (standard !== undefined) return standard.tag;
  if (/^0x54[0-9A-F]{4}$/.test(name)) return parseInt(name.slice(2), 16);
  return undefined;
}

/** The name of an attribute held under `tag` in a KMIP 2.x Attributes structure; undefined if `tag` is none. */
export function attributeNameOfTag(tag: number): string | undefined {
  return byTag.get(tag)?.name ?? (isExtensionTag(tag) ? formatTag(tag) : undefined);
}

/**
 * The item type a standard attribute's value has in `version`; undefined where the spec lets it vary (Unique
 * Identifier in 2.x: Text String, Enumeration or Integer) or for non-standard attributes.
 */
export function expectedAttributeType(tag: number | undefined, version: KmipVersion): TtlvType | undefined {
  if (tag === undefined || !byTag.has(tag)) return undefined;
  const info = tagInfo.get(tag);
  const former = info?.formerItemType;
  if (former !== undefined && compareKmipVersions(version, former.until) < 0) return former.itemType;
  return info?.itemType;
}

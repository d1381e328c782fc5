import type { KmipVersion, VersionRange } from './kmip-version';
import type { ItemTypeName, TagName } from './registry.generated';

/** One row of the KMIP tag table. */
export interface TagInfo extends VersionRange {
  /** The spec's name, e.g. 'Protocol Version', 'Template-Attribute'. */
  readonly name: string;
  /** The key of this tag in `Tag`. */
  readonly key: TagName;
  readonly value: number;
  /** The item type, where the spec fixes one for the versions from `formerItemType.until` (or `since`) on. */
  readonly itemType?: ItemTypeName;
  /** The item type in the versions before `until`, where it differed (e.g. Asynchronous Indicator: Boolean in 1.x). */
  readonly formerItemType?: { readonly itemType: ItemTypeName; readonly until: KmipVersion };
}

/** A spelling of a value used by the versions before `until`. */
export interface FormerName {
  readonly name: string;
  readonly until: KmipVersion;
}

/** One value of an enumeration or one bit of a mask. */
export interface EnumValueInfo extends VersionRange {
  readonly name: string;
  /** The key of this value in the enumeration's (or mask's) const object. */
  readonly key: string;
  readonly value: number;
  readonly formerNames?: readonly FormerName[];
}

/** An enumeration (or bit mask) and the tags of the fields that carry it. */
export interface EnumerationInfo {
  readonly name: string;
  /** The name of its const object, e.g. 'CryptographicAlgorithm'. */
  readonly key: string;
  readonly since: KmipVersion;
  readonly fieldTags: readonly number[];
  /** Where the spec defines it, e.g. 'KMIP 1.4 §9.1.3.2.27 Table 315'. */
  readonly source: readonly string[];
  /** Every value ever defined, oldest spelling first where a value was renamed under a new key. */
  readonly entries: readonly EnumValueInfo[];
  /** Value → its newest entry. */
  readonly values: ReadonlyMap<number, EnumValueInfo>;
}

export type MaskInfo = EnumerationInfo;

/** The declarative shape the generated file lists; `indexEnumerations` adds the `values` map. */
export type EnumerationDefinition = Omit<EnumerationInfo, 'values'>;

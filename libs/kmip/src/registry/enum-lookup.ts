import { compareKmipVersions, isDefinedIn, type KmipVersion } from './kmip-version';
import { enumerationInfo, maskInfo, Tag, tagInfo } from './registry.generated';
import type { EnumValueInfo, EnumerationInfo } from './registry-types';

/** Fields whose Enumeration value is itself a tag (KMIP 2.0 §11.54 / 2.1 §11.56 Tag Enumeration). */
const tagValuedFields: ReadonlySet<number> = new Set([Tag.Tag, Tag.AttributeReference]);

function spellingIn(entry: EnumValueInfo, version: KmipVersion): string {
  const former = entry.formerNames?.find((f) => compareKmipVersions(version, f.until) < 0);
  return former?.name ?? entry.name;
}

function lookup(info: EnumerationInfo | undefined, value: number, version?: KmipVersion): string | undefined {
  if (info === undefined) return undefined;
  if (version === undefined) return info.values.get(value)?.name;
  const entry = info.entries.find((e) => e.value === value && isDefinedIn(e, version));
  return entry === undefined ? undefined : spellingIn(entry, version);
}

/**
 * The spec name of an Enumeration item's value, found from the item's tag (e.g. `enumName(Tag.Operation, 0x1e)` is
 * 'Discover Versions'). With a version, only values that version defines are named, in that version's spelling.
 * `undefined` for unknown fields, unknown values and extensions (8XXXXXXX).
 */
export function enumName(tag: number, value: number, version?: KmipVersion): string | undefined {
  if (tagValuedFields.has(tag)) {
    const info = tagInfo.get(value);
    return info === undefined || (version !== undefined && !isDefinedIn(info, version)) ? undefined : info.name;
  }
  return lookup(enumerationInfo.get(tag), value, version);
}

/**
 * The names of the bits set in a mask item (Cryptographic Usage Mask, Storage Status Mask, Protection Storage Mask),
 * lowest bit first; bits the registry does not name (or `version` does not define) appear as hex, e.g. '0x01000000'.
 * `undefined` when `tag` is not a mask field.
 */
export function maskNames(tag: number, mask: number, version?: KmipVersion): string[] | undefined {
  const info = maskInfo.get(tag);
  if (info === undefined) return undefined;
  const names: string[] = [];
  for (let bit = 0; bit < 32; bit++) {
    const value = 2 ** bit;
    if (Math.floor(mask / value) % 2 === 0) continue;
    names.push(lookup(info, value, version) ?? `0x${value.toString(16).toUpperCase().padStart(8, '0')}`);
  }
  return names;
}

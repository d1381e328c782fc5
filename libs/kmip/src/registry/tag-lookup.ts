import { isDefinedIn, type KmipVersion } from './kmip-version';
import { tagInfo } from './registry.generated';

/** `0x420069`-style text for a tag: six upper-case hex digits, as the spec tables print them. */
export function formatTag(tag: number): string {
  return `0x${tag.toString(16).toUpperCase().padStart(6, '0')}`;
}

/** The spec name of a tag, or its hex form for vendor extensions (0x54xxxx) and tags this registry does not know. */
export function tagName(tag: number): string {
  return tagInfo.get(tag)?.name ?? formatTag(tag);
}

/** Whether `version`'s tag table defines `tag` (reserved values and extensions are not "known"). */
export function isTagKnownIn(tag: number, version: KmipVersion): boolean {
  const info = tagInfo.get(tag);
  return info !== undefined && isDefinedIn(info, version);
}

/** Vendor extension tags are 0x540000-0x54FFFF (KMIP 1.4 §9.1.3.1; KMIP 2.1 §11.56). */
export function isExtensionTag(tag: number): boolean {
  return tag >= 0x540000 && tag <= 0x54ffff;
}

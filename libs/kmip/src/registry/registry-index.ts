import { compareKmipVersions } from './kmip-version';
import type { EnumerationDefinition, EnumerationInfo, TagInfo } from './registry-types';

/** Tag value → tag row. */
export function indexTags(tags: readonly TagInfo[]): ReadonlyMap<number, TagInfo> {
  return new Map(tags.map((tag) => [tag.value, tag]));
}

/** Field tag → enumeration; an enumeration carried by several fields is reachable from each of them. */
export function indexEnumerations(definitions: readonly EnumerationDefinition[]): ReadonlyMap<number, EnumerationInfo> {
  const byFieldTag = new Map<number, EnumerationInfo>();
  for (const definition of definitions) {
    const values = new Map<number, EnumerationInfo['entries'][number]>();
    for (const entry of definition.entries) {
      const known = values.get(entry.value);
      if (known === undefined || compareKmipVersions(entry.since, known.since) > 0) values.set(entry.value, entry);
    }
    const info: EnumerationInfo = { ...definition, values };
    for (const fieldTag of definition.fieldTags) byFieldTag.set(fieldTag, info);
  }
  return byFieldTag;
}

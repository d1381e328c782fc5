import { compareKmipVersions, isDefinedIn, kmipVersions, type VersionRange } from './kmip-version';
import * as generated from './registry.generated';
import { enumerationInfo, maskInfo, Tag, tagInfo } from './registry.generated';
import type { EnumerationInfo } from './registry-types';

const tags = [...tagInfo.values()];
const groups = (map: ReadonlyMap<number, EnumerationInfo>): EnumerationInfo[] => [...new Set(map.values())];
const enumerations = groups(enumerationInfo);
const masks = groups(maskInfo);

function expectOrderedRange(range: VersionRange): void {
  if (range.removedIn !== undefined) expect(compareKmipVersions(range.since, range.removedIn)).toBeLessThan(0);
}

function duplicates<T>(items: readonly T[]): T[] {
  return items.filter((item, i) => items.indexOf(item) !== i);
}

describe('tag table integrity', () => {
  it('has every tag in the range the spec reserves for its own tags (0x420000-0x42FFFF)', () => {
    for (const tag of tags) {
      expect(tag.value).toBeGreaterThanOrEqual(0x420000);
      expect(tag.value).toBeLessThanOrEqual(0x42ffff);
    }
  });

  it('has no duplicate tag value, name or key defined in the same version', () => {
    for (const version of kmipVersions) {
      const defined = tags.filter((tag) => isDefinedIn(tag, version));
      expect(duplicates(defined.map((t) => t.value))).toEqual([]);
      expect(duplicates(defined.map((t) => t.name))).toEqual([]);
      expect(duplicates(defined.map((t) => t.key))).toEqual([]);
    }
  });

  it('has since before removedIn, and item type changes inside the tag lifetime', () => {
    for (const tag of tags) {
      expectOrderedRange(tag);
      if (tag.formerItemType !== undefined) {
        expect(compareKmipVersions(tag.since, tag.formerItemType.until)).toBeLessThan(0);
        expect(tag.formerItemType.itemType).not.toBe(tag.itemType);
      }
    }
  });

  it('agrees with the Tag const object', () => {
    expect(Object.keys(Tag)).toHaveLength(tagInfo.size);
    for (const [key, value] of Object.entries(Tag)) expect(tagInfo.get(value)?.key).toBe(key);
  });

  it('defines more tags in each version than the one before, except where 2.0 reserved the 1.x-only ones', () => {
    const counts = kmipVersions.map((v) => tags.filter((t) => isDefinedIn(t, v)).length);
    for (let i = 1; i < counts.length; i++) {
      if (kmipVersions[i] !== '2.0') expect(counts[i]).toBeGreaterThan(counts[i - 1]);
    }
  });
});

describe.each([
  ['enumerations', enumerations, enumerationInfo],
  ['masks', masks, maskInfo],
] as const)('%s integrity', (_label, list, map) => {
  it('are carried by tags that exist, and are reachable from each of them', () => {
    for (const info of list) {
      expect(info.fieldTags.length).toBeGreaterThan(0);
      for (const fieldTag of info.fieldTags) {
        const tag = tagInfo.get(fieldTag);
        expect(tag).toBeDefined();
        expect(map.get(fieldTag)).toBe(info);
        expect(kmipVersions.some((v) => isDefinedIn(tag!, v) && compareKmipVersions(v, info.since) >= 0)).toBe(true);
      }
    }
  });

  it('have no duplicate value, name or key defined in the same version', () => {
    for (const info of list) {
      for (const version of kmipVersions) {
        const defined = info.entries.filter((entry) => isDefinedIn(entry, version));
        expect(duplicates(defined.map((e) => e.value))).toEqual([]);
        expect(duplicates(defined.map((e) => e.name))).toEqual([]);
      }
      expect(duplicates(info.entries.map((e) => e.key))).toEqual([]);
    }
  });

  it('have since before removedIn, no value older than its group, and renames inside the value lifetime', () => {
    for (const info of list) {
      for (const entry of info.entries) {
        expectOrderedRange(entry);
        expect(compareKmipVersions(entry.since, info.since)).toBeGreaterThanOrEqual(0);
        for (const former of entry.formerNames ?? []) {
          expect(compareKmipVersions(entry.since, former.until)).toBeLessThan(0);
        }
      }
    }
  });

  it('agree with their const objects', () => {
    const exported = generated as unknown as Record<string, Record<string, number> | undefined>;
    for (const info of list) {
      const constObject = exported[info.key];
      expect(constObject).toBeDefined();
      expect(Object.entries(constObject!)).toEqual(info.entries.map((e) => [e.key, e.value]));
    }
  });

  it('cite where the spec defines them', () => {
    for (const info of list) {
      expect(info.source.length).toBeGreaterThan(0);
      for (const source of info.source) expect(source).toMatch(/^KMIP [12]\.\d §\d+(\.\d+)*( Tables? \d+(-\d+)?)?$/);
    }
  });
});

describe('field item types', () => {
  it('enumeration fields are Enumeration items (or polymorphic) in the versions where they carry the enumeration', () => {
    for (const info of enumerations) {
      for (const fieldTag of info.fieldTags) {
        expect([undefined, 'Enumeration']).toContain(tagInfo.get(fieldTag)?.itemType);
      }
    }
  });

  it('mask fields are Integer items', () => {
    for (const info of masks) {
      for (const fieldTag of info.fieldTags) expect(tagInfo.get(fieldTag)?.itemType).toBe('Integer');
    }
  });

  it('mask entries are single bits', () => {
    for (const info of masks) {
      for (const entry of info.entries) expect(entry.value & (entry.value - 1)).toBe(0);
    }
  });
});

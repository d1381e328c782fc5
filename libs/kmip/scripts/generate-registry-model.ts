import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareKmipVersions, isKmipVersion, type KmipVersion } from '../src/registry/kmip-version';
import { specNameToKey } from './generate-registry-keys';

/** The JSON transcription of the spec tables, read and checked (libs/kmip/spec/*.json). */
export interface SpecModel {
  readonly tags: readonly TagRow[];
  readonly enumerations: readonly EnumerationRow[];
  readonly masks: readonly EnumerationRow[];
}

export interface TagRow {
  readonly name: string;
  readonly key: string;
  readonly value: number;
  readonly since: KmipVersion;
  readonly removedIn?: KmipVersion;
  readonly itemType?: string;
  readonly formerItemType?: { readonly itemType: string; readonly until: KmipVersion };
}

export interface ValueRow {
  readonly name: string;
  readonly key: string;
  readonly value: number;
  readonly since: KmipVersion;
  readonly removedIn?: KmipVersion;
  readonly formerNames?: readonly { readonly name: string; readonly until: KmipVersion }[];
}

export interface EnumerationRow {
  readonly name: string;
  readonly key: string;
  readonly since: KmipVersion;
  readonly fieldTags: readonly TagRow[];
  readonly source: readonly string[];
  readonly values: readonly ValueRow[];
}

export const specDirectory = join(__dirname, '..', 'spec');

type Json = Record<string, unknown>;

function fail(where: string, message: string): never {
  throw new Error(`${where}: ${message}`);
}

function object(value: unknown, where: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(where, 'expected an object');
  return value as Json;
}

function array(value: unknown, where: string): unknown[] {
  if (!Array.isArray(value)) fail(where, 'expected an array');
  return value;
}

function text(value: unknown, where: string): string {
  if (typeof value !== 'string' || value.trim() !== value || value === '') fail(where, 'expected a trimmed string');
  return value;
}

function version(value: unknown, where: string): KmipVersion {
  if (!isKmipVersion(value)) fail(where, `unknown KMIP version ${JSON.stringify(value)}`);
  return value;
}

function optionalVersion(value: unknown, where: string): KmipVersion | undefined {
  return value === undefined ? undefined : version(value, where);
}

function hex(value: unknown, digits: number, where: string): number {
  const s = text(value, where);
  if (!new RegExp(`^0x[0-9A-F]{${digits}}$`).test(s)) fail(where, `expected 0x and ${digits} upper-case hex digits`);
  return parseInt(s.slice(2), 16);
}

function checkRange(since: KmipVersion, removedIn: KmipVersion | undefined, where: string): void {
  if (removedIn !== undefined && compareKmipVersions(since, removedIn) >= 0) fail(where, 'removedIn must follow since');
}

function readTags(doc: Json): TagRow[] {
  const rows = array(doc.tags, 'tags.json tags').map((raw, i): TagRow => {
    const where = `tags.json tags[${i}]`;
    const item = object(raw, where);
    const name = text(item.name, `${where}.name`);
    const since = version(item.since, `${where}.since`);
    const removedIn = optionalVersion(item.removedIn, `${where}.removedIn`);
    checkRange(since, removedIn, where);
    const itemType = item.itemType === undefined ? undefined : text(item.itemType, `${where}.itemType`);
    let formerItemType: TagRow['formerItemType'];
    if (item.formerItemType !== undefined) {
      const former = object(item.formerItemType, `${where}.formerItemType`);
      const until = version(former.until, `${where}.formerItemType.until`);
      checkRange(since, until, `${where}.formerItemType`);
      formerItemType = { itemType: text(former.itemType, `${where}.formerItemType.itemType`), until };
    }
    return {
      name,
      key: specNameToKey(name),
      value: hex(item.value, 6, `${where}.value`),
      since,
      ...(removedIn === undefined ? {} : { removedIn }),
      ...(itemType === undefined ? {} : { itemType }),
      ...(formerItemType === undefined ? {} : { formerItemType }),
    };
  });
  unique(rows, (row) => row.value, 'tags.json: duplicate tag value');
  unique(rows, (row) => row.key, 'tags.json: duplicate tag key');
  return rows;
}

function readValues(rawValues: unknown, digits: number, where: string, since: KmipVersion): ValueRow[] {
  const rows = array(rawValues, where).map((raw, i): ValueRow => {
    const at = `${where}[${i}]`;
    const item = object(raw, at);
    const name = text(item.name, `${at}.name`);
    const valueSince = version(item.since, `${at}.since`);
    if (compareKmipVersions(valueSince, since) < 0) fail(at, 'value older than its enumeration');
    const removedIn = optionalVersion(item.removedIn, `${at}.removedIn`);
    checkRange(valueSince, removedIn, at);
    let formerNames: ValueRow['formerNames'];
    if (item.formerNames !== undefined) {
      formerNames = array(item.formerNames, `${at}.formerNames`).map((rawFormer, j) => {
        const former = object(rawFormer, `${at}.formerNames[${j}]`);
        const until = version(former.until, `${at}.formerNames[${j}].until`);
        checkRange(valueSince, until, `${at}.formerNames[${j}]`);
        const formerName = text(former.name, `${at}.formerNames[${j}].name`);
        if (specNameToKey(formerName) !== specNameToKey(name)) fail(at, 'a former name must map to the same key');
        return { name: formerName, until };
      });
    }
    return {
      name,
      key: specNameToKey(name),
      value: hex(item.value, digits, `${at}.value`),
      since: valueSince,
      ...(removedIn === undefined ? {} : { removedIn }),
      ...(formerNames === undefined ? {} : { formerNames }),
    };
  });
  unique(rows, (row) => row.key, `${where}: duplicate key`);
  return rows;
}

function readEnumerations(doc: Json, file: string, listName: string, valuesName: string, tags: readonly TagRow[]) {
  const tagsByName = new Map(tags.map((tag) => [tag.name, tag]));
  const rows = array(doc[listName], `${file} ${listName}`).map((raw, i): EnumerationRow => {
    const where = `${file} ${listName}[${i}]`;
    const item = object(raw, where);
    const name = text(item.name, `${where}.name`);
    const since = version(item.since, `${where}.since`);
    const fieldTags = array(item.fieldTags, `${where}.fieldTags`).map((tagName, j) => {
      const tag = tagsByName.get(text(tagName, `${where}.fieldTags[${j}]`));
      if (tag === undefined) fail(where, `field tag ${JSON.stringify(tagName)} is not in tags.json`);
      return tag;
    });
    if (fieldTags.length === 0) fail(where, 'an enumeration needs at least one field tag');
    return {
      name,
      key: specNameToKey(name),
      since,
      fieldTags,
      source: array(item.source, `${where}.source`).map((s, j) => text(s, `${where}.source[${j}]`)),
      values: readValues(item[valuesName], 8, `${where}.${valuesName}`, since),
    };
  });
  unique(rows, (row) => row.key, `${file}: duplicate name`);
  return rows;
}

function unique<T>(rows: readonly T[], keyOf: (row: T) => unknown, message: string): void {
  const seen = new Set<unknown>();
  for (const row of rows) {
    const key = keyOf(row);
    if (seen.has(key)) fail(message, String(key));
    seen.add(key);
  }
}

/** The three documents as parsed JSON, before checking. */
export interface SpecDocuments {
  readonly tags: unknown;
  readonly enumerations: unknown;
  readonly masks: unknown;
}

export function readSpecDocuments(): SpecDocuments {
  const read = (file: string): unknown => JSON.parse(readFileSync(join(specDirectory, file), 'utf8'));
  return { tags: read('tags.json'), enumerations: read('enumerations.json'), masks: read('masks.json') };
}

/** Checks the documents and derives the keys; throws with the offending path on the first inconsistency. */
export function buildSpecModel(documents: SpecDocuments): SpecModel {
  const tags = readTags(object(documents.tags, 'tags.json'));
  const enumerations = readEnumerations(
    object(documents.enumerations, 'enumerations.json'),
    'enumerations.json',
    'enumerations',
    'values',
    tags,
  );
  const masks = readEnumerations(object(documents.masks, 'masks.json'), 'masks.json', 'masks', 'bits', tags);
  unique([...enumerations, ...masks, { key: 'Tag' }], (row) => row.key, 'enumeration and mask names collide');
  const itemTypes = enumerations.find((e) => e.key === 'ItemType');
  if (itemTypes === undefined) fail('enumerations.json', 'the Item Type enumeration is required');
  const itemTypeKeys = new Set(itemTypes.values.map((v) => v.key));
  for (const tag of tags) {
    for (const type of [tag.itemType, tag.formerItemType?.itemType]) {
      if (type !== undefined && !itemTypeKeys.has(type)) fail(`tag ${tag.name}`, `unknown item type ${type}`);
    }
  }
  return { tags, enumerations, masks };
}

export function loadSpecModel(): SpecModel {
  return buildSpecModel(readSpecDocuments());
}

import type { KmipVersion } from '../src/registry/kmip-version';
import { renderKey, renderMemberAccess } from './generate-registry-keys';
import type { EnumerationRow, SpecModel, TagRow, ValueRow } from './generate-registry-model';

export const generatedFilePath = 'libs/kmip/src/registry/registry.generated.ts';
export const regenerateCommand = 'npm run generate:kmip';

const header = [
  '// GENERATED FILE - do not edit.',
  '// Source data: libs/kmip/spec/tags.json, libs/kmip/spec/enumerations.json, libs/kmip/spec/masks.json',
  `// Regenerate: ${regenerateCommand} (libs/kmip/scripts/generate-registry.ts)`,
  '//',
  '// Keys are the spec names in PascalCase: split on every non-alphanumeric character, upper-case the first',
  '// character of each part, keep the rest as the spec writes it (acronyms stay: AES, HMACSHA256, UniqueBatchItemID).',
  "// Names that start with a digit stay quoted (CryptographicAlgorithm['3DES']).",
];

function tagHex(value: number): string {
  return `0x${value.toString(16).padStart(6, '0')}`;
}

function enumHex(value: number): string {
  return `0x${value.toString(16).padStart(2, '0')}`;
}

function maskHex(value: number): string {
  return `0x${value.toString(16)}`;
}

/** A single-quoted TypeScript string literal. */
function str(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function docText(value: string): string {
  return value.replace(/\*\//g, '*\\/');
}

function lifetime(entry: { since: KmipVersion; removedIn?: KmipVersion }): string {
  return entry.removedIn === undefined ? `KMIP ${entry.since}+` : `KMIP ${entry.since}, removed in ${entry.removedIn}`;
}

function valueComment(row: ValueRow): string {
  const former = (row.formerNames ?? []).map((f) => `before ${f.until}: "${f.name}"`);
  return `/** ${docText(row.name)} (${[lifetime(row), ...former].join('; ')}) */`;
}

function emitTagConst(tags: readonly TagRow[]): string[] {
  const lines = [
    '/** KMIP tags by spec name (KMIP 1.4 §9.1.3.1 Table 288; KMIP 2.0 §11.54; KMIP 2.1 §11.56 Table 487). */',
    'export const Tag = {',
  ];
  for (const tag of tags) {
    lines.push(`  /** ${docText(tag.name)} (${lifetime(tag)}) */`, `  ${renderKey(tag.key)}: ${tagHex(tag.value)},`);
  }
  lines.push('} as const;', '', 'export type TagName = keyof typeof Tag;', '');
  return lines;
}

function emitValuesConst(group: EnumerationRow, format: (value: number) => string): string[] {
  const fields = group.fieldTags.map((tag) => tag.name).join(', ');
  const lines = [`/** ${docText(group.name)} (field: ${fields}). ${docText(group.source.join('; '))}. */`];
  lines.push(`export const ${group.key} = {`);
  for (const row of group.values)
    lines.push(`  ${valueComment(row)}`, `  ${renderKey(row.key)}: ${format(row.value)},`);
  lines.push('} as const;', '');
  return lines;
}

function optionalFields(entry: { removedIn?: KmipVersion }): string {
  return entry.removedIn === undefined ? '' : `, removedIn: ${str(entry.removedIn)}`;
}

function emitTagInfo(tags: readonly TagRow[]): string[] {
  const lines = ['export const tagInfo: ReadonlyMap<number, TagInfo> = indexTags(['];
  for (const tag of tags) {
    const parts = [
      `name: ${str(tag.name)}`,
      `key: ${str(tag.key)}`,
      `value: ${renderMemberAccess('Tag', tag.key)}`,
      ...(tag.itemType === undefined ? [] : [`itemType: ${str(tag.itemType)}`]),
      ...(tag.formerItemType === undefined
        ? []
        : [
            `formerItemType: { itemType: ${str(tag.formerItemType.itemType)}, until: ${str(tag.formerItemType.until)} }`,
          ]),
      `since: ${str(tag.since)}`,
    ];
    lines.push(`  { ${parts.join(', ')}${optionalFields(tag)} },`);
  }
  lines.push(']);', '');
  return lines;
}

function emitDefinitions(name: string, type: string, groups: readonly EnumerationRow[], format: (v: number) => string) {
  const lines = [`export const ${name}: ReadonlyMap<number, ${type}> = indexEnumerations([`];
  for (const group of groups) {
    lines.push('  {');
    lines.push(`    name: ${str(group.name)},`, `    key: ${str(group.key)},`, `    since: ${str(group.since)},`);
    lines.push(`    fieldTags: [${group.fieldTags.map((tag) => renderMemberAccess('Tag', tag.key)).join(', ')}],`);
    lines.push(`    source: [${group.source.map(str).join(', ')}],`);
    lines.push('    entries: [');
    for (const row of group.values) {
      const former =
        row.formerNames === undefined
          ? ''
          : `, formerNames: [${row.formerNames.map((f) => `{ name: ${str(f.name)}, until: ${str(f.until)} }`).join(', ')}]`;
      lines.push(
        `      { name: ${str(row.name)}, key: ${str(row.key)}, value: ${format(row.value)}, since: ${str(row.since)}` +
          `${optionalFields(row)}${former} },`,
      );
    }
    lines.push('    ],', '  },');
  }
  lines.push(']);', '');
  return lines;
}

/** The registry module as TypeScript source, before formatting. */
export function emitRegistrySource(model: SpecModel): string {
  const enumerations = [...model.enumerations].sort((a, b) => a.key.localeCompare(b.key, 'en'));
  const masks = [...model.masks].sort((a, b) => a.key.localeCompare(b.key, 'en'));
  const tags = [...model.tags].sort((a, b) => a.value - b.value);
  const lines = [
    ...header,
    '',
    "import { indexEnumerations, indexTags } from './registry-index';",
    "import type { EnumerationInfo, MaskInfo, TagInfo } from './registry-types';",
    '',
    ...emitTagConst(tags),
    ...enumerations.flatMap((group) => emitValuesConst(group, enumHex)),
    ...masks.flatMap((group) => emitValuesConst(group, maskHex)),
    'export type ItemTypeName = keyof typeof ItemType;',
    '',
    '/** Tag value → the tag table row. */',
    ...emitTagInfo(tags),
    '/** Field tag → the enumeration its Enumeration items carry. */',
    ...emitDefinitions('enumerationInfo', 'EnumerationInfo', enumerations, enumHex),
    '/** Field tag → the bit mask its Integer items carry. */',
    ...emitDefinitions('maskInfo', 'MaskInfo', masks, maskHex),
  ];
  return `${lines.join('\n')}\n`;
}

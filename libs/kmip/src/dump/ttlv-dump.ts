import type { TtlvItem } from '../ttlv';
import { enumName, formatTag, maskNames, Tag, tagInfo, type KmipVersion } from '../registry';
import { attributeTagOfName } from '../attributes/standard-attributes';
import { isOpaqueTag, isSecretLeaf, isSecretSubtree } from './secret-tags';

export interface DumpOptions {
  /** Spell enumeration values as this version does (e.g. '1.1'); default: the newest spelling. */
  readonly version?: KmipVersion;
  /** Byte strings longer than this are cut (their length is still given). Default 64. */
  readonly maxBytes?: number;
  /** Default two spaces per level. */
  readonly indent?: string;
}

/**
 * A readable dump of a TTLV tree in the notation of the KMIP test-case documents, one item per line:
 *
 *     Tag: Operation (0x42005C), Type: Enumeration, Data: 0x0000000A (Get)
 *
 * Enumerations are named (Attribute Values through their Attribute Name), masks spelled as flags, dates as ISO 8601,
 * text JSON-quoted (a client's newline cannot forge a log line). Key material and other secrets are printed as
 * `<redacted N bytes>` (see secret-tags.ts); unknown tags are printed as hex.
 */
export function dumpTtlv(item: TtlvItem, options: DumpOptions = {}): string {
  const lines: string[] = [];
  const context: Context = {
    version: options.version,
    maxBytes: options.maxBytes ?? 64,
    indent: options.indent ?? '  ',
    lines,
  };
  visit(item, 0, false, undefined, context);
  return lines.join('\n');
}

interface Context {
  readonly version: KmipVersion | undefined;
  readonly maxBytes: number;
  readonly indent: string;
  readonly lines: string[];
}

/** `valueTag`: the tag whose enumeration / mask an Attribute Value follows. */
function visit(item: TtlvItem, depth: number, secret: boolean, valueTag: number | undefined, context: Context): void {
  const prefix = `${context.indent.repeat(depth)}Tag: ${describeTag(item.tag)}, Type: ${item.type}, Data:`;
  if (item.type === 'Structure') {
    context.lines.push(prefix);
    const inSecret = secret || isSecretSubtree(item.tag);
    const attributeTag = attributeValueTag(item);
    for (const child of item.value) {
      const childValueTag = child.tag === Tag.AttributeValue ? attributeTag : undefined;
      visit(child, depth + 1, inSecret, childValueTag, context);
    }
    return;
  }
  const redact = secret || isSecretLeaf(item.tag) || (isOpaqueTag(item.tag) && isOpaqueType(item.type));
  context.lines.push(`${prefix} ${redact ? redacted(item) : formatValue(item, valueTag ?? item.tag, context)}`);
}

function describeTag(tag: number): string {
  const info = tagInfo.get(tag);
  return info === undefined ? formatTag(tag) : `${info.name} (${formatTag(tag)})`;
}

/** In a 1.x Attribute, the tag of the attribute its Attribute Name names. */
function attributeValueTag(structure: TtlvItem & { type: 'Structure' }): number | undefined {
  const name = structure.value.find((child) => child.tag === Tag.AttributeName);
  return name?.type === 'TextString' ? attributeTagOfName(name.value) : undefined;
}

function isOpaqueType(type: TtlvItem['type']): boolean {
  return type === 'ByteString' || type === 'BigInteger' || type === 'TextString';
}

function redacted(item: TtlvItem): string {
  return `<redacted ${byteLength(item)} bytes>`;
}

function byteLength(item: TtlvItem): number {
  switch (item.type) {
    case 'ByteString':
      return item.value.length;
    case 'TextString':
      return Buffer.byteLength(item.value, 'utf8');
    case 'BigInteger':
      return item.encodedLength ?? bigIntegerHex(item.value).length / 2;
    case 'Integer':
    case 'Enumeration':
    case 'Interval':
      return 4;
    default:
      return 8;
  }
}

function formatValue(item: Exclude<TtlvItem, { type: 'Structure' }>, meaningTag: number, context: Context): string {
  switch (item.type) {
    case 'Integer': {
      const flags = maskNames(meaningTag, item.value >>> 0, context.version);
      return flags === undefined ? String(item.value) : `${hex32(item.value)} (${flags.join(' | ') || 'none'})`;
    }
    case 'Enumeration': {
      const name = enumName(meaningTag, item.value, context.version);
      return name === undefined ? hex32(item.value) : `${hex32(item.value)} (${name})`;
    }
    case 'LongInteger':
      return item.value.toString();
    case 'BigInteger':
      return `0x${bigIntegerHex(item.value)}`;
    case 'Boolean':
      return item.value ? 'True' : 'False';
    case 'TextString':
      return JSON.stringify(item.value);
    case 'ByteString': {
      const shown = Buffer.from(item.value.subarray(0, context.maxBytes)).toString('hex').toUpperCase();
      return item.value.length > context.maxBytes ? `0x${shown}… (${item.value.length} bytes)` : `0x${shown}`;
    }
    case 'DateTime':
      return `${hex64(item.value)} (${isoDate(item.value * 1000n)})`;
    case 'DateTimeExtended':
      return `${hex64(item.value)} (${isoDate(item.value / 1000n)})`;
    case 'Interval':
      return `${item.value} s`;
  }
}

function hex32(value: number): string {
  return `0x${(value >>> 0).toString(16).toUpperCase().padStart(8, '0')}`;
}

function hex64(value: bigint): string {
  return `0x${BigInt.asUintN(64, value).toString(16).toUpperCase().padStart(16, '0')}`;
}

function bigIntegerHex(value: bigint): string {
  if (value >= 0n) {
    const hex = value.toString(16).toUpperCase();
    return hex.length % 2 === 0 ? hex : `0${hex}`;
  }
  let bytes = 1;
  while (-value > 1n << BigInt(bytes * 8 - 1)) bytes++;
  return BigInt.asUintN(bytes * 8, value)
    .toString(16)
    .toUpperCase()
    .padStart(bytes * 2, '0');
}

function isoDate(milliseconds: bigint): string {
  const ms = Number(milliseconds);
  if (!Number.isSafeInteger(ms) || Math.abs(ms) > 8.64e15) return 'out of range';
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

import { ttlv, type TtlvItem } from '../ttlv';
import { Tag, UniqueIdentifier } from '../registry';
import { KmipError } from '../messages/kmip-error';
import { usesAttributesStructure, type ProtocolVersion } from '../messages/protocol-version';
import type { StructureReader } from '../messages/structure-reader';

/**
 * The Unique Identifier of a request. A Text String names an object; KMIP 2.x also allows a Unique Identifier
 * enumeration (ID Placeholder, or "the object the last Create … of this batch produced") and an Integer.
 * Absent means "use the ID Placeholder" (KMIP 1.4 §4, e.g. §4.11 Get; the placeholder is set by Create, Register,
 * Locate, … earlier in the same batch, KMIP 1.4 §3.1): the server fills it in with `resolveUniqueIdentifier`.
 */
export type UniqueIdentifierValue = string | { readonly enumeration: number } | { readonly integer: number };

/** KMIP 1.x allows only the Text String form. */
export function readRequestUniqueIdentifier(
  reader: StructureReader,
  version: ProtocolVersion,
): UniqueIdentifierValue | undefined {
  const item = reader.optionalItem(Tag.UniqueIdentifier);
  if (item === undefined) return undefined;
  if (!usesAttributesStructure(version) && item.type !== 'TextString') {
    throw reader.error(`${reader.what}: field Unique Identifier is ${item.type}, expected TextString`);
  }
  switch (item.type) {
    case 'TextString':
      return item.value;
    case 'Enumeration':
      return { enumeration: item.value };
    case 'Integer':
      return { integer: item.value };
    default:
      throw reader.error(`${reader.what}: field Unique Identifier is ${item.type}, expected TextString`);
  }
}

export function writeRequestUniqueIdentifier(value: UniqueIdentifierValue | undefined): TtlvItem[] {
  if (value === undefined) return [];
  if (typeof value === 'string') return [ttlv.text(Tag.UniqueIdentifier, value)];
  if ('enumeration' in value) return [ttlv.enumeration(Tag.UniqueIdentifier, value.enumeration)];
  return [ttlv.integer(Tag.UniqueIdentifier, value.integer)];
}

/**
 * The identifier a request refers to: its own, or the batch's ID Placeholder when it gave none (or gave the ID
 * Placeholder enumeration). Item Not Found when it relies on a placeholder no earlier item set. Other 2.x references
 * (to a previous operation's result, or by Integer) are refused as Invalid Field: this server does not track them.
 */
export function resolveUniqueIdentifier(value: UniqueIdentifierValue | undefined, idPlaceholder?: string): string {
  if (typeof value === 'string') return value;
  if (value === undefined || ('enumeration' in value && value.enumeration === UniqueIdentifier.IDPlaceholder)) {
    if (idPlaceholder === undefined) throw new KmipError('ItemNotFound', 'no Unique Identifier and no ID Placeholder');
    return idPlaceholder;
  }
  throw new KmipError('InvalidField', 'Unique Identifier references other than the ID Placeholder are not supported');
}

import { enumerationInfo, enumName } from '@kmip/kmip';

/** The spelling key-lifecycle accepts for an enumeration value (`attributeValueProblem`). */
const ENUMERATION_NAME = /^[A-Za-z0-9][A-Za-z0-9 .#/()+-]*$/;
const EXTENSION = /^0x[0-9a-fA-F]{8}$/;

function hex(value: number): string {
  return `0x${value.toString(16).toUpperCase().padStart(8, '0')}`;
}

/**
 * An Enumeration item's value as key-lifecycle keeps it: the name the spec gives it for the field `tag`
 * ('Pre-Active', 'AES'), or eight hex digits where no name applies (an extension value, a custom attribute's
 * enumeration, which has no field of its own).
 */
export function enumerationText(tag: number | undefined, value: number): string {
  const name = tag === undefined ? undefined : enumName(tag, value);
  return name !== undefined && ENUMERATION_NAME.test(name) ? name : hex(value);
}

/** The inverse of `enumerationText`; undefined when `text` names no value of the field. */
export function enumerationNumber(tag: number | undefined, text: string): number | undefined {
  if (EXTENSION.test(text)) return parseInt(text.slice(2), 16);
  if (tag === undefined) return undefined;
  const entries = enumerationInfo.get(tag)?.entries ?? [];
  return entries.find((e) => e.name === text || e.formerNames?.some((f) => f.name === text))?.value;
}

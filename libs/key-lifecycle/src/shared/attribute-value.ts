import { isCanonicalDateTime, type IsoDateTime } from './iso-date-time';

/**
 * An attribute value, typed like a TTLV item (KMIP 1.4 §9.1.1.4) but JSON-plain: a Long Integer is a decimal string
 * (no bigint in state), an Enumeration is the name the spec gives its value (or "0x8xxxxxxx" for an extension), a
 * Byte String is lowercase hex, a Date-Time a canonical ISO-8601 string. The gateway maps TTLV items to and from it.
 */
export type AttributeValue =
  | { readonly kind: 'text'; readonly value: string }
  | { readonly kind: 'integer'; readonly value: number }
  | { readonly kind: 'longInteger'; readonly value: string }
  | { readonly kind: 'enumeration'; readonly value: string }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'byteString'; readonly hex: string }
  | { readonly kind: 'dateTime'; readonly value: IsoDateTime }
  | { readonly kind: 'interval'; readonly value: number }
  | { readonly kind: 'structure'; readonly fields: readonly StructureField[] };

export interface StructureField {
  readonly name: string;
  readonly value: AttributeValue;
}

export type AttributeValueKind = AttributeValue['kind'];

const INT32_MIN = -2147483648;
const INT32_MAX = 2147483647;
const UINT32_MAX = 4294967295;
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

export function isInt32(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= INT32_MIN && n <= INT32_MAX;
}

export function isUint32(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= UINT32_MAX;
}

export function isLongInteger(text: unknown): text is string {
  if (typeof text !== 'string' || !/^-?(0|[1-9]\d{0,18})$/.test(text) || text === '-0') return false;
  const n = BigInt(text);
  return n >= INT64_MIN && n <= INT64_MAX;
}

const ENUMERATION = /^(0x[0-9a-fA-F]{8}|[A-Za-z0-9][A-Za-z0-9 .#/()+-]*)$/;

/**
 * What is wrong with a value, or undefined when it is well formed. Untrusted input (a decoded request, a stored
 * record) goes through here; the answer names the problem and its path, never the value.
 */
export function attributeValueProblem(value: unknown, path = 'value', depth = 0): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return `${path} is not an attribute value`;
  const v = value as Record<string, unknown>;
  const keys = Object.keys(v);
  const only = (...allowed: string[]): string | undefined =>
    keys.every((k) => allowed.includes(k)) ? undefined : `${path} has an unexpected field`;
  switch (v.kind) {
    case 'text':
      return typeof v.value === 'string' ? only('kind', 'value') : `${path} is not text`;
    case 'integer':
      return isInt32(v.value) ? only('kind', 'value') : `${path} is not a 32-bit integer`;
    case 'longInteger':
      return isLongInteger(v.value) ? only('kind', 'value') : `${path} is not a 64-bit integer in decimal`;
    case 'enumeration':
      return typeof v.value === 'string' && ENUMERATION.test(v.value)
        ? only('kind', 'value')
        : `${path} is not an enumeration name`;
    case 'boolean':
      return typeof v.value === 'boolean' ? only('kind', 'value') : `${path} is not a boolean`;
    case 'byteString':
      return typeof v.hex === 'string' && /^([0-9a-f]{2})*$/.test(v.hex)
        ? only('kind', 'hex')
        : `${path} is not lowercase hex`;
    case 'dateTime':
      return isCanonicalDateTime(v.value) ? only('kind', 'value') : `${path} is not an ISO-8601 UTC date-time`;
    case 'interval':
      return isUint32(v.value) ? only('kind', 'value') : `${path} is not an interval in seconds`;
    case 'structure': {
      if (!Array.isArray(v.fields)) return `${path} has no fields`;
      if (depth > 8) return `${path} is nested too deeply`;
      for (const [i, field] of (v.fields as unknown[]).entries()) {
        const fieldPath = `${path}.fields[${i}]`;
        if (typeof field !== 'object' || field === null) return `${fieldPath} is not a field`;
        const f = field as Record<string, unknown>;
        if (typeof f.name !== 'string' || f.name.length === 0) return `${fieldPath} has no name`;
        if (Object.keys(f).some((k) => k !== 'name' && k !== 'value')) return `${fieldPath} has an unexpected field`;
        const problem = attributeValueProblem(f.value, `${fieldPath}.value`, depth + 1);
        if (problem) return problem;
      }
      return only('kind', 'fields');
    }
    default:
      return `${path} has an unknown kind`;
  }
}

export function isAttributeValue(value: unknown): value is AttributeValue {
  return attributeValueProblem(value) === undefined;
}

/** Structural equality of two well-formed values. */
export function sameAttributeValue(a: AttributeValue, b: AttributeValue): boolean {
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'structure': {
      const other = (b as typeof a).fields;
      return (
        a.fields.length === other.length &&
        a.fields.every((f, i) => f.name === other[i].name && sameAttributeValue(f.value, other[i].value))
      );
    }
    case 'byteString':
      return a.hex === (b as typeof a).hex;
    default:
      return a.value === (b as { value: unknown }).value;
  }
}

export const textValue = (value: string): AttributeValue => ({ kind: 'text', value });
export const integerValue = (value: number): AttributeValue => ({ kind: 'integer', value });
export const enumerationValue = (value: string): AttributeValue => ({ kind: 'enumeration', value });
export const dateTimeValue = (value: IsoDateTime): AttributeValue => ({ kind: 'dateTime', value });
export const structureValue = (...fields: StructureField[]): AttributeValue => ({ kind: 'structure', fields });

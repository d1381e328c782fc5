import { attributeValueProblem } from '../shared/attribute-value';
import { isCanonicalDateTime } from '../shared/iso-date-time';

/**
 * A check of untrusted data: undefined when the value is well formed, else what is wrong and where. Problems name
 * paths and expected types, never the values themselves.
 */
export type Check = (value: unknown, path: string) => string | undefined;

interface OptionalCheck {
  readonly optional: true;
  readonly check: Check;
}

type FieldCheck = Check | OptionalCheck;

export const optional = (check: Check): OptionalCheck => ({ optional: true, check });

export const text: Check = (v, p) => (typeof v === 'string' ? undefined : `${p} is not a string`);
export const nonEmptyText: Check = (v, p) =>
  typeof v === 'string' && v.length > 0 ? undefined : `${p} is not a non-empty string`;
export const dateTime: Check = (v, p) => (isCanonicalDateTime(v) ? undefined : `${p} is not an ISO-8601 UTC date-time`);
export const boolean: Check = (v, p) => (typeof v === 'boolean' ? undefined : `${p} is not a boolean`);
export const attributeValue: Check = (v, p) => attributeValueProblem(v, p);

export const integer =
  (min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER): Check =>
  (v, p) =>
    Number.isSafeInteger(v) && (v as number) >= min && (v as number) <= max
      ? undefined
      : `${p} is not an integer in range`;

export const oneOf =
  (values: readonly string[]): Check =>
  (v, p) =>
    typeof v === 'string' && values.includes(v) ? undefined : `${p} is not one of the allowed values`;

export const arrayOf =
  (item: Check): Check =>
  (v, p) => {
    if (!Array.isArray(v)) return `${p} is not an array`;
    for (const [i, element] of v.entries()) {
      const problem = item(element, `${p}[${i}]`);
      if (problem) return problem;
    }
    return undefined;
  };

/** A plain object with exactly these fields: an unexpected field is a problem, since a published shape never changes. */
export const object =
  (shape: Readonly<Record<string, FieldCheck>>): Check =>
  (v, p) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return `${p} is not an object`;
    const record = v as Record<string, unknown>;
    const unexpected = Object.keys(record).find((k) => !Object.prototype.hasOwnProperty.call(shape, k));
    if (unexpected !== undefined) return `${p} has an unexpected field ${JSON.stringify(unexpected.slice(0, 64))}`;
    for (const [key, field] of Object.entries(shape)) {
      const present = Object.prototype.hasOwnProperty.call(record, key) && record[key] !== undefined;
      if (typeof field === 'function') {
        if (!present) return `${p}.${key} is missing`;
        const problem = field(record[key], `${p}.${key}`);
        if (problem) return problem;
      } else if (present) {
        const problem = field.check(record[key], `${p}.${key}`);
        if (problem) return problem;
      }
    }
    return undefined;
  };

import {
  CRYPTOGRAPHIC_ALGORITHMS,
  KMIP_STATES,
  OBJECT_TYPES,
  type CryptographicAlgorithm,
  type KmipState,
  type NewAttribute,
  type ObjectType,
} from '@kmip/key-lifecycle';
import type { LocateCriteria } from '@kmip/inventory';

/** A query string the API cannot answer; the message names the parameter. */
export class InvalidQueryError extends Error {}

type Query = Record<string, unknown>;

function strings(value: unknown, name: string): string[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  if (!list.every((v): v is string => typeof v === 'string')) throw new InvalidQueryError(`${name} must be text`);
  return list;
}

function single(query: Query, name: string): string | undefined {
  const list = strings(query[name], name);
  if (list.length > 1) throw new InvalidQueryError(`${name} may be given once`);
  return list[0];
}

function oneOf<T extends string>(query: Query, name: string, allowed: readonly T[]): T | undefined {
  const value = single(query, name);
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new InvalidQueryError(`${name} must be one of ${allowed.join(', ')}`);
  }
  return value as T;
}

export function integerParam(query: Query, name: string): number | undefined {
  const value = single(query, name);
  if (value === undefined) return undefined;
  if (!/^\d{1,15}$/.test(value)) throw new InvalidQueryError(`${name} must be a non-negative integer`);
  return Number(value);
}

export function textParam(query: Query, name: string): string | undefined {
  return single(query, name);
}

/**
 * `GET /tenants/:tenant/objects` filters: `name` (repeatable), `objectType`, `state`, `algorithm` (the names the
 * read model uses, e.g. `PreActive`, `SymmetricKey`, `AES`), any custom attribute as `x-Name=text value`
 * (repeatable), `maxItems`, `offsetItems`.
 */
export function locateCriteria(query: Query): LocateCriteria {
  const names = strings(query.name, 'name');
  const objectType = oneOf<ObjectType>(query, 'objectType', OBJECT_TYPES);
  const state = oneOf<KmipState>(query, 'state', KMIP_STATES);
  const algorithm = oneOf<CryptographicAlgorithm>(query, 'algorithm', CRYPTOGRAPHIC_ALGORITHMS);
  const customAttributes: NewAttribute[] = Object.keys(query)
    .filter((key) => /^[xy]-./.test(key))
    .flatMap((key) => strings(query[key], key).map((value) => ({ name: key, value: { kind: 'text', value } })));
  const maxItems = integerParam(query, 'maxItems');
  const offsetItems = integerParam(query, 'offsetItems');
  if (maxItems === 0) throw new InvalidQueryError('maxItems must be at least 1');
  return {
    ...(names.length > 0 ? { names } : {}),
    ...(objectType === undefined ? {} : { objectType }),
    ...(state === undefined ? {} : { state }),
    ...(algorithm === undefined ? {} : { algorithm }),
    ...(customAttributes.length > 0 ? { customAttributes } : {}),
    ...(maxItems === undefined ? {} : { maxItems }),
    ...(offsetItems === undefined ? {} : { offsetItems }),
  };
}

import type { CryptographicAlgorithm, KmipState, NewAttribute, ObjectType } from '@kmip/key-lifecycle';
import { attributeKey } from './attribute-key';
import type { InventoryTables } from './inventory-tables';

/**
 * Locate criteria (KMIP 1.4 §4.9): an object matches when it matches every criterion given. `names` are Name
 * Values the object must all have; `customAttributes` are attribute instances (custom `x-`/`y-` ones, or any other
 * attribute kept in the state's generic map) the object must each have an equal instance of.
 */
export interface LocateCriteria {
  readonly names?: readonly string[];
  readonly objectType?: ObjectType;
  readonly state?: KmipState;
  readonly algorithm?: CryptographicAlgorithm;
  readonly customAttributes?: readonly NewAttribute[];
  /** Maximum Items: at most this many identifiers. */
  readonly maxItems?: number;
  /** Offset Items (KMIP 1.3): skip this many matches first. */
  readonly offsetItems?: number;
}

export interface SqlQuery {
  readonly text: string;
  readonly params: unknown[];
}

/** The query for the identifiers matching `criteria` in one tenant, in creation order (stable across pages). */
export function locateQuery(tables: InventoryTables, tenant: string, criteria: LocateCriteria): SqlQuery {
  const params: unknown[] = [tenant];
  const where = ['tenant = $1', 'object_type is not null'];
  const add = (sql: (p: string) => string, value: unknown): void => {
    params.push(value);
    where.push(sql(`$${params.length}`));
  };
  // `<> '{}'` is implied by the containment; spelled out, it lets the planner use the partial indexes.
  if (criteria.names && criteria.names.length > 0) {
    add((p) => `names <> '{}' and names @> ${p}::text[]`, [...criteria.names]);
  }
  if (criteria.objectType !== undefined) add((p) => `object_type = ${p}`, criteria.objectType);
  if (criteria.state !== undefined) add((p) => `kmip_state = ${p}`, criteria.state);
  if (criteria.algorithm !== undefined) add((p) => `algorithm = ${p}`, criteria.algorithm);
  if (criteria.customAttributes && criteria.customAttributes.length > 0) {
    add(
      (p) => `attribute_keys <> '{}' and attribute_keys @> ${p}::text[]`,
      criteria.customAttributes.map((a) => attributeKey(a.name, a.value)),
    );
  }
  let text = `select object_id from ${tables.objects} where ${where.join(' and ')} order by created_seq`;
  if (criteria.maxItems !== undefined) {
    if (!Number.isSafeInteger(criteria.maxItems) || criteria.maxItems < 1) {
      throw new RangeError('maxItems must be a positive integer');
    }
    params.push(criteria.maxItems);
    text += ` limit $${params.length}`;
  }
  if (criteria.offsetItems !== undefined) {
    if (!Number.isSafeInteger(criteria.offsetItems) || criteria.offsetItems < 0) {
      throw new RangeError('offsetItems must be a non-negative integer');
    }
    params.push(criteria.offsetItems);
    text += ` offset $${params.length}`;
  }
  return { text, params };
}

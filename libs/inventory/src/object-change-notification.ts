import type { SqlDatabase, Unlisten } from '@kmip/sql';
import { InventoryTables, type InventoryOptions } from './inventory-tables';

/**
 * PostgreSQL NOTIFY channel of changed objects: the projector sends on it in the transaction that changes them, before
 * the verdicts of that transaction, so a gateway caching object states drops them before it answers any write they
 * belong to. Payloads name the schema, since deployments may share a database.
 */
export const OBJECTS_CHANNEL = 'kmip_objects';

/** The object id that names a change of the tenant's own state (root keys, clients): no object has it. */
export const TENANT_CHANGE_ID = '';

export interface ObjectRef {
  readonly tenant: string;
  readonly objectId: string;
}

/** PostgreSQL keeps a NOTIFY payload under 8000 bytes; stay well below. */
const MAX_PAYLOAD = 7_000;

/** Packs the objects into as few payloads as fit: `{"schema":…,"objects":[[tenant, objectId], …]}`. */
export function encodeObjectChanges(schema: string, objects: readonly ObjectRef[]): string[] {
  const head = `{"schema":${JSON.stringify(schema)},"objects":[`;
  const payloads: string[] = [];
  let current: string[] = [];
  let size = head.length + 2;
  for (const o of objects) {
    const entry = JSON.stringify([o.tenant, o.objectId]);
    if (current.length > 0 && size + entry.length + 1 > MAX_PAYLOAD) {
      payloads.push(`${head}${current.join(',')}]}`);
      current = [];
      size = head.length + 2;
    }
    current.push(entry);
    size += entry.length + 1;
  }
  if (current.length > 0) payloads.push(`${head}${current.join(',')}]}`);
  return payloads;
}

/** The objects of one payload of this schema; `undefined` for another schema's or an unreadable payload. */
export function decodeObjectChanges(schema: string, payload: string): ObjectRef[] | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(payload);
  } catch {
    return undefined;
  }
  const p = parsed as { schema?: unknown; objects?: unknown } | null;
  if (p === null || typeof p !== 'object' || p.schema !== schema || !Array.isArray(p.objects)) return undefined;
  const objects: ObjectRef[] = [];
  for (const entry of p.objects as unknown[]) {
    if (!Array.isArray(entry) || typeof entry[0] !== 'string' || typeof entry[1] !== 'string') return undefined;
    objects.push({ tenant: entry[0], objectId: entry[1] });
  }
  return objects;
}

/**
 * Calls `onChanged` with the objects of each committed projection that changed some. A payload that cannot be read
 * calls `onUnreadable`, so that a cache can drop everything rather than keep what may be stale.
 */
export function watchObjectChanges(
  db: SqlDatabase,
  onChanged: (objects: readonly ObjectRef[]) => void,
  onUnreadable: () => void,
  options: InventoryOptions = {},
): Promise<Unlisten> {
  const { schema } = new InventoryTables(options.schema);
  return db.listen(OBJECTS_CHANNEL, (payload) => {
    // Cheap filter first: other deployments' schemas are not ours to act on.
    if (!payload.includes(JSON.stringify(schema))) return;
    const objects = decodeObjectChanges(schema, payload);
    if (objects === undefined) onUnreadable();
    else onChanged(objects);
  });
}

import type { SqlDatabase, Unlisten } from '@kmip/sql';
import { InventoryTables, type InventoryOptions } from './inventory-tables';

/** PostgreSQL NOTIFY channel on which the projector announces each client taken off an allow-list. */
export const CLIENTS_CHANNEL = 'kmip_clients';

export interface ClientRemoval {
  readonly tenant: string;
  readonly fingerprint: string;
}

/** The payload names the read model's schema, so that two read models in one database don't hear each other. */
export function encodeClientRemoval(schema: string, removal: ClientRemoval): string {
  return JSON.stringify({ schema, tenant: removal.tenant, fingerprint: removal.fingerprint });
}

export function decodeClientRemoval(schema: string, payload: string): ClientRemoval | undefined {
  try {
    const p = JSON.parse(payload) as Record<string, unknown>;
    if (p.schema !== schema || typeof p.tenant !== 'string' || typeof p.fingerprint !== 'string') return undefined;
    return { tenant: p.tenant, fingerprint: p.fingerprint };
  } catch {
    return undefined;
  }
}

/**
 * Calls `onRemoved` for every client the projector takes off an allow-list (a committed `ClientRemoved`), so a
 * gateway can cut that client's open connections at once (DESIGN §5). A gateway also checks the allow-list when a
 * connection starts, which covers a notification lost while the listening connection was re-established.
 */
export function watchClientRemovals(
  db: SqlDatabase,
  onRemoved: (removal: ClientRemoval) => void,
  options: InventoryOptions = {},
): Promise<Unlisten> {
  const { schema } = new InventoryTables(options.schema);
  return db.listen(CLIENTS_CHANNEL, (payload) => {
    const removal = decodeClientRemoval(schema, payload);
    if (removal) onRemoved(removal);
  });
}

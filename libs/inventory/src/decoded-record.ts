import type { LoggedRecord } from '@kmip/event-log';
import { decodeEnvelope, isCanonicalDateTime, type EventEnvelope } from '@kmip/key-lifecycle';

/** What the audit trail keeps of a record that is not a valid envelope: only fields safe to show, if they look right. */
export interface SalvagedFields {
  readonly id?: string;
  readonly type?: string;
  readonly tenant?: string;
  readonly objectId?: string;
  readonly occurredAt?: string;
}

export type DecodedRecord =
  | { readonly record: LoggedRecord; readonly ok: true; readonly envelope: EventEnvelope }
  | { readonly record: LoggedRecord; readonly ok: false; readonly error: string; readonly salvaged: SalvagedFields };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TYPE = /^[A-Za-z][A-Za-z0-9]{0,63}$/;
const IDENTIFIER = /^[\x21-\x7e]{1,256}$/;

function salvage(json: string): SalvagedFields {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return {};
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
  const r = parsed as Record<string, unknown>;
  const pick = (v: unknown, pattern: RegExp): string | undefined =>
    typeof v === 'string' && pattern.test(v) ? v : undefined;
  const fields = {
    id: pick(r.id, UUID)?.toLowerCase(),
    type: pick(r.type, TYPE),
    tenant: pick(r.tenant, IDENTIFIER),
    objectId: pick(r.objectId, IDENTIFIER),
    occurredAt: isCanonicalDateTime(r.occurredAt) ? r.occurredAt : undefined,
  };
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
}

/**
 * Reads one record of `kmip.events`. A record that is not a valid envelope, or whose tenant is not its key (it would
 * sit in another tenant's partition and break that tenant's order), comes back as an error to record, never thrown.
 */
export function decodeEventRecord(record: LoggedRecord): DecodedRecord {
  const json = record.value.toString('utf8');
  const decoded = decodeEnvelope(json);
  if (!decoded.ok) {
    return { record, ok: false, error: `${decoded.error.kind}: ${decoded.error.message}`, salvaged: salvage(json) };
  }
  if (decoded.value.tenant !== record.key) {
    return { record, ok: false, error: 'InvalidEnvelope: the tenant is not the record key', salvaged: salvage(json) };
  }
  return { record, ok: true, envelope: { ...decoded.value, id: decoded.value.id.toLowerCase() } };
}

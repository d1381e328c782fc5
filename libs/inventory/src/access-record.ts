import type { AppendRecord } from '@kmip/event-log';
import { isCanonicalDateTime, type IsoDateTime } from '@kmip/key-lifecycle';

/**
 * One record of `kmip.access` (DESIGN §3): a read of key material or attributes, or a refused request. Audit only:
 * it never carries key material or attribute values, only who asked what about which object and how it ended.
 */
export interface AccessRecord {
  /** A UUID. */
  readonly id: string;
  readonly at: IsoDateTime;
  /** Absent when the client certificate is on no tenant's allow-list (the request was refused). */
  readonly tenant?: string;
  readonly client: { readonly fingerprint: string; readonly address: string };
  /** The KMIP operation name as the Operation enumeration spells it without spaces (`Get`, `GetAttributes`, …). */
  readonly operation: string;
  readonly objectId?: string;
  /** `Success`, or the Result Reason name without spaces (`ItemNotFound`, `PermissionDenied`, …). */
  readonly result: string;
}

export type AccessRecordResult =
  { readonly ok: true; readonly value: AccessRecord } | { readonly ok: false; readonly error: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FINGERPRINT = /^[0-9a-f]{64}$/;
const NAME = /^[A-Za-z][A-Za-z0-9]{0,63}$/;

const text = (v: unknown, max: number): v is string => typeof v === 'string' && v.length > 0 && v.length <= max;

/** What is wrong with a candidate record (a path, never a value), or undefined. */
function problem(r: Record<string, unknown>): string | undefined {
  if (typeof r.id !== 'string' || !UUID.test(r.id)) return '$.id is not a UUID';
  if (!isCanonicalDateTime(r.at)) return '$.at is not an ISO-8601 UTC date-time';
  if (r.tenant !== undefined && !text(r.tenant, 256)) return '$.tenant is not a tenant id';
  const client = r.client as Record<string, unknown> | undefined;
  if (typeof client !== 'object' || client === null) return '$.client is missing';
  if (typeof client.fingerprint !== 'string' || !FINGERPRINT.test(client.fingerprint)) {
    return '$.client.fingerprint is not a SHA-256 fingerprint in lower-case hex';
  }
  if (!text(client.address, 256)) return '$.client.address is not an address';
  if (typeof r.operation !== 'string' || !NAME.test(r.operation)) return '$.operation is not an operation name';
  if (r.objectId !== undefined && !text(r.objectId, 1024)) return '$.objectId is not an object id';
  if (typeof r.result !== 'string' || !NAME.test(r.result)) return '$.result is not Success or a Result Reason name';
  return undefined;
}

/** Only the known fields, in a fixed order: a record is stored and re-encoded exactly as defined here. */
function pick(r: Record<string, unknown>): AccessRecord {
  const client = r.client as { fingerprint: string; address: string };
  return {
    id: r.id as string,
    at: r.at as string,
    ...(r.tenant === undefined ? {} : { tenant: r.tenant as string }),
    client: { fingerprint: client.fingerprint, address: client.address },
    operation: r.operation as string,
    ...(r.objectId === undefined ? {} : { objectId: r.objectId as string }),
    result: r.result as string,
  };
}

/** The JSON of a record; throws on an invalid one (the message names the field, not its value). */
export function encodeAccessRecord(record: AccessRecord): string {
  const reason = problem(record as unknown as Record<string, unknown>);
  if (reason) throw new Error(`invalid access record: ${reason}`);
  return JSON.stringify(pick(record as unknown as Record<string, unknown>));
}

/** Reads a record of `kmip.access`; fields it does not know are ignored (and not kept). */
export function decodeAccessRecord(json: string): AccessRecordResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return { ok: false, error: 'the record is not JSON' };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { ok: false, error: 'the record is not a JSON object' };
  }
  const record = parsed as Record<string, unknown>;
  const reason = problem(record);
  return reason ? { ok: false, error: reason } : { ok: true, value: pick(record) };
}

/** The record to append to `kmip.access`: keyed by tenant (by fingerprint for a client of no tenant). */
export function toAccessAppendRecord(record: AccessRecord): AppendRecord {
  return { key: record.tenant ?? record.client.fingerprint, value: encodeAccessRecord(record) };
}

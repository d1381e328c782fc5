import { isCanonicalDateTime } from '../shared/iso-date-time';
import { integer, nonEmptyText, object, oneOf, optional, type Check } from './data-schema';
import { DEFAULT_UPCASTERS } from './default-upcasters';
import { EVENT_CATALOG, isLifecycleEventType } from './event-catalog';
import type { EnvelopeError, EnvelopeResult, EventEnvelope } from './event-envelope';
import { keyMaterialFieldPaths } from './key-material-guard';
import { upcast, type UpcasterRegistry } from './upcaster-registry';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const actorCheck: Check = (v, p) => {
  const kind = typeof v === 'object' && v !== null ? (v as { kind?: unknown }).kind : undefined;
  switch (kind) {
    case 'client':
      return object({ kind: oneOf(['client']), fingerprint: nonEmptyText, address: nonEmptyText })(v, p);
    case 'operator':
      return object({ kind: oneOf(['operator']), name: nonEmptyText })(v, p);
    case 'system':
      return object({ kind: oneOf(['system']), component: nonEmptyText })(v, p);
    default:
      return `${p} is not a client, operator or system actor`;
  }
};

const envelopeFields = object({
  id: (v, p) => (typeof v === 'string' && UUID.test(v) ? undefined : `${p} is not a UUID`),
  type: nonEmptyText,
  schemaVersion: integer(1),
  tenant: nonEmptyText,
  objectId: optional(nonEmptyText),
  expectedVersion: optional(integer(0)),
  actor: actorCheck,
  occurredAt: (v, p) => (isCanonicalDateTime(v) ? undefined : `${p} is not an ISO-8601 UTC date-time`),
  data: (v, p) => (typeof v === 'object' && v !== null && !Array.isArray(v) ? undefined : `${p} is not an object`),
});

const failure = (kind: EnvelopeError['kind'], message: string): EnvelopeResult<never> => ({
  ok: false,
  error: { kind, message },
});

/** Checks an envelope already in the current schema version. */
function check(record: Record<string, unknown>): EnvelopeResult<EventEnvelope> {
  const forbidden = keyMaterialFieldPaths(record);
  if (forbidden.length > 0) return failure('ForbiddenField', `fields named like key material: ${forbidden.join(', ')}`);
  const problem = envelopeFields(record, '$');
  if (problem) return failure('InvalidEnvelope', problem);
  if (!isLifecycleEventType(record.type)) {
    return failure('UnknownEventType', `unknown event type ${JSON.stringify(String(record.type).slice(0, 64))}`);
  }
  const definition = EVENT_CATALOG[record.type];
  if (record.schemaVersion !== definition.schemaVersion) {
    return failure('UnsupportedSchemaVersion', `${record.type} is at schema version ${definition.schemaVersion}`);
  }
  if (definition.stream === 'object' && record.objectId === undefined) {
    return failure('InvalidEnvelope', `a ${record.type} envelope names its object`);
  }
  if (definition.stream === 'tenant' && record.objectId !== undefined) {
    return failure('InvalidEnvelope', `a ${record.type} envelope names no object`);
  }
  const dataProblem = definition.data(record.data, '$.data');
  if (dataProblem) return failure('InvalidEventData', dataProblem);
  return { ok: true, value: record as unknown as EventEnvelope };
}

/** The JSON of an envelope, after the same checks a reader applies: nothing unreadable is ever written. */
export function encodeEnvelope(envelope: EventEnvelope): EnvelopeResult<string> {
  const checked = check(envelope as unknown as Record<string, unknown>);
  return checked.ok ? { ok: true, value: JSON.stringify(envelope) } : checked;
}

/**
 * Reads a record of the log: parses, upcasts an older schema version to the current one, and checks the result.
 * A malformed record is an `EnvelopeError`, never an exception.
 */
export function decodeEnvelope(
  json: string,
  upcasters: UpcasterRegistry = DEFAULT_UPCASTERS,
): EnvelopeResult<EventEnvelope> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return failure('MalformedJson', 'the record is not JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return failure('InvalidEnvelope', 'the record is not a JSON object');
  }
  const record = parsed as Record<string, unknown>;
  if (!isLifecycleEventType(record.type)) {
    return failure('UnknownEventType', `unknown event type ${JSON.stringify(String(record.type).slice(0, 64))}`);
  }
  const current = EVENT_CATALOG[record.type].schemaVersion;
  const version = record.schemaVersion;
  if (!Number.isSafeInteger(version) || (version as number) < 1) {
    return failure('InvalidEnvelope', '$.schemaVersion is not an integer in range');
  }
  if ((version as number) > current) {
    return failure(
      'UnsupportedSchemaVersion',
      `${record.type} schema version ${String(version)} is newer than ${current}`,
    );
  }
  if ((version as number) < current) {
    const upcasted = upcast(upcasters, record.type, version as number, current, record.data);
    if (!upcasted.ok) return failure('UnsupportedSchemaVersion', upcasted.message);
    return check({ ...record, schemaVersion: current, data: upcasted.data });
  }
  return check(record);
}

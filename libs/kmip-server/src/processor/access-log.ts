import type { IsoDateTime } from '@kmip/key-lifecycle';
import type { AccessRecord } from '../ports/access-recorder.port';
import type { IdGenerator } from '../ports/id-generator.port';
import type { ItemOutcome } from './item-outcome';
import type { KmipClient } from './kmip-client';

/** Reads of key material or attributes are recorded on `kmip.access` (DESIGN §3), as is every refused item. */
export const RECORDED_READS: ReadonlySet<string> = new Set(['Get', 'GetAttributes', 'GetAttributeList']);

export function accessRecord(
  ids: IdGenerator,
  client: KmipClient,
  at: IsoDateTime,
  operation: string,
  result: string,
  objectId?: string,
): AccessRecord {
  return {
    id: ids.newId(),
    at,
    tenant: client.tenant,
    client: { fingerprint: client.fingerprint, address: client.address },
    operation,
    ...(objectId === undefined ? {} : { objectId }),
    result,
  };
}

/** The records a request leaves: its successful reads and its refused items (undone and skipped items are neither). */
export function accessRecords(
  ids: IdGenerator,
  client: KmipClient,
  at: IsoDateTime,
  outcomes: readonly ItemOutcome[],
): AccessRecord[] {
  return outcomes.flatMap((outcome) => {
    const { result } = outcome;
    if (result.kind === 'success' && RECORDED_READS.has(outcome.operation)) {
      return [accessRecord(ids, client, at, outcome.operation, 'Success', outcome.objectId)];
    }
    if (result.kind === 'failure') {
      return [accessRecord(ids, client, at, outcome.operation, result.reason, outcome.objectId)];
    }
    return [];
  });
}

/**
 * Creates under a crash: a PyKMIP client creates keys in a loop (each fetched right after its Create), a service is
 * killed with SIGKILL in the middle and restarted, and the loop goes on until Creates are acknowledged again. Then
 * what a client relies on is checked against the gateways and the audit/inventory API (DESIGN §3: an acknowledged
 * operation is durable in the log and visible to every gateway).
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AuditApi, HistoryEvent } from './audit-api';
import { endpointArgs, runScript, ScriptSession, tlsArgs, type ClientTls } from './python-client';
import type { InspectedObject, InspectResult, LoopEvent } from './script-results';

export interface FaultTarget {
  /** Gateway ports, in the order the client tries them. */
  readonly endpoints: readonly number[];
  readonly client: ClientTls;
  readonly tenant: string;
  readonly audit: AuditApi;
  /** A directory for the id lists handed to the inspection script. */
  readonly workDir: string;
}

export interface FaultRun {
  /** Acknowledged Creates: id → SHA-256 of the key as fetched right after its Create (undefined if that failed). */
  readonly acknowledged: Map<string, string | undefined>;
  /** Creates that got no Success answer (failure answered, or no answer at all): their outcome is unknown. */
  readonly unanswered: number;
  readonly attempts: number;
  readonly events: LoopEvent[];
  /** The tenant's object ids before the run. */
  readonly before: ReadonlySet<string>;
}

export interface FaultPlan {
  /** SIGKILL the service. */
  readonly kill: () => Promise<void>;
  /** Start it again; resolves when it serves. */
  readonly restart: () => Promise<void>;
  readonly acksBeforeKill?: number;
  readonly acksAfterRestart?: number;
  /** How long the service stays down while the client keeps trying. */
  readonly downMs?: number;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export async function waitUntil<T>(probe: () => Promise<T | undefined>, timeoutMs: number, what: string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(250);
  }
}

const acks = (events: readonly LoopEvent[]): number => events.filter((e) => e.event === 'ack').length;

export async function createAcrossCrash(target: FaultTarget, plan: FaultPlan): Promise<FaultRun> {
  const before = new Set(await waitUntil(() => target.audit.objectIds(target.tenant), 60_000, 'the inventory API'));
  const loop = ScriptSession.start<LoopEvent>('create_loop.py', [
    '--endpoints',
    target.endpoints.map((port) => `127.0.0.1:${port}`).join(','),
    '--pause-ms',
    '20',
    '--timeout',
    '20',
    ...tlsArgs(target.client),
  ]);
  try {
    const acksBeforeKill = plan.acksBeforeKill ?? 10;
    await loop.waitFor(() => acks(loop.events) >= acksBeforeKill, 60_000, `${acksBeforeKill} acknowledged Creates`);
    await plan.kill();
    await sleep(plan.downMs ?? 1_500);
    await plan.restart();
    const target2 = acks(loop.events) + (plan.acksAfterRestart ?? 10);
    await loop.waitFor(() => acks(loop.events) >= target2, 180_000, 'acknowledged Creates after the restart');
    const events = await loop.finish();
    const acknowledged = new Map<string, string | undefined>();
    for (const event of events) {
      if (event.event === 'ack') acknowledged.set(event.id, undefined);
      if (event.event === 'fetched') acknowledged.set(event.id, event.sha256);
    }
    const done = events.find((e): e is Extract<LoopEvent, { event: 'done' }> => e.event === 'done');
    if (done === undefined) throw new Error('the create loop did not report its end');
    return {
      acknowledged,
      unanswered: events.filter((e) => e.event === 'create-failed' || e.event === 'create-lost').length,
      attempts: done.attempts,
      events,
      before,
    };
  } finally {
    loop.kill();
  }
}

/**
 * The tenant's objects once the log has settled: appends retried by a producer across an outage may land a little
 * after the client gave up on them, so the listing is read until it stops changing.
 */
export async function settledObjectIds(target: FaultTarget): Promise<string[]> {
  let previous: string | undefined;
  let stableReads = 0;
  const deadline = Date.now() + 60_000;
  for (;;) {
    const ids = await waitUntil(() => target.audit.objectIds(target.tenant), 60_000, 'the inventory API');
    const key = JSON.stringify([...ids].sort());
    stableReads = key === previous ? stableReads + 1 : 0;
    previous = key;
    if (stableReads >= 3 || Date.now() > deadline) return ids;
    await sleep(1_000);
  }
}

export async function inspect(target: FaultTarget, port: number, ids: readonly string[]): Promise<InspectResult> {
  const file = join(target.workDir, `ids-${port}-${Date.now()}.json`);
  await writeFile(file, JSON.stringify(ids));
  return runScript<InspectResult>('inspect_objects.py', [
    ...endpointArgs(port),
    ...tlsArgs(target.client),
    '--ids-file',
    file,
  ]);
}

export interface FaultFindings {
  /** Object ids the inventory lists for the tenant that were not there before the run. */
  readonly created: string[];
  readonly duplicatesInListing: string[];
  readonly acknowledgedMissing: string[];
  /** In the inventory but never acknowledged to the client (Creates in flight at the kill). */
  readonly extras: string[];
  /** Per new object: how many KeyCreated events the projector applied. */
  readonly keyCreatedApplied: Record<string, number>;
  /** Per gateway port: what Get and Get Attributes (State) answered for every new object. */
  readonly inspected: Record<number, Record<string, InspectedObject>>;
}

export async function examine(target: FaultTarget, run: FaultRun): Promise<FaultFindings> {
  const listing = await settledObjectIds(target);
  const created = listing.filter((id) => !run.before.has(id));
  const seen = new Set<string>();
  const duplicatesInListing = listing.filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
  const acknowledgedMissing = [...run.acknowledged.keys()].filter((id) => !seen.has(id));
  const extras = created.filter((id) => !run.acknowledged.has(id));
  const keyCreatedApplied: Record<string, number> = {};
  for (const id of created) {
    const history: HistoryEvent[] = await target.audit.history(target.tenant, id);
    keyCreatedApplied[id] = history.filter((e) => e.type === 'KeyCreated' && e.verdict === 'applied').length;
  }
  const inspected: Record<number, Record<string, InspectedObject>> = {};
  for (const port of new Set(target.endpoints)) inspected[port] = (await inspect(target, port, created)).objects;
  return { created, duplicatesInListing, acknowledgedMissing, extras, keyCreatedApplied, inspected };
}

/**
 * The checks of every crash scenario (as jest expectations):
 * - every acknowledged Create is Get-able through every gateway with the bytes it had when first fetched;
 * - it is listed once in the inventory, with exactly one applied KeyCreated;
 * - nothing else appeared but objects from Creates that got no Success (at most one per such Create), and each of
 *   those is a complete object (one applied KeyCreated, key material present) that nobody activated: Pre-Active.
 */
export function expectConsistent(run: FaultRun, findings: FaultFindings): void {
  expect(run.acknowledged.size).toBeGreaterThan(0);
  expect(findings.duplicatesInListing).toEqual([]);
  expect(findings.acknowledgedMissing).toEqual([]);
  expect(findings.extras.length).toBeLessThanOrEqual(run.unanswered);
  for (const id of findings.created)
    expect({ id, applied: findings.keyCreatedApplied[id] }).toEqual({ id, applied: 1 });

  for (const [port, objects] of Object.entries(findings.inspected)) {
    for (const [id, firstDigest] of run.acknowledged) {
      const seen = objects[id];
      expect({ port, id, get: seen?.get.ok, state: seen?.state }).toEqual({
        port,
        id,
        get: true,
        state: { ok: true, state: 'PRE_ACTIVE' },
      });
      if (seen?.get.ok === true) {
        expect(seen.get.length).toBe(32);
        if (firstDigest !== undefined) expect({ id, sha256: seen.get.sha256 }).toEqual({ id, sha256: firstDigest });
      }
    }
    for (const id of findings.extras) {
      const seen = objects[id];
      expect({ port, id, state: seen?.state, get: seen?.get.ok }).toEqual({
        port,
        id,
        state: { ok: true, state: 'PRE_ACTIVE' },
        get: true,
      });
    }
  }
  // The same bytes through every gateway.
  const ports = Object.keys(findings.inspected).map(Number);
  for (const id of findings.created) {
    const digests = new Set(
      ports.map((port) => {
        const get = findings.inspected[port][id]?.get;
        return get?.ok === true ? get.sha256 : undefined;
      }),
    );
    expect({ id, distinctDigests: digests.size }).toEqual({ id, distinctDigests: 1 });
  }
}

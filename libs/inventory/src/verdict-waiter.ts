import { RecentMap } from '@kmip/collections';
import type { SqlDatabase, Unlisten } from '@kmip/sql';
import { InventoryTables, type InventoryOptions } from './inventory-tables';
import type { EventVerdict, VerdictKind } from './verdict';
import { decodeVerdictNotification, newVerdictChannel, VERDICTS_CHANNEL } from './verdict-notification';

/** How a command ended, as far as the gateway is concerned (DESIGN §3, write protocol step 5). */
export type CommandOutcome =
  /** Every event applied; `version` is the stream version after the last event of the command. */
  | { readonly outcome: 'applied'; readonly version: number; readonly verdicts: readonly EventVerdict[] }
  /** Decided on a stale state: re-read, decide again. `version` is the stream's current version. */
  | { readonly outcome: 'conflict'; readonly version?: number; readonly verdicts: readonly EventVerdict[] }
  /** The projector refused the command's records (malformed, incomplete, duplicate ids): do not retry as is. */
  | { readonly outcome: 'rejected'; readonly verdicts: readonly EventVerdict[] }
  /** No verdict in time: the events may still be applied later. */
  | { readonly outcome: 'timeout'; readonly verdicts: readonly EventVerdict[] };

export interface VerdictWaiterOptions extends InventoryOptions {
  /** While waits are pending, the verdicts table is read this often, in case a notification was lost. Default 500. */
  readonly pollIntervalMs?: number;
  /**
   * Verdicts heard recently (at least this many), kept for a wait that starts after its notification arrived.
   * Default 20,000.
   */
  readonly recentVerdicts?: number;
}

interface Wait {
  readonly ids: readonly string[];
  readonly found: Map<string, EventVerdict>;
  readonly resolve: (outcome: CommandOutcome) => void;
  readonly timer: NodeJS.Timeout;
}

/**
 * Waits for the projector's verdicts on a command's events. The waiter has a channel of its own (`channel`), which
 * the commands it waits for name, so the projector announces their verdicts to this process alone; it also listens on
 * the shared `kmip_verdicts`, where the verdicts of commands naming no channel are announced. The verdicts it hears
 * are also remembered for a while, because the projector may decide before the gateway starts waiting. While anything
 * is pending, the `verdicts` table is polled, so a notification lost while the listening connection was re-established
 * can't hang a request.
 */
export class VerdictWaiter {
  private readonly waits = new Map<string, Set<Wait>>();
  private readonly recent: RecentMap<string, EventVerdict>;
  private readonly pollIntervalMs: number;
  private pollTimer: NodeJS.Timeout | undefined;
  private polling = false;
  private readonly unlisten: Unlisten[] = [];
  /** The NOTIFY channel to name in the commands this waiter waits for (their `verdict-channel` header). */
  readonly channel = newVerdictChannel();
  private closed = false;

  private constructor(
    private readonly db: SqlDatabase,
    private readonly tables: InventoryTables,
    options: VerdictWaiterOptions,
  ) {
    this.pollIntervalMs = options.pollIntervalMs ?? 500;
    this.recent = new RecentMap(2 * (options.recentVerdicts ?? 20_000));
  }

  static async start(db: SqlDatabase, options: VerdictWaiterOptions = {}): Promise<VerdictWaiter> {
    const waiter = new VerdictWaiter(db, new InventoryTables(options.schema), options);
    try {
      for (const channel of [waiter.channel, VERDICTS_CHANNEL]) {
        waiter.unlisten.push(
          await db.listen(channel, (payload) => waiter.deliver(decodeVerdictNotification(payload), true)),
        );
      }
    } catch (error) {
      await waiter.close();
      throw error;
    }
    return waiter;
  }

  /** Resolves with the command's outcome once its verdicts are known, or `timeout` after `timeoutMs`. */
  waitFor(eventIds: readonly string[], timeoutMs: number): Promise<CommandOutcome> {
    const ids = [...new Set(eventIds.map((id) => id.toLowerCase()))];
    if (ids.length === 0) return Promise.reject(new Error('waitFor needs at least one event id'));
    if (this.closed) return Promise.resolve({ outcome: 'timeout', verdicts: [] });
    return new Promise<CommandOutcome>((resolve) => {
      const wait: Wait = {
        ids,
        found: new Map(),
        resolve,
        timer: setTimeout(
          () => this.settle(wait, { outcome: 'timeout', verdicts: [...wait.found.values()] }),
          timeoutMs,
        ),
      };
      for (const id of ids) {
        let set = this.waits.get(id);
        if (!set) {
          set = new Set();
          this.waits.set(id, set);
        }
        set.add(wait);
      }
      this.deliver(
        ids.flatMap((id) => this.recent.get(id) ?? []),
        false,
      );
      this.schedulePoll();
    });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.pollTimer);
    for (const set of [...this.waits.values()]) {
      for (const wait of set) this.settle(wait, { outcome: 'timeout', verdicts: [...wait.found.values()] });
    }
    await Promise.all(this.unlisten.map((unlisten) => unlisten()));
  }

  /** Records verdicts heard together (one notification, one poll) before judging any wait, so a command's
   * verdicts, which the projector commits and announces together, are reported together. */
  private deliver(verdicts: readonly EventVerdict[], remember: boolean): void {
    const touched = new Set<Wait>();
    for (const verdict of verdicts) {
      if (remember) this.recent.set(verdict.eventId, verdict);
      for (const wait of this.waits.get(verdict.eventId) ?? []) {
        wait.found.set(verdict.eventId, verdict);
        touched.add(wait);
      }
    }
    for (const wait of touched) {
      const outcome = outcomeOf(wait);
      if (outcome) this.settle(wait, outcome);
    }
  }

  private settle(wait: Wait, outcome: CommandOutcome): void {
    clearTimeout(wait.timer);
    for (const id of wait.ids) {
      const set = this.waits.get(id);
      set?.delete(wait);
      if (set?.size === 0) this.waits.delete(id);
    }
    wait.resolve(outcome);
  }

  private schedulePoll(): void {
    if (this.pollTimer || this.closed || this.waits.size === 0) return;
    this.pollTimer = setTimeout(() => {
      this.pollTimer = undefined;
      void this.poll().finally(() => this.schedulePoll());
    }, this.pollIntervalMs);
  }

  private async poll(): Promise<void> {
    if (this.polling || this.waits.size === 0) return;
    this.polling = true;
    try {
      const ids = [...this.waits.keys()];
      const { rows } = await this.db.query<{ event_id: string; verdict: VerdictKind; version: number | null }>(
        `select event_id, verdict, version from ${this.tables.verdicts} where event_id = any($1::text[])`,
        [ids],
      );
      this.deliver(
        rows.map((r) => ({
          eventId: r.event_id,
          verdict: r.verdict,
          ...(r.version === null ? {} : { version: Number(r.version) }),
        })),
        false,
      );
    } catch {
      // The database is unreachable right now: the next poll (or a notification) tries again.
    } finally {
      this.polling = false;
    }
  }
}

/** Every event applied → applied; any conflict or rejection → that, as the events of a command share one fate. */
function outcomeOf(wait: Wait): CommandOutcome | undefined {
  const verdicts = wait.ids.flatMap((id) => wait.found.get(id) ?? []);
  const failed = verdicts.find((v) => v.verdict !== 'applied');
  if (failed?.verdict === 'rejected') return { outcome: 'rejected', verdicts };
  if (failed)
    return { outcome: 'conflict', ...(failed.version === undefined ? {} : { version: failed.version }), verdicts };
  if (verdicts.length < wait.ids.length) return undefined;
  const last = verdicts[verdicts.length - 1];
  return { outcome: 'applied', version: last.version ?? 0, verdicts };
}

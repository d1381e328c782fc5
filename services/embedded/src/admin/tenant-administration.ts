import type { EventLog } from '@kmip/event-log';
import { EVENTS_TOPIC, InventoryReadModel, toCommandRecords, VerdictWaiter } from '@kmip/inventory';
import { decideTenant, toEnvelopes, type Actor, type TenantEvent } from '@kmip/key-lifecycle';
import { uuidGenerator } from '@kmip/kmip-server';
import type { SqlDatabase } from '@kmip/sql';
import { TenantAdministrationError } from './tenant-administration.error';
import { verdictTimeoutMessage } from './verdict-timeout.message';
import { toTenantCommand, type TenantRequest } from './tenant-request';

export interface TenantAdministrationOptions {
  readonly log: EventLog;
  readonly db: SqlDatabase;
  /** Schema of the inventory read model (where the projector writes tenants, clients and verdicts). */
  readonly inventorySchema?: string;
  readonly eventsTopic?: string;
  /** How long to wait for the projector's verdict on one command. Default 15 s. */
  readonly verdictTimeoutMs?: number;
  /** Re-decisions after a version conflict. Default 3. */
  readonly maxConflictRetries?: number;
  readonly clock?: () => Date;
}

export interface TenantOutcome {
  /** False when the request changed nothing (the client was already allowed the same way). */
  readonly changed: boolean;
  /** The tenant stream's version after the request. */
  readonly version: number;
  readonly events: readonly TenantEvent['type'][];
}

/**
 * Tenant changes through the normal write path (DESIGN §3): read the tenant from the read model, decide with
 * `decideTenant`, append the events to `kmip.events` with `expectedVersion`, and wait for the projector's verdict;
 * on a conflict read and decide again. Used by the first start of the embedded mode, by its admin endpoint and by
 * kmipctl against a distributed deployment.
 */
export class TenantAdministration {
  private readonly readModel: InventoryReadModel;
  private readonly eventsTopic: string;
  private readonly verdictTimeoutMs: number;
  private readonly maxConflictRetries: number;
  private readonly clock: () => Date;

  private constructor(
    private readonly options: TenantAdministrationOptions,
    private readonly verdicts: VerdictWaiter,
  ) {
    this.readModel = new InventoryReadModel(options.db, { schema: options.inventorySchema });
    this.eventsTopic = options.eventsTopic ?? EVENTS_TOPIC;
    this.verdictTimeoutMs = options.verdictTimeoutMs ?? 15_000;
    this.maxConflictRetries = options.maxConflictRetries ?? 3;
    this.clock = options.clock ?? (() => new Date());
  }

  static async start(options: TenantAdministrationOptions): Promise<TenantAdministration> {
    const verdicts = await VerdictWaiter.start(options.db, { schema: options.inventorySchema });
    return new TenantAdministration(options, verdicts);
  }

  get inventory(): InventoryReadModel {
    return this.readModel;
  }

  async execute(request: TenantRequest, actor: Actor): Promise<TenantOutcome> {
    for (let attempt = 0; ; attempt++) {
      const state = await this.readModel.getTenant(request.tenant);
      const owner =
        request.kind === 'AllowClient' ? (await this.readModel.findClient(request.fingerprint))?.tenant : undefined;
      const command = toTenantCommand(request, this.clock(), owner);
      const decision = decideTenant(command, state);
      if (!decision.ok) throw new TenantAdministrationError(decision.error.reason, decision.error.message);
      if (decision.events.length === 0) return { changed: false, version: state.version, events: [] };

      const envelopes = toEnvelopes(decision.events, {
        tenant: request.tenant,
        actor,
        occurredAt: command.data.now,
        expectedVersion: state.version,
        newId: () => uuidGenerator.newId(),
      });
      const records = toCommandRecords(envelopes, uuidGenerator.newId(), this.verdicts.channel);
      const positions = await this.options.log.append(this.eventsTopic, records);
      const outcome = await this.verdicts.waitFor(
        envelopes.map((e) => e.id),
        this.verdictTimeoutMs,
      );
      switch (outcome.outcome) {
        case 'applied':
          return { changed: true, version: outcome.version, events: decision.events.map((e) => e.type) };
        case 'conflict':
          if (attempt < this.maxConflictRetries) continue;
          throw new TenantAdministrationError('Conflict', `tenant ${request.tenant} kept changing; try again`);
        case 'rejected':
          throw new TenantAdministrationError('Rejected', `the projector rejected the ${request.kind} events`);
        case 'timeout': {
          // The command's records share its tenant's partition; the last one decides when it is applied.
          const last = positions[positions.length - 1];
          const projected = await this.readModel.projectedUpTo(this.eventsTopic, last.partition).catch(() => null);
          throw new TenantAdministrationError(
            'Timeout',
            verdictTimeoutMessage(request.kind, this.verdictTimeoutMs, this.eventsTopic, last, projected),
          );
        }
      }
    }
  }

  async close(): Promise<void> {
    await this.verdicts.close();
  }
}

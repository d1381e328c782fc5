/**
 * The side effects of `kmip.events` (DESIGN §4), record by record in log order, each idempotent and replayable:
 * - KeyDestroyed: erase the object's wrapped blob, in one transaction with the consumer position. When a read model
 *   is wired and shows the object still holding its key material once it judged the event (a Destroy that lost a
 *   conflict), nothing is erased.
 * - RootKeyRotated: see root-key-rotation.effect.ts; the position is stored once the work is done.
 * - RootKeyRevoked: record the revocation (unwrap fails from then on, across restarts and instances), in one
 *   transaction with the position.
 * Other events only move the position, at most once a second per partition (passed-positions.ts); a record whose
 * event-type header names one of them is passed without being decoded. A record that is not a readable envelope is logged (its position and why,
 * never its contents) and passed.
 */
import type { LoggedRecord, RecordHandler } from '@kmip/event-log';
import { WrappedKekVault, type WrappedKekVaultOptions } from '@kmip/key-wrapping';
import { EVENT_TYPE_HEADER } from '@kmip/inventory';
import { decodeEnvelope, type EventEnvelope } from '@kmip/key-lifecycle';
import type { SqlDatabase } from '@kmip/sql';
import type { RootKeyRevocations } from '../crypto-shredding/root-key-revocations';
import type { ServiceLogger } from '../service.logger';
import type { ConsumerPositions } from './consumer-positions';
import type { ObjectStates } from './object-states.port';
import { PassedPositions } from './passed-positions';
import type { RootKeyRotationEffect } from './root-key-rotation.effect';

export interface EventEffectsOptions {
  readonly db: SqlDatabase;
  readonly vaultOptions: WrappedKekVaultOptions;
  readonly positions: ConsumerPositions;
  readonly revocations: RootKeyRevocations;
  readonly rotation: RootKeyRotationEffect;
  readonly states?: ObjectStates;
  readonly logger: ServiceLogger;
  /** How often the position of records without effect is stored, at most. Default 1,000 ms. */
  readonly passedPositionIntervalMs?: number;
}

/** The events with an effect here; every other type only moves the position. */
const EFFECT_TYPES: ReadonlySet<string> = new Set<EventEnvelope['type']>([
  'KeyDestroyed',
  'RootKeyRevoked',
  'RootKeyRotated',
]);

export class EventEffects {
  private readonly passed: PassedPositions;

  constructor(private readonly options: EventEffectsOptions) {
    this.passed = new PassedPositions(options.db, options.positions, {
      intervalMs: options.passedPositionIntervalMs,
      onError: (error) => options.logger.warn(`storing the consumer position failed: ${String(error)}`),
    });
  }

  /** Stores the positions held back (on stop). */
  flush(): Promise<void> {
    return this.passed.flush();
  }

  readonly handle: RecordHandler = async (records) => {
    const { db, positions } = this.options;
    let unstored: LoggedRecord | undefined;
    for (const record of records) {
      const type = record.headers[EVENT_TYPE_HEADER];
      if (type !== undefined && !EFFECT_TYPES.has(type)) {
        unstored = record;
        continue;
      }
      const decoded = decodeEnvelope(record.value.toString('utf8'));
      if (!decoded.ok) {
        this.options.logger.warn(
          `${record.topic}/${record.partition}@${record.offset} is not a readable event (${decoded.error.kind}); passed`,
        );
        unstored = record;
        continue;
      }
      const envelope = decoded.value;
      switch (envelope.type) {
        case 'KeyDestroyed':
          await this.erase(envelope, record);
          this.passed.storedWithEffect(record.partition);
          unstored = undefined;
          break;
        case 'RootKeyRevoked':
          await this.revoke(envelope, record);
          this.passed.storedWithEffect(record.partition);
          unstored = undefined;
          break;
        case 'RootKeyRotated':
          await this.options.rotation.apply(envelope, record);
          await positions.store(db, record.partition, record.offset + 1);
          this.passed.storedWithEffect(record.partition);
          unstored = undefined;
          break;
        default:
          unstored = record;
      }
    }
    if (unstored) await this.passed.passed(unstored.partition, unstored.offset + 1);
  };

  private async erase(envelope: Extract<EventEnvelope, { type: 'KeyDestroyed' }>, record: LoggedRecord): Promise<void> {
    const { tenant } = envelope;
    const objectId = envelope.objectId!;
    const state = await this.options.states?.read(tenant, objectId, record);
    const keep = state?.status === 'Known' && !state.keyMaterialDestroyed;
    const erased = await this.options.db.transaction(async (tx) => {
      const erased = keep ? false : await new WrappedKekVault(tx, this.options.vaultOptions).erase(tenant, objectId);
      await this.options.positions.store(tx, record.partition, record.offset + 1);
      return erased;
    });
    if (keep) {
      this.options.logger.warn(
        `tenant ${tenant}: KeyDestroyed ${envelope.id} of ${objectId} was not applied by the read model; key material kept`,
      );
    } else if (erased) {
      this.options.logger.info(
        `tenant ${tenant}: erased the key material of ${objectId} (KeyDestroyed ${envelope.id})`,
      );
    }
  }

  private async revoke(
    envelope: Extract<EventEnvelope, { type: 'RootKeyRevoked' }>,
    record: LoggedRecord,
  ): Promise<void> {
    await this.options.db.transaction(async (tx) => {
      await this.options.revocations.record(tx, {
        tenant: envelope.tenant,
        rootKeyId: envelope.data.rootKeyId,
        eventId: envelope.id,
        revokedAt: envelope.data.at,
      });
      await this.options.positions.store(tx, record.partition, record.offset + 1);
    });
    this.options.logger.info(
      `tenant ${envelope.tenant}: root key ${envelope.data.rootKeyId} revoked (RootKeyRevoked ${envelope.id}); its keys are crypto-shredded`,
    );
  }
}

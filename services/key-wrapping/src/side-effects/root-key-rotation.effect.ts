/**
 * RootKeyRotated (DESIGN §4): make the tenant's provider current at the event's version (select it when the root key
 * manager already has it, rotate when it does not yet), rewrap every blob of the tenant to it, then tell the log with
 * KeyRewrapped events. Every step is idempotent, so a replay, or a restart in the middle, finishes the work: the
 * provider is rotated only while it is behind the event, blobs already at the version are skipped, and objects the
 * read model already shows at the version get no event.
 */
import type { RecordPosition } from '@kmip/event-log';
import type { KeyWrappingService, WrappedKekVault } from '@kmip/key-wrapping';
import type { EventEnvelope } from '@kmip/key-lifecycle';
import type { SqlClient } from '@kmip/sql';
import type { RootKeyRevocations } from '../crypto-shredding/root-key-revocations';
import type { ServiceLogger } from '../service.logger';
import type { TenantRootKeys } from '../tenancy/tenant-root-keys';
import type { RewrapEventsPublisher } from './rewrap-events.publisher';

/** More versions than this between the provider and the event means a misconfiguration, not a rotation to catch up. */
const MAX_ROTATION_STEPS = 16;

/** A failure that a later retry of the same event may overcome (the provider was unreachable). */
export class RetryLater extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RetryLater';
  }
}

export interface RootKeyRotationEffectOptions {
  readonly roots: TenantRootKeys;
  readonly service: KeyWrappingService;
  readonly vault: WrappedKekVault;
  readonly revocations: RootKeyRevocations;
  readonly db: SqlClient;
  /** Absent when no read model is wired: blobs are still rewrapped, but no KeyRewrapped is appended. */
  readonly publisher?: RewrapEventsPublisher;
  readonly logger: ServiceLogger;
}

type RootKeyRotatedEnvelope = Extract<EventEnvelope, { type: 'RootKeyRotated' }>;

export class RootKeyRotationEffect {
  constructor(private readonly options: RootKeyRotationEffectOptions) {}

  async apply(envelope: RootKeyRotatedEnvelope, position: RecordPosition): Promise<void> {
    const { roots, service, vault, revocations, db, publisher, logger } = this.options;
    const tenant = envelope.tenant;
    const { rootKeyId, rootKeyVersion: target } = envelope.data;
    if (!roots.serves(tenant)) return;
    if (await revocations.isRevoked(db, tenant)) {
      logger.info(`tenant ${tenant}: RootKeyRotated ${envelope.id} ignored, the root key was revoked`);
      return;
    }
    const provider = await roots.refresh(tenant);
    let described = await provider.describe();
    if (described.rootKeyId !== rootKeyId) {
      logger.error(
        `tenant ${tenant}: RootKeyRotated ${envelope.id} names root key ${rootKeyId}, the provider holds ${described.rootKeyId}; ignored`,
      );
      return;
    }
    const current = ordinal(described.currentVersion);
    if (current !== undefined && current < target) {
      if (target - current > MAX_ROTATION_STEPS) {
        logger.error(
          `tenant ${tenant}: RootKeyRotated ${envelope.id} asks for version ${target}, the provider is at ${current}; ignored`,
        );
        return;
      }
      for (let version = current; version < target;) {
        const rotated = await provider.rotate();
        version = ordinal(rotated.version) ?? target;
        logger.info(`tenant ${tenant}: rotated root key ${rootKeyId} to version ${rotated.version}`);
      }
      described = await provider.describe();
    }

    const report = await service.rewrapTenant(tenant);
    logger.info(
      `tenant ${tenant}: rewrapped ${report.rewrapped.length} keys to root key version ${report.toVersion}` +
        (report.failed.length > 0
          ? `, ${report.failed.length} failed (${[...new Set(report.failed.map((f) => f.code))].join(', ')})`
          : ''),
    );
    if (report.failed.some((f) => f.code === 'PROVIDER_UNAVAILABLE')) {
      throw new RetryLater(`tenant ${tenant}: the root key provider was unavailable during the rewrap`);
    }
    if (!publisher) return;

    // The key-lifecycle events number versions; Key Protect's version ids are not numbers, so the event's number
    // stands for the version the manager made.
    const version = ordinal(report.toVersion) ?? target;
    const objectIds: string[] = [];
    for (let after: string | undefined; ;) {
      const page = await vault.listByRootKeyVersion(tenant, described.rootKeyId, report.toVersion, {
        after,
        limit: 1000,
      });
      objectIds.push(...page.map((r) => r.objectId));
      if (page.length < 1000) break;
      after = page[page.length - 1].objectId;
    }
    const published = await publisher.publish(tenant, objectIds, { rootKeyId, rootKeyVersion: version }, position);
    logger.info(
      `tenant ${tenant}: KeyRewrapped appended ${published.appended}, already recorded ${published.unchanged}, ` +
        `skipped ${published.skipped}, unconfirmed ${published.unconfirmed}`,
    );
  }
}

function ordinal(version: string): number | undefined {
  return /^[1-9][0-9]{0,14}$/.test(version) ? Number(version) : undefined;
}

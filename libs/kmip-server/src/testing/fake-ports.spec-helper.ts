import { randomBytes } from 'node:crypto';
import {
  evolveManagedObject,
  initialManagedObjectState,
  initialTenantState,
  toEvent,
  type ManagedObjectEvent,
  type ManagedObjectState,
  type Tenant,
  type TenantState,
} from '@kmip/key-lifecycle';
import type { GenerateKekRequest, KekAddress, RegisterKekRequest, WrappedKekReference } from '@kmip/key-wrapping';
import type { AccessRecord, AccessRecorder } from '../ports/access-recorder.port';
import type { Clock } from '../ports/clock.port';
import type { CommandEvents, CommandVerdict, EventAppender } from '../ports/event-appender.port';
import type { IdGenerator } from '../ports/id-generator.port';
import type { InventoryReader, LocateCriteria } from '../ports/inventory-reader.port';
import type { KeyWrappingClient } from '../ports/key-wrapping-client.port';

/*
 * In-memory fakes of the processor's ports, for unit tests of its pure logic. The proof that the gateway works with
 * the real log, projector, read model and key-wrapping service is the integration test under test/kmip-gateway.
 */

export const TENANT = 'tenant-a';
export const OTHER_TENANT = 'tenant-b';

export function knownTenant(tenant: string, revoked = false): Tenant {
  return {
    status: 'Known',
    tenant,
    createdAt: '2024-01-01T00:00:00Z',
    clients: {},
    rootKey: { rootKeyId: `crk-${tenant}`, rootKeyVersion: 1, revoked },
    version: 1,
  };
}

/** The read model and the projector at once: commands are judged all or none on expectedVersion, like the real one. */
export class InMemoryInventory implements InventoryReader, EventAppender {
  readonly objects = new Map<string, ManagedObjectState>();
  readonly tenants = new Map<string, TenantState>([
    [TENANT, knownTenant(TENANT)],
    [OTHER_TENANT, knownTenant(OTHER_TENANT)],
  ]);
  readonly commands: CommandEvents[] = [];
  /** Verdicts to give instead of judging, one per command, first first. */
  readonly scriptedVerdicts: CommandVerdict[] = [];
  appendError: Error | undefined;
  /** Called before a command is judged: a test may change an object there, as another gateway would. */
  beforeJudging: ((command: CommandEvents) => void) | undefined;

  getObject(tenant: string, objectId: string): Promise<ManagedObjectState> {
    return Promise.resolve(this.objects.get(key(tenant, objectId)) ?? initialManagedObjectState());
  }

  getTenant(tenant: string): Promise<TenantState> {
    return Promise.resolve(this.tenants.get(tenant) ?? initialTenantState());
  }

  locate(tenant: string, criteria: LocateCriteria): Promise<string[]> {
    const matches = [...this.objects.values()].filter((o) => {
      if (o.status !== 'Known' || o.tenant !== tenant) return false;
      if (criteria.objectType !== undefined && o.objectType !== criteria.objectType) return false;
      if (criteria.state !== undefined && o.state !== criteria.state) return false;
      if (criteria.algorithm !== undefined && o.cryptographicAlgorithm !== criteria.algorithm) return false;
      const names = (o.attributes['Name'] ?? []).map((i) =>
        i.value.kind === 'structure' ? i.value.fields.find((f) => f.name === 'Name Value')?.value : undefined,
      );
      if (!(criteria.names ?? []).every((n) => names.some((v) => v?.kind === 'text' && v.value === n))) return false;
      return (criteria.customAttributes ?? []).every((wanted) =>
        (o.attributes[wanted.name] ?? []).some((i) => JSON.stringify(i.value) === JSON.stringify(wanted.value)),
      );
    });
    const ids = matches.map((o) => (o.status === 'Known' ? o.objectId : ''));
    const offset = criteria.offsetItems ?? 0;
    return Promise.resolve(ids.slice(offset, criteria.maxItems === undefined ? undefined : offset + criteria.maxItems));
  }

  appendCommand(command: CommandEvents, _timeoutMs: number): Promise<CommandVerdict> {
    if (this.appendError) return Promise.reject(this.appendError);
    this.commands.push(command);
    this.beforeJudging?.(command);
    const scripted = this.scriptedVerdicts.shift();
    if (scripted !== undefined) return Promise.resolve(scripted);
    const changed = new Map<string, ManagedObjectState>();
    for (const envelope of command.envelopes) {
      const id = key(envelope.tenant, envelope.objectId ?? '');
      const state = changed.get(id) ?? this.objects.get(id) ?? initialManagedObjectState();
      if (envelope.expectedVersion !== undefined && envelope.expectedVersion !== state.version) {
        return Promise.resolve('conflict');
      }
      changed.set(id, evolveManagedObject(state, toEvent(envelope) as ManagedObjectEvent));
    }
    for (const [id, state] of changed) this.objects.set(id, state);
    return Promise.resolve('applied');
  }

  /** Stores an object directly, as if another client had created it. */
  put(state: ManagedObjectState): void {
    if (state.status === 'Known') this.objects.set(key(state.tenant, state.objectId), state);
  }

  object(tenant: string, objectId: string): ManagedObjectState {
    return this.objects.get(key(tenant, objectId)) ?? initialManagedObjectState();
  }
}

function key(tenant: string, objectId: string): string {
  return `${tenant}/${objectId}`;
}

export class RecordingAccessLog implements AccessRecorder {
  readonly records: AccessRecord[] = [];
  failure: Error | undefined;

  record(records: readonly AccessRecord[]): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    this.records.push(...records);
    return Promise.resolve();
  }
}

/** Key material in a map; `failWith` makes every call fail with a key-wrapping client error code. */
export class InMemoryKeyWrapping implements KeyWrappingClient {
  readonly keys = new Map<string, Buffer>();
  readonly unwrapped: Buffer[] = [];
  failWith: string | undefined;

  generate(request: GenerateKekRequest): Promise<WrappedKekReference> {
    return this.store(request, randomBytes((request.lengthBits ?? 256) / 8));
  }

  register(request: RegisterKekRequest): Promise<WrappedKekReference> {
    return this.store(request, Buffer.from(request.material));
  }

  unwrap(request: KekAddress): Promise<Buffer> {
    const failure = this.failure();
    if (failure) return Promise.reject(failure);
    const stored = this.keys.get(`${request.tenant}/${request.objectId}`);
    if (!stored) return Promise.reject(Object.assign(new Error('no key'), { code: 'NOT_FOUND' }));
    const copy = Buffer.from(stored);
    this.unwrapped.push(copy);
    return Promise.resolve(copy);
  }

  health(): Promise<never> {
    return Promise.reject(new Error('not used'));
  }

  close(): Promise<void> {
    return Promise.resolve();
  }

  material(tenant: string, objectId: string): Buffer | undefined {
    return this.keys.get(`${tenant}/${objectId}`);
  }

  private store(address: KekAddress, material: Buffer): Promise<WrappedKekReference> {
    const failure = this.failure();
    if (failure) return Promise.reject(failure);
    this.keys.set(`${address.tenant}/${address.objectId}`, material);
    return Promise.resolve({
      rootKeyId: `crk-${address.tenant}`,
      rootKeyVersion: '1',
      mechanism: 'AES-256-GCM',
      created: true,
    });
  }

  private failure(): Error | undefined {
    return this.failWith === undefined ? undefined : Object.assign(new Error('failed'), { code: this.failWith });
  }
}

export const fixedClock = (iso = '2024-05-01T12:00:00Z'): Clock => ({ now: () => new Date(iso) });

/** UUID-shaped, predictable identifiers. */
export function sequentialIds(): IdGenerator {
  let n = 0;
  return { newId: () => `00000000-0000-4000-8000-${(++n).toString(16).padStart(12, '0')}` };
}

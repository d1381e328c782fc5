import { evolveManagedObject, initialManagedObjectState, type ManagedObjectState } from '@kmip/key-lifecycle';
import { OperationError } from '../errors/operation-error';
import { WriteFailure } from '../errors/write-failure';
import { InMemoryInventory, sequentialIds, TENANT } from '../testing/fake-ports.spec-helper';
import type { ObjectWrite, WriteScope } from './object-write';
import { runWriteProtocol, type WriteDependencies } from './write-protocol';

const NOW = '2024-05-01T12:00:00Z';
const scope: WriteScope = {
  tenant: TENANT,
  actor: { kind: 'client', fingerprint: 'ab'.repeat(32), address: '::1' },
  now: NOW,
};

function deps(inventory: InMemoryInventory, maxConflictRetries = 2): WriteDependencies {
  return { inventory, events: inventory, ids: sequentialIds(), verdictTimeoutMs: 1000, maxConflictRetries };
}

/** The key every test object is: what a Create asks for and what KeyCreated records. */
const AES_KEY = {
  objectType: 'SymmetricKey',
  cryptographicAlgorithm: 'AES',
  cryptographicLength: 256,
  cryptographicUsageMask: 12,
  attributes: [],
  wrappedBy: { rootKeyId: 'crk', rootKeyVersion: 1 },
} as const;

function created(objectId: string): ManagedObjectState {
  return evolveManagedObject(initialManagedObjectState(), {
    type: 'KeyCreated',
    data: {
      objectId,
      tenant: TENANT,
      ...AES_KEY,
      state: 'PreActive',
      at: NOW,
    },
  });
}

const addVendor = (objectId: string, value: string): ObjectWrite => ({
  objectId,
  commands: () => [
    {
      type: 'AddAttribute',
      data: { objectId, tenant: TENANT, now: NOW, name: 'x-Vendor', value: { kind: 'text', value } },
    },
  ],
});

describe('the write protocol (DESIGN §3)', () => {
  it('reads the state, decides, appends with the expected version and returns the state the events leave', async () => {
    const inventory = new InMemoryInventory();
    inventory.put(created('k1'));
    const result = await runWriteProtocol(deps(inventory), scope, addVendor('k1', 'VMware'));
    expect(result.events.map((e) => e.type)).toEqual(['AttributeAdded']);
    expect(result.state).toMatchObject({ version: 2 });
    expect(inventory.commands[0].envelopes).toEqual([
      expect.objectContaining({
        type: 'AttributeAdded',
        tenant: TENANT,
        objectId: 'k1',
        expectedVersion: 1,
        occurredAt: NOW,
      }),
    ]);
  });

  it('answers a refusal at once, appending nothing', async () => {
    const inventory = new InMemoryInventory();
    await expect(runWriteProtocol(deps(inventory), scope, addVendor('missing', 'x'))).rejects.toEqual(
      expect.objectContaining({ name: 'OperationError', reason: 'ItemNotFound' }),
    );
    expect(inventory.commands).toHaveLength(0);
  });

  it('appends nothing for a command that changes nothing', async () => {
    const inventory = new InMemoryInventory();
    inventory.put(created('k1'));
    await runWriteProtocol(deps(inventory), scope, addVendor('k1', 'VMware'));
    const again = await runWriteProtocol(deps(inventory), scope, addVendor('k1', 'VMware'));
    expect(again.events).toEqual([]);
    expect(inventory.commands).toHaveLength(1);
  });

  it('on a conflict re-reads and decides again on the new state', async () => {
    const inventory = new InMemoryInventory();
    inventory.put(created('k1'));
    let raced = false;
    inventory.beforeJudging = () => {
      if (raced) return;
      raced = true;
      // Another gateway's change lands first.
      const current = inventory.object(TENANT, 'k1');
      const value = { kind: 'text' as const, value: 'other gateway' };
      inventory.put(
        evolveManagedObject(current, { type: 'AttributeAdded', data: { name: 'x-Vendor', index: 0, value, at: NOW } }),
      );
    };
    const seen: number[] = [];
    const write: ObjectWrite = {
      ...addVendor('k1', 'this gateway'),
      commands: (state) => {
        seen.push(state.version);
        return addVendor('k1', 'this gateway').commands(state);
      },
    };
    const result = await runWriteProtocol(deps(inventory), scope, write);
    expect(seen).toEqual([1, 2]);
    expect(result.state).toMatchObject({ version: 3 });
  });

  it('decides a write to a new id on the initial state without reading, and re-reads after a conflict', async () => {
    const inventory = new InMemoryInventory();
    const reads = jest.spyOn(inventory, 'getObject');
    const create = (objectId: string): ObjectWrite => ({
      objectId,
      isNew: true,
      commands: () => [
        {
          type: 'Create',
          data: {
            objectId,
            tenant: TENANT,
            now: NOW,
            ...AES_KEY,
          },
        },
      ],
    });
    const result = await runWriteProtocol(deps(inventory), scope, create('k-new'));
    expect(reads).not.toHaveBeenCalled();
    expect(result.state).toMatchObject({ version: 1, objectId: 'k-new' });
    expect(inventory.commands[0].envelopes[0]).toMatchObject({ type: 'KeyCreated', expectedVersion: 0 });

    // The id turns out to be taken (never for a fresh UUID, but guarded): the retry reads, and refuses to recreate.
    inventory.put(created('k-taken'));
    await expect(runWriteProtocol(deps(inventory), scope, create('k-taken'))).rejects.toBeInstanceOf(OperationError);
    expect(reads).toHaveBeenCalledWith(TENANT, 'k-taken');
  });

  it('gives up after the bounded retries, and reports a timeout or a refused append as such', async () => {
    const inventory = new InMemoryInventory();
    inventory.put(created('k1'));
    inventory.scriptedVerdicts.push('conflict', 'conflict', 'conflict');
    await expect(runWriteProtocol(deps(inventory, 2), scope, addVendor('k1', 'x'))).rejects.toEqual(
      new WriteFailure('conflict'),
    );
    expect(inventory.commands).toHaveLength(3);
    inventory.scriptedVerdicts.push('timeout');
    await expect(runWriteProtocol(deps(inventory), scope, addVendor('k1', 'x'))).rejects.toEqual(
      new WriteFailure('timeout'),
    );
    inventory.appendError = new Error('broker down');
    const failure = await runWriteProtocol(deps(inventory), scope, addVendor('k1', 'x')).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(WriteFailure);
    expect((failure as WriteFailure).kind).toBe('append-failed');
    expect(failure).not.toBeInstanceOf(OperationError);
  });
});

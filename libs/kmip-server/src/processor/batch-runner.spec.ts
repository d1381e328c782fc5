import {
  BatchErrorContinuationOption,
  decodeResponsePayload,
  KMIP_1_1,
  KMIP_2_0,
  Operation,
  requestBatchItem,
  RevocationReasonCode,
  type RequestBatchItem,
} from '@kmip/kmip';
import { TENANT } from '../testing/fake-ports.spec-helper';
import { Harness, outcome } from '../testing/kmip-harness.spec-helper';
import { aesCreate, text } from '../testing/requests.spec-helper';

const { Continue, Stop, Undo } = BatchErrorContinuationOption;
const create = () => requestBatchItem(Operation.Create, aesCreate(), KMIP_1_1);
const activate = (uniqueIdentifier?: string) => requestBatchItem(Operation.Activate, { uniqueIdentifier }, KMIP_1_1);
const get = (uniqueIdentifier?: string) => requestBatchItem(Operation.Get, { uniqueIdentifier }, KMIP_1_1);
const tag = (name: string, value: string, uniqueIdentifier?: string) =>
  requestBatchItem(Operation.AddAttribute, { uniqueIdentifier, attribute: text(name, value) }, KMIP_1_1);
// Revoking a Pre-Active key for a reason other than compromise is refused (key-lifecycle README).
const failingRevoke = (uniqueIdentifier?: string): RequestBatchItem =>
  requestBatchItem(
    Operation.Revoke,
    { uniqueIdentifier, revocationReason: { code: RevocationReasonCode.CessationOfOperation } },
    KMIP_1_1,
  );

describe('ID Placeholder', () => {
  it('lets Activate, Add Attribute and Get use the identifier Create produced earlier in the batch', async () => {
    const h = new Harness();
    const response = await h.send([create(), tag('x-Vendor', 'VMware, Inc.'), activate(), get()]);
    expect(response.batchItems.map(outcome)).toEqual(Array(4).fill({ status: 'Success' }));
    const { uniqueIdentifier } = decodeResponsePayload(Operation.Create, response.batchItems[0], KMIP_1_1);
    expect(h.inventory.object(TENANT, uniqueIdentifier)).toMatchObject({
      state: 'Active',
      attributes: { 'x-Vendor': [{ index: 0, value: { kind: 'text', value: 'VMware, Inc.' } }] },
    });
    expect(decodeResponsePayload(Operation.Get, response.batchItems[3], KMIP_1_1).uniqueIdentifier).toBe(
      uniqueIdentifier,
    );
  });

  it('is Item Not Found when no earlier item set one', async () => {
    const h = new Harness();
    const response = await h.send([get()]);
    expect(response.batchItems.map(outcome)).toEqual([{ status: 'OperationFailed', reason: 'ItemNotFound' }]);
  });

  it('works with the 2.x ID Placeholder too', async () => {
    const h = new Harness();
    const response = await h.send(
      [
        requestBatchItem(Operation.Create, aesCreate(), KMIP_2_0),
        requestBatchItem(Operation.Activate, { uniqueIdentifier: { enumeration: 0x01 } }, KMIP_2_0),
      ],
      { version: KMIP_2_0 },
    );
    expect(response.batchItems.map(outcome)).toEqual([{ status: 'Success' }, { status: 'Success' }]);
  });
});

describe('Batch Error Continuation Option', () => {
  it('Stop (the default): nothing after the failed item is processed; what was done stays done', async () => {
    const h = new Harness();
    for (const option of [undefined, Stop]) {
      const response = await h.send([create(), failingRevoke(), activate()], { batchErrorContinuationOption: option });
      expect(response.batchItems.map(outcome)).toEqual([
        { status: 'Success' },
        { status: 'OperationFailed', reason: 'PermissionDenied' },
        { status: 'OperationFailed', reason: 'GeneralFailure' },
      ]);
      expect(response.batchItems[2].resultMessage).toMatch(/not processed/);
      const { uniqueIdentifier } = decodeResponsePayload(Operation.Create, response.batchItems[0], KMIP_1_1);
      expect(h.inventory.object(TENANT, uniqueIdentifier)).toMatchObject({ state: 'PreActive' });
    }
  });

  it('Continue: every item runs, a failure fails its own item only', async () => {
    const h = new Harness();
    const response = await h.send([create(), failingRevoke(), activate()], { batchErrorContinuationOption: Continue });
    expect(response.batchItems.map(outcome)).toEqual([
      { status: 'Success' },
      { status: 'OperationFailed', reason: 'PermissionDenied' },
      { status: 'Success' },
    ]);
  });

  it('Undo: after a failure the earlier items are Operation Undone and nothing was recorded', async () => {
    const h = new Harness();
    const response = await h.send([create(), tag('x-Vendor', 'v'), failingRevoke(), activate()], {
      batchErrorContinuationOption: Undo,
    });
    expect(response.batchItems.map(outcome)).toEqual([
      { status: 'OperationUndone' },
      { status: 'OperationUndone' },
      { status: 'OperationFailed', reason: 'PermissionDenied' },
      { status: 'OperationFailed', reason: 'GeneralFailure' },
    ]);
    expect(h.inventory.commands).toHaveLength(0);
    expect(h.inventory.objects.size).toBe(0);
  });

  it('Undo: when every item succeeds, their events go to the log as one command', async () => {
    const h = new Harness();
    const response = await h.send([create(), tag('x-Vendor', 'v'), activate(), get()], {
      batchErrorContinuationOption: Undo,
    });
    expect(response.batchItems.map(outcome)).toEqual(Array(4).fill({ status: 'Success' }));
    expect(h.inventory.commands).toHaveLength(1);
    expect(h.inventory.commands[0].envelopes.map((e) => [e.type, e.expectedVersion])).toEqual([
      ['KeyCreated', 0],
      ['AttributeAdded', 1],
      ['KeyActivated', 2],
    ]);
  });

  it('Undo: a conflict on the final append runs the batch again; a lasting one fails every item', async () => {
    const h = new Harness({ maxConflictRetries: 1 });
    const { uniqueIdentifier: id } = await h.ok(Operation.Create, aesCreate());
    h.inventory.scriptedVerdicts.push('conflict');
    const retried = await h.send([tag('x-A', '1', id), tag('x-B', '2', id)], { batchErrorContinuationOption: Undo });
    expect(retried.batchItems.map(outcome)).toEqual([{ status: 'Success' }, { status: 'Success' }]);
    expect(h.inventory.object(TENANT, id)).toMatchObject({ version: 3 });

    h.inventory.scriptedVerdicts.push('conflict', 'conflict');
    const failed = await h.send([tag('x-C', '3', id)], { batchErrorContinuationOption: Undo });
    expect(failed.batchItems.map(outcome)).toEqual([{ status: 'OperationFailed', reason: 'GeneralFailure' }]);
    expect(h.inventory.object(TENANT, id)).toMatchObject({ version: 3 });
  });

  it('Undo: a read of key material in an undone batch is not recorded as sent', async () => {
    const h = new Harness();
    const { uniqueIdentifier: id } = await h.ok(Operation.Create, aesCreate());
    await h.send([get(id), failingRevoke(id)], { batchErrorContinuationOption: Undo });
    expect(h.access.records.map((r) => [r.operation, r.result])).toEqual([['Revoke', 'PermissionDenied']]);
    expect(h.keys.unwrapped.every((b) => b.every((byte) => byte === 0))).toBe(true);
  });
});

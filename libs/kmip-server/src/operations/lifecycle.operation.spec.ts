import { KMIP_1_1, KMIP_2_0, Operation, RevocationReasonCode } from '@kmip/kmip';
import { TENANT } from '../testing/fake-ports.spec-helper';
import { Harness, outcome } from '../testing/kmip-harness.spec-helper';
import { aesCreate } from '../testing/requests.spec-helper';

async function created(h: Harness): Promise<string> {
  return (await h.ok(Operation.Create, aesCreate())).uniqueIdentifier;
}

const revoke = (uniqueIdentifier: string, code: number, compromiseOccurrenceDate?: bigint) => ({
  uniqueIdentifier,
  revocationReason: { code, message: 'rotated out' },
  ...(compromiseOccurrenceDate === undefined ? {} : { compromiseOccurrenceDate }),
});

describe('Activate, Revoke, Destroy', () => {
  it('activates a Pre-Active key once; a second Activate is refused', async () => {
    const h = new Harness();
    const id = await created(h);
    expect(await h.ok(Operation.Activate, { uniqueIdentifier: id })).toEqual({ uniqueIdentifier: id });
    expect(h.inventory.object(TENANT, id)).toMatchObject({
      state: 'Active',
      dates: { activationDate: '2024-05-01T12:00:00Z' },
    });
    expect(outcome(await h.one(Operation.Activate, { uniqueIdentifier: id }))).toEqual({
      status: 'OperationFailed',
      reason: 'PermissionDenied',
    });
    expect(outcome(await h.one(Operation.Activate, { uniqueIdentifier: id }, { version: KMIP_2_0 }))).toEqual({
      status: 'OperationFailed',
      reason: 'WrongKeyLifecycleState',
    });
  });

  it('revokes for compromise to Compromised, for another reason to Deactivated', async () => {
    const h = new Harness();
    const compromised = await created(h);
    await h.ok(Operation.Revoke, revoke(compromised, RevocationReasonCode.KeyCompromise, 1_700_000_000n));
    expect(h.inventory.object(TENANT, compromised)).toMatchObject({
      state: 'Compromised',
      revocationReason: { code: 'KeyCompromise', message: 'rotated out' },
      dates: { compromiseOccurrenceDate: '2023-11-14T22:13:20Z' },
    });
    const retired = await created(h);
    await h.ok(Operation.Activate, { uniqueIdentifier: retired });
    await h.ok(Operation.Revoke, revoke(retired, RevocationReasonCode.Superseded));
    expect(h.inventory.object(TENANT, retired)).toMatchObject({ state: 'Deactivated' });
  });

  it('refuses Destroy while Active, destroys once revoked', async () => {
    const h = new Harness();
    const id = await created(h);
    await h.ok(Operation.Activate, { uniqueIdentifier: id });
    expect(outcome(await h.one(Operation.Destroy, { uniqueIdentifier: id }))).toEqual({
      status: 'OperationFailed',
      reason: 'PermissionDenied',
    });
    await h.ok(Operation.Revoke, revoke(id, RevocationReasonCode.CessationOfOperation));
    await h.ok(Operation.Destroy, { uniqueIdentifier: id }, { version: KMIP_1_1 });
    expect(h.inventory.object(TENANT, id)).toMatchObject({ state: 'Destroyed' });
    expect(h.inventory.commands.at(-1)?.envelopes.map((e) => e.type)).toEqual(['KeyDestroyed']);
  });

  it('refuses an unknown Revocation Reason Code', async () => {
    const h = new Harness();
    const id = await created(h);
    expect(outcome(await h.one(Operation.Revoke, revoke(id, 0x7fff)))).toEqual({
      status: 'OperationFailed',
      reason: 'InvalidField',
    });
  });

  it('answers General Failure saying why when the projector gives no verdict in time', async () => {
    const h = new Harness();
    const id = await created(h);
    h.inventory.scriptedVerdicts.push('timeout');
    const item = await h.one(Operation.Activate, { uniqueIdentifier: id });
    expect(outcome(item)).toEqual({ status: 'OperationFailed', reason: 'GeneralFailure' });
    expect(item.resultMessage).toMatch(/not confirmed in time/);
  });
});

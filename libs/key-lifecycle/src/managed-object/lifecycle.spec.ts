import { foldManagedObject } from '../replay';
import { deciderSpecification } from '../testing/decider-specification.spec-helper';
import {
  command,
  dateValue,
  EARLIER,
  HISTORY,
  LATER,
  OBJECT_ID,
  OTHER_TENANT,
  registered,
  ROOT_KEY,
  T0,
  T1,
  T2,
  T3,
  TENANT,
  vcenterKeyCreated,
} from '../testing/fixtures.spec-helper';
import type { KmipState } from './kmip-state';
import { managedObjectDecider } from './managed-object.decider';
import {
  attributeAdded,
  attributeModified,
  keyActivated,
  keyCreated,
  keyDeactivated,
  keyDestroyed,
  keyRevoked,
  keyRewrapped,
  objectRegistered,
} from './managed-object.events';
import type { ManagedObjectCommand } from './managed-object.commands';

const spec = deciderSpecification(managedObjectDecider);

describe('creation (KMIP 1.4 §3.22 transition 1)', () => {
  it('creates the key vCenter asks for, Pre-Active, wrapped by the root key', () => {
    spec.given([]).when(command.create(T0)).then([vcenterKeyCreated]);
  });

  it('creates an Active key when the request carries an Activation Date already reached', () => {
    const create = command.create(T1) as Extract<ManagedObjectCommand, { type: 'Create' }>;
    const withPastActivation = {
      ...create,
      data: { ...create.data, attributes: [{ name: 'Activation Date', value: dateValue(T0) }] },
    };
    const state = spec.given([]).when(withPastActivation).stateAfter();
    expect(state).toMatchObject({ state: 'Active', dates: { activationDate: T0, initialDate: T1 } });
  });

  it('deactivates at once a key created with Activation and Deactivation Dates both reached', () => {
    const create = command.create(T1) as Extract<ManagedObjectCommand, { type: 'Create' }>;
    const attributes = [
      { name: 'Activation Date', value: dateValue(EARLIER) },
      { name: 'Deactivation Date', value: dateValue(T0) },
    ];
    const then = spec.given([]).when({ ...create, data: { ...create.data, attributes } });
    expect(then.decision.ok && then.decision.events.map((e) => e.type)).toEqual(['KeyCreated', 'KeyDeactivated']);
    expect(then.stateAfter()).toMatchObject({
      state: 'Deactivated',
      dates: { activationDate: EARLIER, deactivationDate: T0 },
    });
  });

  it('creates a Pre-Active key when the Activation Date is in the future', () => {
    const create = command.create(T1) as Extract<ManagedObjectCommand, { type: 'Create' }>;
    const withFutureActivation = {
      ...create,
      data: { ...create.data, attributes: [{ name: 'Activation Date', value: dateValue(LATER) }] },
    };
    expect(spec.given([]).when(withFutureActivation).stateAfter()).toMatchObject({
      state: 'PreActive',
      dates: { activationDate: LATER },
    });
  });

  it('refuses an identifier that is taken', () => {
    spec.given([vcenterKeyCreated]).when(command.create(T1)).thenRejects('ObjectAlreadyExists');
  });

  it('refuses a Create of anything but a symmetric key, and a key without algorithm, length or mask', () => {
    const create = command.create() as Extract<ManagedObjectCommand, { type: 'Create' }>;
    const bad = [
      { ...create.data, objectType: 'SecretData' },
      { ...create.data, cryptographicAlgorithm: 'RSA' },
      { ...create.data, cryptographicLength: 0 },
      { ...create.data, cryptographicUsageMask: -1 },
      { ...create.data, now: 'yesterday' },
    ];
    for (const data of bad) {
      spec
        .given([])
        .when({ type: 'Create', data } as ManagedObjectCommand)
        .thenRejects('InvalidField');
    }
  });

  it('registers symmetric keys, secret data and opaque objects, with the fields each requires', () => {
    const register = (
      objectType: 'SymmetricKey' | 'SecretData' | 'OpaqueObject',
      fields: object,
    ): ManagedObjectCommand => ({
      type: 'Register',
      data: { objectId: OBJECT_ID, tenant: TENANT, now: T0, objectType, wrappedBy: ROOT_KEY, ...fields },
    });
    const symmetric = { cryptographicAlgorithm: 'AES', cryptographicLength: 256, cryptographicUsageMask: 12 };
    spec
      .given([])
      .when(register('SymmetricKey', symmetric))
      .then([registered('SymmetricKey')]);
    spec
      .given([])
      .when(register('SecretData', { cryptographicLength: 256, cryptographicUsageMask: 12 }))
      .then([registered('SecretData')]);
    spec
      .given([])
      .when(register('OpaqueObject', {}))
      .then([registered('OpaqueObject')]);
    spec
      .given([])
      .when(register('SymmetricKey', { cryptographicLength: 256, cryptographicUsageMask: 12 }))
      .thenRejects('InvalidField');
    spec
      .given([])
      .when(register('SecretData', { cryptographicUsageMask: 12 }))
      .thenRejects('InvalidField');
  });

  it('starts the object with its Initial and Last Change Dates and its wrapping reference', () => {
    expect(foldManagedObject([vcenterKeyCreated])).toEqual({
      status: 'Known',
      objectId: OBJECT_ID,
      tenant: TENANT,
      objectType: 'SymmetricKey',
      state: 'PreActive',
      cryptographicAlgorithm: 'AES',
      cryptographicLength: 256,
      cryptographicUsageMask: 12,
      attributes: {},
      nextAttributeIndex: {},
      dates: { initialDate: T0, lastChangeDate: T0 },
      wrapping: ROOT_KEY,
      keyMaterialDestroyed: false,
      version: 1,
    });
  });
});

describe('the transitions of KMIP 1.4 §3.22', () => {
  it('2: Pre-Active to Destroyed by Destroy, with a Destroy Date', () => {
    const then = spec.given(HISTORY.PreActive).when(command.destroy(T3));
    then.then([keyDestroyed({ state: 'Destroyed', destroyDate: T3, at: T3 })]);
    expect(then.stateAfter()).toMatchObject({
      state: 'Destroyed',
      keyMaterialDestroyed: true,
      dates: { destroyDate: T3, lastChangeDate: T3 },
    });
  });

  it('3: Pre-Active to Compromised by Revoke (Key Compromise); the occurrence defaults to the Initial Date', () => {
    spec
      .given(HISTORY.PreActive)
      .when(command.revoke('KeyCompromise'))
      .then([
        keyRevoked({
          reason: { code: 'KeyCompromise' },
          state: 'Compromised',
          compromiseDate: T3,
          compromiseOccurrenceDate: T0,
          at: T3,
        }),
      ]);
  });

  it('4: Pre-Active to Active by Activate, which sets the Activation Date to now', () => {
    const then = spec.given(HISTORY.PreActive).when(command.activate(T2));
    then.then([keyActivated({ activationDate: T2, at: T2 })]);
    expect(then.stateAfter()).toMatchObject({ state: 'Active', dates: { activationDate: T2, lastChangeDate: T2 } });
  });

  it('4: Pre-Active to Active when a Modify Attribute moves the Activation Date to the past', () => {
    const given = [
      ...HISTORY.PreActive,
      attributeAdded({ name: 'Activation Date', index: 0, value: dateValue(LATER), at: T1 }),
    ];
    spec
      .given(given)
      .when(command.modify('Activation Date', dateValue(EARLIER), undefined, T2))
      .then([
        attributeModified({
          name: 'Activation Date',
          index: 0,
          value: dateValue(EARLIER),
          previousValue: dateValue(LATER),
          at: T2,
        }),
        keyActivated({ activationDate: EARLIER, at: T2 }),
      ]);
  });

  it('4: Pre-Active to Active when the Activation Date is reached', () => {
    const given = [
      ...HISTORY.PreActive,
      attributeAdded({ name: 'Activation Date', index: 0, value: dateValue(T2), at: T1 }),
    ];
    spec.given(given).when(command.applyDueDates(T1)).thenNothingHappens();
    spec
      .given(given)
      .when(command.applyDueDates(T3))
      .then([keyActivated({ activationDate: T2, at: T3 })]);
  });

  it('5: Active to Compromised by Revoke (CA Compromise) with the occurrence date the client gives', () => {
    spec
      .given(HISTORY.Active)
      .when(command.revoke('CACompromise', { message: 'CA breach', compromiseOccurrenceDate: T0 }))
      .then([
        keyRevoked({
          reason: { code: 'CACompromise', message: 'CA breach' },
          state: 'Compromised',
          compromiseDate: T3,
          compromiseOccurrenceDate: T0,
          at: T3,
        }),
      ]);
  });

  it('6: Active to Deactivated by Revoke for another reason, with a Deactivation Date of now', () => {
    const then = spec.given(HISTORY.Active).when(command.revoke('CessationOfOperation', { message: 'retired' }));
    then.then([
      keyRevoked({
        reason: { code: 'CessationOfOperation', message: 'retired' },
        state: 'Deactivated',
        deactivationDate: T3,
        at: T3,
      }),
    ]);
    expect(then.stateAfter()).toMatchObject({
      state: 'Deactivated',
      revocationReason: { code: 'CessationOfOperation', message: 'retired' },
      dates: { deactivationDate: T3 },
    });
  });

  it('6: Active to Deactivated when a Modify Attribute moves the Deactivation Date to now, or the date is reached', () => {
    const given = [
      ...HISTORY.Active,
      attributeAdded({ name: 'Deactivation Date', index: 0, value: dateValue(LATER), at: T1 }),
    ];
    spec
      .given(given)
      .when(command.modify('Deactivation Date', dateValue(T2), 0, T2))
      .then([
        attributeModified({
          name: 'Deactivation Date',
          index: 0,
          value: dateValue(T2),
          previousValue: dateValue(LATER),
          at: T2,
        }),
        keyDeactivated({ deactivationDate: T2, at: T2 }),
      ]);
    spec
      .given(given)
      .when(command.applyDueDates(LATER))
      .then([keyDeactivated({ deactivationDate: LATER, at: LATER })]);
  });

  it('7: Deactivated to Destroyed by Destroy', () => {
    spec
      .given(HISTORY.Deactivated)
      .when(command.destroy(T3))
      .then([keyDestroyed({ state: 'Destroyed', destroyDate: T3, at: T3 })]);
  });

  it('8: Deactivated to Compromised by Revoke (Key Compromise)', () => {
    expect(spec.given(HISTORY.Deactivated).when(command.revoke('KeyCompromise')).stateAfter()).toMatchObject({
      state: 'Compromised',
      revocationReason: { code: 'KeyCompromise' },
      dates: { compromiseDate: T3, compromiseOccurrenceDate: T0, deactivationDate: T2 },
    });
  });

  it('9: Compromised to Destroyed Compromised by Destroy', () => {
    spec
      .given(HISTORY.Compromised)
      .when(command.destroy(T3))
      .then([keyDestroyed({ state: 'DestroyedCompromised', destroyDate: T3, at: T3 })]);
  });

  it('10: Destroyed to Destroyed Compromised by Revoke (Key Compromise)', () => {
    spec
      .given(HISTORY.Destroyed)
      .when(command.revoke('KeyCompromise', { compromiseOccurrenceDate: EARLIER }))
      .then([
        keyRevoked({
          reason: { code: 'KeyCompromise' },
          state: 'DestroyedCompromised',
          compromiseDate: T3,
          compromiseOccurrenceDate: EARLIER,
          at: T3,
        }),
      ]);
  });
});

describe('refusals', () => {
  it.each<KmipState>(['Active', 'Deactivated', 'Compromised', 'Destroyed', 'DestroyedCompromised'])(
    'Activate of a %s object is Wrong Key Lifecycle State (1.x: Permission Denied)',
    (state) => {
      spec.given(HISTORY[state]).when(command.activate()).thenRejects('WrongKeyLifecycleState', 'PermissionDenied');
    },
  );

  it('Activate of an Opaque Object is Illegal Operation', () => {
    spec
      .given([registered('OpaqueObject')])
      .when(command.activate())
      .thenRejects('IllegalOperation');
  });

  it.each<KmipState>(['PreActive', 'Deactivated', 'Compromised', 'Destroyed', 'DestroyedCompromised'])(
    'Revoke of a %s object for a reason other than compromise is Wrong Key Lifecycle State',
    (state) => {
      spec.given(HISTORY[state]).when(command.revoke('Superseded')).thenRejects('WrongKeyLifecycleState');
    },
  );

  it.each<KmipState>(['Compromised', 'DestroyedCompromised'])(
    'Revoke for compromise of a %s object is refused',
    (state) => {
      spec.given(HISTORY[state]).when(command.revoke('KeyCompromise')).thenRejects('WrongKeyLifecycleState');
    },
  );

  it('Revoke with a Compromise Occurrence Date but no compromise, or an unknown reason, is Invalid Field', () => {
    spec
      .given(HISTORY.Active)
      .when(command.revoke('Unspecified', { compromiseOccurrenceDate: T0 }))
      .thenRejects('InvalidField');
    spec
      .given(HISTORY.Active)
      .when(command.revoke('Lost' as 'Unspecified'))
      .thenRejects('InvalidField');
  });

  it('Destroy of an Active object is Wrong Key Lifecycle State (1.x: Permission Denied)', () => {
    spec.given(HISTORY.Active).when(command.destroy()).thenRejects('WrongKeyLifecycleState', 'PermissionDenied');
  });

  it.each<KmipState>(['Destroyed', 'DestroyedCompromised'])('Destroy of a %s object is refused', (state) => {
    spec.given(HISTORY[state]).when(command.destroy()).thenRejects('WrongKeyLifecycleState', 'PermissionDenied');
  });

  const everyCommand: Array<[string, ManagedObjectCommand]> = [
    ['Activate', command.activate()],
    ['Revoke', command.revoke('KeyCompromise')],
    ['Destroy', command.destroy()],
    ['AddAttribute', command.add('x-Vendor', { kind: 'text', value: 'VMware' })],
    ['ModifyAttribute', command.modify('x-Vendor', { kind: 'text', value: 'VMware' })],
    ['DeleteAttribute', command.delete('x-Vendor')],
    ['SetAttribute', command.set('Contact Information', { kind: 'text', value: 'ops' })],
    ['AdjustAttribute', command.adjust('Deactivation Date', 'Increment', 60)],
    ['Rewrap', command.rewrap(2)],
    ['ApplyDueDates', command.applyDueDates(T3)],
  ];

  it.each(everyCommand)('%s of an unknown object is Item Not Found', (_, cmd) => {
    spec.given([]).when(cmd).thenRejects('ItemNotFound', 'ItemNotFound');
  });

  it.each(everyCommand)("%s of another tenant's object is Item Not Found, not Permission Denied", (_, cmd) => {
    const asOther = { ...cmd, data: { ...cmd.data, tenant: OTHER_TENANT } } as ManagedObjectCommand;
    spec.given(HISTORY.Active).when(asOther).thenRejects('ItemNotFound');
  });
});

describe('wrapping', () => {
  it('records a rewrap under a newer root key version without changing the Last Change Date', () => {
    const then = spec.given(HISTORY.Active).when(command.rewrap(2));
    then.then([keyRewrapped({ rootKeyId: ROOT_KEY.rootKeyId, rootKeyVersion: 2, previousRootKeyVersion: 1, at: T3 })]);
    expect(then.stateAfter()).toMatchObject({ wrapping: { rootKeyVersion: 2 }, dates: { lastChangeDate: T1 } });
  });

  it('ignores a replayed rewrap, and refuses another root key or a destroyed object', () => {
    spec.given(HISTORY.Active).when(command.rewrap(1)).thenNothingHappens();
    spec.given(HISTORY.Active).when(command.rewrap(2, 'crk-other')).thenRejects('InvalidField');
    spec.given(HISTORY.Destroyed).when(command.rewrap(2)).thenRejects('WrongKeyLifecycleState');
  });
});

describe('events carry the facts evolve needs', () => {
  it('keeps the tenant and identifier of a registration, and every event moves the Last Change Date', () => {
    const events = [
      objectRegistered({
        objectId: OBJECT_ID,
        tenant: TENANT,
        objectType: 'OpaqueObject',
        attributes: [],
        wrappedBy: ROOT_KEY,
        state: 'PreActive',
        at: T0,
      }),
      attributeAdded({ name: 'x-Vendor', index: 0, value: { kind: 'text', value: 'VMware' }, at: T1 }),
    ];
    expect(foldManagedObject(events)).toMatchObject({
      tenant: TENANT,
      objectId: OBJECT_ID,
      dates: { initialDate: T0, lastChangeDate: T1 },
      version: 2,
    });
  });

  it('a second creation event is a fact evolve counts but does not apply', () => {
    const twice = foldManagedObject([
      vcenterKeyCreated,
      keyCreated({ ...vcenterKeyCreated.data, cryptographicLength: 128 }),
    ]);
    expect(twice).toMatchObject({ cryptographicLength: 256, version: 2 });
  });
});

import type { AttributeValue } from '../shared/attribute-value';
import { foldManagedObject } from '../replay';
import { deciderSpecification } from '../testing/decider-specification.spec-helper';
import {
  command,
  dateValue,
  EARLIER,
  HISTORY,
  LATER,
  nameValue,
  OBJECT_ID,
  ROOT_KEY,
  T0,
  T1,
  T2,
  T3,
  TENANT,
  textValue,
} from '../testing/fixtures.spec-helper';
import { attributeView, findAttributeIndex } from './attribute-view';
import type { ManagedObjectCommand } from './managed-object.commands';
import { managedObjectDecider } from './managed-object.decider';
import {
  attributeAdded,
  attributeDeleted,
  attributeModified,
  attributeSet,
  keyActivated,
  type ManagedObjectEvent,
} from './managed-object.events';
import type { ManagedObject } from './managed-object.state';

const spec = deciderSpecification(managedObjectDecider);

/** Applies commands one after another, as the gateway and the projector would. */
function run(given: readonly ManagedObjectEvent[], commands: readonly ManagedObjectCommand[]): ManagedObjectEvent[] {
  const events = [...given];
  for (const cmd of commands) {
    const decision = managedObjectDecider.decide(cmd, foldManagedObject(events));
    if (!decision.ok) throw new Error(decision.error.message);
    events.push(...decision.events);
  }
  return events;
}

const known = (events: readonly ManagedObjectEvent[]): ManagedObject => {
  const state = foldManagedObject(events);
  if (state.status !== 'Known') throw new Error('unknown object');
  return state;
};

describe('the custom attributes vCenter adds (DESIGN §6)', () => {
  it('adds x-Vendor, x-Product and x-Product_Version, each at index 0, and moves the Last Change Date', () => {
    const events = run(HISTORY.PreActive, [
      command.add('x-Vendor', textValue('VMware, Inc.'), T1),
      command.add('x-Product', textValue('VMware vSphere'), T1),
      command.add('x-Product_Version', textValue('8.0.1'), T1),
    ]);
    expect(events.slice(1)).toEqual([
      attributeAdded({ name: 'x-Vendor', index: 0, value: textValue('VMware, Inc.'), at: T1 }),
      attributeAdded({ name: 'x-Product', index: 0, value: textValue('VMware vSphere'), at: T1 }),
      attributeAdded({ name: 'x-Product_Version', index: 0, value: textValue('8.0.1'), at: T1 }),
    ]);
    const state = known(events);
    expect(state.attributes['x-Vendor']).toEqual([{ index: 0, value: textValue('VMware, Inc.') }]);
    expect(state.dates.lastChangeDate).toBe(T1);
  });

  it('lets a client modify and delete its own custom attributes, and add further instances', () => {
    const events = run(HISTORY.PreActive, [
      command.add('x-Name', textValue('vm-1')),
      command.add('x-Name', textValue('vm-2')),
      command.modify('x-Name', textValue('vm-1b'), 0),
      command.delete('x-Name', 1),
    ]);
    expect(known(events).attributes['x-Name']).toEqual([{ index: 0, value: textValue('vm-1b') }]);
  });

  it('refuses "y-" attributes from a client, and accepts them from the server (1.4 §3.39)', () => {
    spec
      .given(HISTORY.PreActive)
      .when(command.add('y-Audit', textValue('x')))
      .thenRejects('AttributeReadOnly', 'PermissionDenied');
    spec
      .given(HISTORY.PreActive)
      .when(command.add('y-Audit', textValue('x'), T2, 'server'))
      .then([attributeAdded({ name: 'y-Audit', index: 0, value: textValue('x'), at: T2 })]);
    const withServerAttribute = [
      ...HISTORY.PreActive,
      attributeAdded({ name: 'y-Audit', index: 0, value: textValue('x'), at: T1 }),
    ];
    spec
      .given(withServerAttribute)
      .when(command.modify('y-Audit', textValue('z')))
      .thenRejects('AttributeReadOnly');
    spec.given(withServerAttribute).when(command.delete('y-Audit')).thenRejects('AttributeReadOnly');
  });

  it('refuses a custom structure that holds a structure', () => {
    const nested: AttributeValue = {
      kind: 'structure',
      fields: [{ name: 'inner', value: { kind: 'structure', fields: [] } }],
    };
    spec.given(HISTORY.PreActive).when(command.add('x-Nested', nested)).thenRejects('InvalidField');
  });

  it('adding a value a multi-valued attribute already holds changes nothing, so a retry is harmless', () => {
    const events = run(HISTORY.PreActive, [command.add('x-Vendor', textValue('VMware'))]);
    spec
      .given(events)
      .when(command.add('x-Vendor', textValue('VMware')))
      .thenNothingHappens();
    expect(findAttributeIndex(known(events), 'x-Vendor', textValue('VMware'))).toBe(0);
  });
});

describe('Name: multi-valued, with indices that never change (1.4 §2.1.1, §3.2)', () => {
  const names = run(HISTORY.PreActive, [
    command.add('Name', nameValue('alpha')),
    command.add('Name', nameValue('beta')),
  ]);

  it('gives each new Name the next index', () => {
    expect(names.slice(1).map((e) => (e.type === 'AttributeAdded' ? e.data.index : -1))).toEqual([0, 1]);
  });

  it('keeps the other indices when one is deleted, and never reuses a deleted index', () => {
    const events = run(names, [command.delete('Name', 0), command.add('Name', nameValue('gamma'))]);
    expect(known(events).attributes['Name']).toEqual([
      { index: 1, value: nameValue('beta') },
      { index: 2, value: nameValue('gamma') },
    ]);
  });

  it('modifies the instance the index names; index 0 when none is given', () => {
    spec
      .given(names)
      .when(command.modify('Name', nameValue('beta2'), 1))
      .then([
        attributeModified({
          name: 'Name',
          index: 1,
          value: nameValue('beta2'),
          previousValue: nameValue('beta'),
          at: T2,
        }),
      ]);
    spec
      .given(names)
      .when(command.modify('Name', nameValue('alpha2')))
      .then([
        attributeModified({
          name: 'Name',
          index: 0,
          value: nameValue('alpha2'),
          previousValue: nameValue('alpha'),
          at: T2,
        }),
      ]);
  });

  it('refuses an index with no instance: Attribute Instance Not Found (1.x: Item Not Found)', () => {
    spec
      .given(names)
      .when(command.modify('Name', nameValue('x'), 5))
      .thenRejects('AttributeInstanceNotFound', 'ItemNotFound');
    spec.given(names).when(command.delete('Name', 5)).thenRejects('AttributeInstanceNotFound', 'ItemNotFound');
    spec.given(names).when(command.delete('Name', -1)).thenRejects('InvalidField');
  });

  it('refuses a Name without its Name Type', () => {
    const incomplete: AttributeValue = { kind: 'structure', fields: [{ name: 'Name Value', value: textValue('x') }] };
    spec.given(HISTORY.PreActive).when(command.add('Name', incomplete)).thenRejects('InvalidField');
  });

  it('Set Attribute does not apply to a multi-valued attribute', () => {
    spec
      .given(names)
      .when(command.set('Name', nameValue('x')))
      .thenRejects('MultiValuedAttribute');
  });
});

describe('absent attributes', () => {
  it('Modify of an absent attribute is Attribute Not Found (1.4 §11.16: Invalid Field)', () => {
    spec
      .given(HISTORY.PreActive)
      .when(command.modify('Contact Information', textValue('ops')))
      .thenRejects('AttributeNotFound', 'InvalidField');
  });

  it('Delete of an absent attribute is Attribute Not Found (1.4 §11.17: Item Not Found)', () => {
    spec.given(HISTORY.PreActive).when(command.delete('x-Vendor')).thenRejects('AttributeNotFound', 'ItemNotFound');
  });
});

describe('single-valued attributes', () => {
  const withContact = [
    ...HISTORY.PreActive,
    attributeAdded({ name: 'Contact Information', index: 0, value: textValue('ops'), at: T1 }),
  ];

  it('Add of one that exists is Attribute Single Valued (1.4 §11.15: Illegal Operation)', () => {
    spec
      .given(withContact)
      .when(command.add('Contact Information', textValue('sec')))
      .thenRejects('AttributeSingleValued', 'IllegalOperation');
  });

  it('Modify changes it, Delete removes it', () => {
    const events = run(withContact, [command.modify('Contact Information', textValue('sec'))]);
    expect(known(events).attributes['Contact Information']).toEqual([{ index: 0, value: textValue('sec') }]);
    spec
      .given(withContact)
      .when(command.delete('Contact Information'))
      .then([attributeDeleted({ name: 'Contact Information', index: 0, previousValue: textValue('ops'), at: T2 })]);
    expect(known(run(withContact, [command.delete('Contact Information')])).attributes).toEqual({});
  });

  it('refuses a value of the wrong type', () => {
    spec
      .given(HISTORY.PreActive)
      .when(command.add('Contact Information', { kind: 'integer', value: 3 }))
      .thenRejects('InvalidField');
    spec
      .given(HISTORY.PreActive)
      .when(command.add('Activation Date', textValue('tomorrow')))
      .thenRejects('InvalidField');
  });

  it('Set Attribute adds it when absent and replaces it when present; the same value changes nothing', () => {
    spec
      .given(HISTORY.PreActive)
      .when(command.set('Description', textValue('db key')))
      .then([attributeSet({ name: 'Description', value: textValue('db key'), at: T2 })]);
    spec
      .given(withContact)
      .when(command.set('Contact Information', textValue('sec')))
      .then([
        attributeSet({ name: 'Contact Information', value: textValue('sec'), previousValue: textValue('ops'), at: T2 }),
      ]);
    spec
      .given(withContact)
      .when(command.set('Contact Information', textValue('ops')))
      .thenNothingHappens();
  });
});

describe('read-only attributes', () => {
  const readOnly = [
    'Unique Identifier',
    'Object Type',
    'Cryptographic Algorithm',
    'Cryptographic Length',
    'Cryptographic Usage Mask',
    'State',
    'Initial Date',
    'Last Change Date',
    'Destroy Date',
    'Compromise Date',
    'Compromise Occurrence Date',
    'Revocation Reason',
    'Digest',
    'Fresh',
  ];

  it.each(readOnly)(
    '%s cannot be added, modified, set or deleted: Attribute Read Only (1.x: Permission Denied)',
    (name) => {
      const value = textValue('x');
      for (const cmd of [
        command.add(name, value),
        command.modify(name, value),
        command.set(name, value),
        command.delete(name),
      ]) {
        spec.given(HISTORY.Active).when(cmd).thenRejects('AttributeReadOnly', 'PermissionDenied');
      }
    },
  );

  it('a supplied read-only attribute is refused at creation too', () => {
    const create = command.create() as Extract<ManagedObjectCommand, { type: 'Create' }>;
    const withState = {
      ...create,
      data: {
        ...create.data,
        attributes: [{ name: 'State', value: { kind: 'enumeration', value: 'Active' } as const }],
      },
    };
    spec.given([]).when(withState).thenRejects('AttributeReadOnly');
  });

  it.each(['Certificate Type', 'Bogus', '__proto__', 'constructor', 'x-'])(
    '%s is not supported for this object (1.4 §11.15: Permission Denied)',
    (name) => {
      spec
        .given(HISTORY.PreActive)
        .when(command.add(name, textValue('x')))
        .thenRejects('UnsupportedAttribute', 'PermissionDenied');
    },
  );
});

describe('lifecycle dates a client may set (1.4 §3.24 to §3.27)', () => {
  it('the Activation Date may be changed while Pre-Active only, and never deleted', () => {
    spec
      .given(HISTORY.Active)
      .when(command.modify('Activation Date', dateValue(LATER)))
      .thenRejects('WrongKeyLifecycleState', 'PermissionDenied');
    spec.given(HISTORY.Active).when(command.delete('Activation Date')).thenRejects('AttributeReadOnly');
    spec
      .given(HISTORY.PreActive)
      .when(command.add('Activation Date', dateValue(LATER)))
      .then([attributeAdded({ name: 'Activation Date', index: 0, value: dateValue(LATER), at: T2 })]);
  });

  it('adding an Activation Date already reached activates the object', () => {
    spec
      .given(HISTORY.PreActive)
      .when(command.add('Activation Date', dateValue(T1), T2))
      .then([
        attributeAdded({ name: 'Activation Date', index: 0, value: dateValue(T1), at: T2 }),
        keyActivated({ activationDate: T1, at: T2 }),
      ]);
  });

  it('the Deactivation Date may be set while Pre-Active or Active, not once Deactivated', () => {
    spec
      .given(HISTORY.Deactivated)
      .when(command.set('Deactivation Date', dateValue(LATER)))
      .thenRejects('WrongKeyLifecycleState');
    expect(
      spec
        .given(HISTORY.PreActive)
        .when(command.set('Deactivation Date', dateValue(LATER)))
        .stateAfter(),
    ).toMatchObject({
      state: 'PreActive',
      dates: { deactivationDate: LATER },
    });
  });

  it('the Protect Stop Date cannot be changed once reached', () => {
    const given = [
      ...HISTORY.Active,
      attributeAdded({ name: 'Protect Stop Date', index: 0, value: dateValue(T1), at: T1 }),
    ];
    spec
      .given(given)
      .when(command.modify('Protect Stop Date', dateValue(LATER), 0, T2))
      .thenRejects('AttributeReadOnly');
  });

  it('the Original Creation Date may be added once, never modified (1.4 §3.43)', () => {
    const events = run(HISTORY.PreActive, [command.add('Original Creation Date', dateValue(EARLIER))]);
    spec
      .given(events)
      .when(command.modify('Original Creation Date', dateValue(T0)))
      .thenRejects('AttributeReadOnly');
  });

  it('lifecycle dates do not apply to an Opaque Object', () => {
    const events: ManagedObjectEvent[] = [
      {
        type: 'ObjectRegistered',
        data: {
          objectId: OBJECT_ID,
          tenant: TENANT,
          objectType: 'OpaqueObject',
          attributes: [],
          wrappedBy: ROOT_KEY,
          state: 'PreActive',
          at: T0,
        },
      },
    ];
    spec
      .given(events)
      .when(command.add('Activation Date', dateValue(T1)))
      .thenRejects('UnsupportedAttribute');
  });
});

describe('Adjust Attribute (2.x)', () => {
  const withDeactivation = [
    ...HISTORY.Active,
    attributeAdded({ name: 'Deactivation Date', index: 0, value: dateValue(LATER), at: T1 }),
  ];

  it('moves a date by a number of seconds', () => {
    spec
      .given(withDeactivation)
      .when(command.adjust('Deactivation Date', 'Increment', 86400))
      .then([
        attributeSet({
          name: 'Deactivation Date',
          value: dateValue('2025-01-02T00:00:00Z'),
          previousValue: dateValue(LATER),
          at: T2,
        }),
      ]);
  });

  it('refuses to negate a date, to adjust without an amount, an absent or a multi-valued attribute', () => {
    spec.given(withDeactivation).when(command.adjust('Deactivation Date', 'Negate')).thenRejects('InvalidField');
    spec.given(withDeactivation).when(command.adjust('Deactivation Date', 'Increment')).thenRejects('InvalidField');
    spec
      .given(HISTORY.Active)
      .when(command.adjust('Deactivation Date', 'Increment', 1))
      .thenRejects('AttributeNotFound');
    spec
      .given(HISTORY.Active)
      .when(command.adjust('x-Count', 'Increment', 1))
      .thenRejects('MultiValuedAttribute');
    spec
      .given(HISTORY.Active)
      .when(command.adjust('Cryptographic Length', 'Increment', 1))
      .thenRejects('AttributeReadOnly');
  });
});

describe('the attribute view (what Get Attributes returns)', () => {
  it('reads the typed fields as KMIP attributes with the names and enumeration spellings of the spec', () => {
    const events = run(HISTORY.Compromised, [command.add('x-Vendor', textValue('VMware'), T3)]);
    const view = attributeView(known(events));
    expect(view).toEqual(
      expect.arrayContaining([
        { name: 'Unique Identifier', index: 0, value: textValue(OBJECT_ID) },
        { name: 'Object Type', index: 0, value: { kind: 'enumeration', value: 'Symmetric Key' } },
        { name: 'Cryptographic Algorithm', index: 0, value: { kind: 'enumeration', value: 'AES' } },
        { name: 'Cryptographic Length', index: 0, value: { kind: 'integer', value: 256 } },
        { name: 'Cryptographic Usage Mask', index: 0, value: { kind: 'integer', value: 12 } },
        { name: 'State', index: 0, value: { kind: 'enumeration', value: 'Compromised' } },
        { name: 'Compromise Date', index: 0, value: dateValue(T1) },
        { name: 'Last Change Date', index: 0, value: dateValue(T3) },
        {
          name: 'Revocation Reason',
          index: 0,
          value: {
            kind: 'structure',
            fields: [{ name: 'Revocation Reason Code', value: { kind: 'enumeration', value: 'Key Compromise' } }],
          },
        },
        { name: 'x-Vendor', index: 0, value: textValue('VMware') },
      ]),
    );
    expect(view.some((a) => a.name === 'Activation Date')).toBe(false);
  });
});

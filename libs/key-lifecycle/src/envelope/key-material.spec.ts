import { managedObjectDecider } from '../managed-object/managed-object.decider';
import type { ManagedObjectCommand } from '../managed-object/managed-object.commands';
import type { ManagedObjectEvent } from '../managed-object/managed-object.events';
import { foldManagedObject } from '../replay';
import { EVENT_EXAMPLES } from '../testing/event-examples.spec-helper';
import { command, dateValue, LATER, nameValue, T1, T2, T3, textValue } from '../testing/fixtures.spec-helper';
import { EVENT_CATALOG } from './event-catalog';
import { isKeyMaterialFieldName, keyMaterialFieldPaths } from './key-material-guard';

describe('no key material in events', () => {
  it('has an example for every event type', () => {
    expect(Object.keys(EVENT_EXAMPLES).sort()).toEqual(Object.keys(EVENT_CATALOG).sort());
    for (const [type, event] of Object.entries(EVENT_EXAMPLES)) expect(event.type).toBe(type);
  });

  it.each(Object.values(EVENT_EXAMPLES).map((e) => [e.type, e] as const))(
    'the output of the %s factory has no field named like key material',
    (_, event) => {
      expect(keyMaterialFieldPaths(event)).toEqual([]);
    },
  );

  it('neither do the events the deciders produce over a whole lifecycle', () => {
    const commands: ManagedObjectCommand[] = [
      command.create(),
      command.add('Name', nameValue('k1'), T1),
      command.add('x-Vendor', textValue('VMware'), T1),
      command.set('Deactivation Date', dateValue(LATER), T1),
      command.modify('Name', nameValue('k2'), 0, T1),
      command.delete('x-Vendor', 0, T1),
      command.activate(T2),
      command.rewrap(2),
      command.revoke('KeyCompromise', {}, T3),
      command.destroy(T3),
    ];
    const events: ManagedObjectEvent[] = [];
    for (const cmd of commands) {
      const decision = managedObjectDecider.decide(cmd, foldManagedObject(events));
      if (!decision.ok) throw new Error(decision.error.message);
      events.push(...decision.events);
    }
    expect(new Set(events.map((e) => e.type)).size).toBeGreaterThanOrEqual(8);
    expect(keyMaterialFieldPaths(events)).toEqual([]);
  });

  it('recognizes the names key material would go by, and not the references events use', () => {
    for (const name of [
      'keyMaterial',
      'key_material',
      'plaintext',
      'plaintextKey',
      'privateKey',
      'password',
      'secret',
      'rawKey',
      'keyValue',
    ]) {
      expect(isKeyMaterialFieldName(name)).toBe(true);
    }
    for (const name of [
      'wrappedBy',
      'rootKeyId',
      'rootKeyVersion',
      'passwordHash',
      'value',
      'previousValue',
      'fingerprint',
    ]) {
      expect(isKeyMaterialFieldName(name)).toBe(false);
    }
    expect(keyMaterialFieldPaths({ data: { attributes: [{ keyBytes: 'ab' }] } })).toEqual([
      '$.data.attributes[0].keyBytes',
    ]);
  });
});

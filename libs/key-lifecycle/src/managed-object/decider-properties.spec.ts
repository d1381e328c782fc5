import fc from 'fast-check';
import type { AttributeValue } from '../shared/attribute-value';
import { epochSeconds, fromEpochSeconds } from '../shared/iso-date-time';
import { foldManagedObject } from '../replay';
import {
  command,
  dateValue,
  nameValue,
  registered,
  T0,
  textValue,
  vcenterKeyCreated,
} from '../testing/fixtures.spec-helper';
import { attributeRule } from './attribute-rules';
import { isDestroyed, isPermittedTransition } from './kmip-state';
import type { ManagedObjectCommand } from './managed-object.commands';
import { decideManagedObject } from './managed-object.decider';
import type { ManagedObjectEvent } from './managed-object.events';
import { evolveManagedObject } from './managed-object.evolve';
import type { ManagedObject, ManagedObjectState } from './managed-object.state';
import { REVOCATION_REASON_CODES } from './revocation-reason';

/** A step of a random client session: how far the clock moves, and what is asked. */
type Step = { readonly advance: number; readonly build: (now: string) => ManagedObjectCommand };

const at = (base: string, seconds: number): string => fromEpochSeconds(epochSeconds(base) + seconds) ?? base;
const offset = fc.integer({ min: -3600, max: 3600 });
const index = fc.integer({ min: 0, max: 3 });
const names = fc.constantFrom('Name', 'x-Vendor', 'y-Audit', 'Object Group', 'Contact Information', 'State', 'Bogus');
const dates = fc.constantFrom('Activation Date', 'Deactivation Date', 'Protect Stop Date', 'Original Creation Date');
const label = fc.constantFrom('a', 'b', 'c');
const valueFor = (name: string, text: string): AttributeValue => (name === 'Name' ? nameValue(text) : textValue(text));

const step: fc.Arbitrary<Step> = fc
  .record({ advance: fc.integer({ min: 0, max: 900 }), pick: fc.nat() })
  .chain(({ advance }) =>
    fc
      .oneof(
        fc.constant((now: string) => command.activate(now)),
        fc.constant((now: string) => command.destroy(now)),
        fc.constant((now: string) => command.applyDueDates(now)),
        fc
          .record({
            reason: fc.constantFrom(...REVOCATION_REASON_CODES),
            occurrence: fc.option(offset, { nil: undefined }),
          })
          .map(
            ({ reason, occurrence }) =>
              (now: string) =>
                command.revoke(
                  reason,
                  occurrence === undefined ? {} : { compromiseOccurrenceDate: at(now, occurrence) },
                  now,
                ),
          ),
        fc.tuple(names, label).map(
          ([name, text]) =>
            (now: string) =>
              command.add(name, valueFor(name, text), now),
        ),
        fc.tuple(names, label).map(
          ([name, text]) =>
            (now: string) =>
              command.add(name, valueFor(name, text), now, 'server'),
        ),
        fc.tuple(names, label, index).map(
          ([name, text, i]) =>
            (now: string) =>
              command.modify(name, valueFor(name, text), i, now),
        ),
        fc.tuple(names, index).map(
          ([name, i]) =>
            (now: string) =>
              command.delete(name, i, now),
        ),
        fc.tuple(names, label).map(
          ([name, text]) =>
            (now: string) =>
              command.set(name, valueFor(name, text), now),
        ),
        fc.tuple(dates, offset).map(
          ([name, s]) =>
            (now: string) =>
              command.add(name, dateValue(at(now, s)), now),
        ),
        fc.tuple(dates, offset).map(
          ([name, s]) =>
            (now: string) =>
              command.modify(name, dateValue(at(now, s)), 0, now),
        ),
        fc.tuple(dates, offset).map(
          ([name, s]) =>
            (now: string) =>
              command.set(name, dateValue(at(now, s)), now),
        ),
        fc.tuple(dates, fc.constantFrom('Increment', 'Decrement', 'Negate' as const), offset).map(
          ([name, how, s]) =>
            (now: string) =>
              command.adjust(name, how, Math.abs(s), now),
        ),
        fc.integer({ min: 0, max: 4 }).map((v) => (now: string) => command.rewrap(v, undefined, now)),
      )
      .map((build) => ({ advance, build })),
  );

const genesis = fc.constantFrom<readonly ManagedObjectEvent[]>(
  [vcenterKeyCreated],
  [registered('SecretData')],
  [registered('OpaqueObject')],
);

/** What every state reached through decide and evolve satisfies. */
function checkInvariants(o: ManagedObject): void {
  expect(JSON.parse(JSON.stringify(o))).toStrictEqual(o); // a plain JSON row
  expect(epochSeconds(o.dates.lastChangeDate)).toBeGreaterThanOrEqual(epochSeconds(o.dates.initialDate));
  if (o.state === 'Active') expect(o.dates.activationDate).toBeDefined();
  if (o.state === 'Compromised' || o.state === 'DestroyedCompromised') {
    expect(o.dates.compromiseDate).toBeDefined();
    expect(o.revocationReason).toBeDefined();
  }
  expect(o.keyMaterialDestroyed).toBe(isDestroyed(o.state));
  if (isDestroyed(o.state)) expect(o.dates.destroyDate).toBeDefined();
  for (const [name, instances] of Object.entries(o.attributes)) {
    const indices = instances.map((i) => i.index);
    expect(new Set(indices).size).toBe(indices.length);
    expect(Math.max(...indices)).toBeLessThan(o.nextAttributeIndex[name]);
    if (!attributeRule(name)?.multiValued) expect(indices).toEqual([0]);
  }
  // What decide says of the state agrees with the state: no impossible state is reachable.
  const activation = decideManagedObject(command.activate(o.dates.lastChangeDate), o);
  expect(activation.ok).toBe(o.state === 'PreActive' && o.objectType !== 'OpaqueObject');
  const destruction = decideManagedObject(command.destroy(o.dates.lastChangeDate), o);
  expect(destruction.ok).toBe(['PreActive', 'Deactivated', 'Compromised'].includes(o.state));
}

describe('decide and evolve, for random command sequences', () => {
  it('only ever take permitted transitions, keep versions counting events, and replay to the same state', () => {
    fc.assert(
      fc.property(genesis, fc.array(step, { maxLength: 40 }), (initial, steps) => {
        const history: ManagedObjectEvent[] = [...initial];
        let state: ManagedObjectState = foldManagedObject(history);
        let now = T0;
        for (const { advance, build } of steps) {
          now = at(now, advance);
          const decision = decideManagedObject(build(now), state);
          if (!decision.ok) {
            expect(decision.error.message).not.toHaveLength(0);
            continue;
          }
          for (const event of decision.events) {
            const next = evolveManagedObject(state, event);
            if (state.status !== 'Known' || next.status !== 'Known') throw new Error('the object vanished');
            expect(next.version).toBe(state.version + 1);
            expect(isPermittedTransition(state.state, next.state)).toBe(true);
            history.push(event);
            state = next;
          }
          if (state.status !== 'Known') throw new Error('the object vanished');
          checkInvariants(state);
        }
        expect(foldManagedObject(history)).toStrictEqual(state);
        expect(state.version).toBe(history.length);
      }),
      { numRuns: 300 },
    );
  });
});

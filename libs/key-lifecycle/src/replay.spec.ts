import fc from 'fast-check';
import { foldManagedObject, foldTenant } from './replay';
import { fold } from './shared/fold';
import { evolveTenant } from './tenant/tenant.evolve';
import { EVENT_EXAMPLES } from './testing/event-examples.spec-helper';
import { HISTORY } from './testing/fixtures.spec-helper';

describe('replay', () => {
  it('the same events always give the same state, and that state survives JSON unchanged', () => {
    for (const history of Object.values(HISTORY)) {
      const first = foldManagedObject(history);
      expect(foldManagedObject(history)).toStrictEqual(first);
      expect(JSON.parse(JSON.stringify(first))).toStrictEqual(first);
    }
  });

  it('folding a prefix, then the rest, equals folding everything: the projector may stop and resume anywhere', () => {
    const events = [
      EVENT_EXAMPLES.TenantCreated,
      EVENT_EXAMPLES.ClientAllowed,
      EVENT_EXAMPLES.RootKeyRotated,
      EVENT_EXAMPLES.ClientRemoved,
      EVENT_EXAMPLES.RootKeyRevoked,
    ];
    const whole = foldTenant(events);
    expect(whole.version).toBe(events.length);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: events.length }), (cut) => {
        const resumed = fold(evolveTenant, foldTenant(events.slice(0, cut)), events.slice(cut));
        expect(resumed).toStrictEqual(whole);
      }),
    );
  });
});

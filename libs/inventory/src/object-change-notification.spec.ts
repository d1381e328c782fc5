import { decodeObjectChanges, encodeObjectChanges } from './object-change-notification';

describe('object change notifications', () => {
  it('round-trip the objects of their schema, split under the NOTIFY payload limit', () => {
    const objects = Array.from({ length: 300 }, (_, i) => ({
      tenant: 'acme',
      objectId: `object-${i}-${'x'.repeat(20)}`,
    }));
    const payloads = encodeObjectChanges('inventory', objects);
    expect(payloads.length).toBeGreaterThan(1);
    for (const p of payloads) expect(p.length).toBeLessThan(8000);
    expect(payloads.flatMap((p) => decodeObjectChanges('inventory', p) ?? [])).toEqual(objects);
  });

  it("ignore another schema's payload and report an unreadable one", () => {
    const [payload] = encodeObjectChanges('other', [{ tenant: 't', objectId: 'k' }]);
    expect(decodeObjectChanges('inventory', payload)).toBeUndefined();
    expect(decodeObjectChanges('inventory', '{"schema":"inventory","objects":[[1]]}')).toBeUndefined();
    expect(decodeObjectChanges('inventory', 'not json')).toBeUndefined();
  });
});

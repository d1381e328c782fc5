import { randomUUID } from 'node:crypto';
import { toCommandRecords } from './command-records';
import { decodeEventRecord } from './decoded-record';
import { asLogged, envelopesOf, keyCreatedEvent } from './testing/inventory-fixtures.spec-helper';

const record = (value: string, key = 'tenant-a') => asLogged([{ key, value }])[0];

describe('reading a record of kmip.events', () => {
  it('decodes a valid envelope, with its id in lower case', () => {
    const [envelope] = envelopesOf([keyCreatedEvent('tenant-a', 'k1')], { tenant: 'tenant-a', objectId: 'k1' });
    const upper = { ...envelope, id: envelope.id.toUpperCase() };
    const decoded = decodeEventRecord(record(JSON.stringify(upper)));
    expect(decoded).toMatchObject({ ok: true, envelope: { id: envelope.id, type: 'KeyCreated' } });
  });

  it('keeps only safe-looking identifiers of a malformed record, never its other fields', () => {
    const id = randomUUID();
    const decoded = decodeEventRecord(
      record(
        JSON.stringify({
          id,
          type: 'KeyCreated',
          schemaVersion: 1,
          tenant: 'tenant-a',
          objectId: 'k1',
          occurredAt: '2024-05-01T12:00:00Z',
          data: { keyMaterial: '00112233' },
        }),
      ),
    );
    expect(decoded.ok).toBe(false);
    if (decoded.ok) return;
    expect(decoded.salvaged).toEqual({
      id,
      type: 'KeyCreated',
      tenant: 'tenant-a',
      objectId: 'k1',
      occurredAt: '2024-05-01T12:00:00Z',
    });
    expect(decoded.error).toMatch(/^ForbiddenField: /);
    expect(decoded.error).not.toContain('00112233');
  });

  it('salvages nothing from a record that is not a JSON object, and drops fields that do not look right', () => {
    expect(decodeEventRecord(record('[1,2]'))).toMatchObject({ ok: false, salvaged: {} });
    const odd = decodeEventRecord(
      record(JSON.stringify({ id: 'x', type: 'Key Created!', tenant: 'a b', occurredAt: 'now' })),
    );
    expect(odd).toMatchObject({ ok: false, salvaged: {} });
  });

  it('rejects an envelope whose tenant is not the record key', () => {
    const [r] = toCommandRecords(
      envelopesOf([keyCreatedEvent('tenant-a', 'k1')], { tenant: 'tenant-a', objectId: 'k1' }),
      'c',
    );
    expect(decodeEventRecord(asLogged([{ ...r, key: 'tenant-b' }])[0])).toMatchObject({
      ok: false,
      error: 'InvalidEnvelope: the tenant is not the record key',
      salvaged: { tenant: 'tenant-a' },
    });
  });
});

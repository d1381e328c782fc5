import { decodeAccessRecord, encodeAccessRecord, toAccessAppendRecord, type AccessRecord } from './access-record';

const FP = 'ab'.repeat(32);
const get: AccessRecord = {
  id: '0b7f3c1e-9a4d-4c55-8e1f-2d3c4b5a6978',
  at: '2024-05-01T12:00:00Z',
  tenant: 'tenant-a',
  client: { fingerprint: FP, address: '10.0.0.7:51234' },
  operation: 'Get',
  objectId: 'key-1',
  result: 'Success',
};

describe('access records', () => {
  it('round-trips a successful Get and a refused request of an unknown client', () => {
    const refused: AccessRecord = {
      id: '1b7f3c1e-9a4d-4c55-8e1f-2d3c4b5a6978',
      at: '2024-05-01T12:00:01Z',
      client: { fingerprint: FP, address: '10.0.0.9:40000' },
      operation: 'Locate',
      result: 'PermissionDenied',
    };
    for (const r of [get, refused]) expect(decodeAccessRecord(encodeAccessRecord(r))).toEqual({ ok: true, value: r });
  });

  it('keys a record by tenant, or by fingerprint when the client belongs to no tenant', () => {
    expect(toAccessAppendRecord(get).key).toBe('tenant-a');
    const { tenant: _tenant, ...noTenant } = get;
    expect(toAccessAppendRecord(noTenant).key).toBe(FP);
  });

  it('drops fields it does not define', () => {
    const decoded = decodeAccessRecord(JSON.stringify({ ...get, extra: 'x' }));
    expect(decoded).toEqual({ ok: true, value: get });
  });

  it.each([
    ['not JSON', '{', 'not JSON'],
    ['an array', '[]', 'not a JSON object'],
    ['a bad id', JSON.stringify({ ...get, id: 'nope' }), '$.id'],
    ['a local time', JSON.stringify({ ...get, at: '2024-05-01 12:00' }), '$.at'],
    [
      'an upper-case fingerprint',
      JSON.stringify({ ...get, client: { ...get.client, fingerprint: FP.toUpperCase() } }),
      'fingerprint',
    ],
    ['no address', JSON.stringify({ ...get, client: { fingerprint: FP } }), 'address'],
    ['an operation with spaces', JSON.stringify({ ...get, operation: 'Get Attributes' }), '$.operation'],
    ['an empty object id', JSON.stringify({ ...get, objectId: '' }), '$.objectId'],
    ['a free-text result', JSON.stringify({ ...get, result: 'it failed: key=00ff' }), '$.result'],
  ])('refuses a record with %s, naming the field only', (_what, json, expected) => {
    const decoded = decodeAccessRecord(json);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) {
      expect(decoded.error).toContain(expected);
      expect(decoded.error).not.toContain('00ff');
    }
  });

  it('refuses to encode an invalid record', () => {
    expect(() => encodeAccessRecord({ ...get, result: 'Item Not Found' })).toThrow('$.result');
  });
});

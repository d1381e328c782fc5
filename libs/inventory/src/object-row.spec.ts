import { foldManagedObject, keyCreated, attributeAdded, keyActivated, type AttributeValue } from '@kmip/key-lifecycle';
import { attributeKey } from './attribute-key';
import { objectRow } from './object-row';

const T0 = '2024-05-01T12:00:00Z';
const name = (value: string): AttributeValue => ({
  kind: 'structure',
  fields: [
    { name: 'Name Value', value: { kind: 'text', value } },
    { name: 'Name Type', value: { kind: 'enumeration', value: 'Uninterpreted Text String' } },
  ],
});
const text = (value: string): AttributeValue => ({ kind: 'text', value });

const created = keyCreated({
  objectId: 'key-1',
  tenant: 'tenant-a',
  objectType: 'SymmetricKey',
  cryptographicAlgorithm: 'AES',
  cryptographicLength: 256,
  cryptographicUsageMask: 12,
  attributes: [{ name: 'Name', index: 0, value: name('vm-1 KEK') }],
  wrappedBy: { rootKeyId: 'crk-a', rootKeyVersion: 3 },
  state: 'PreActive',
  at: T0,
});

describe('the Locate columns of an object row', () => {
  it('are derived from the state: type, state, algorithm, names, custom attributes, wrapping root key', () => {
    const state = foldManagedObject([
      created,
      attributeAdded({ name: 'x-Vendor', index: 0, value: text('VMware, Inc.'), at: T0 }),
      attributeAdded({ name: 'x-Product', index: 0, value: text('vSphere'), at: T0 }),
      attributeAdded({ name: 'Name', index: 1, value: name('alias'), at: T0 }),
      keyActivated({ activationDate: T0, at: T0 }),
    ]);
    const row = objectRow(state);
    expect(row).toMatchObject({
      version: 5,
      objectType: 'SymmetricKey',
      kmipState: 'Active',
      algorithm: 'AES',
      names: ['vm-1 KEK', 'alias'],
      customAttributes: { 'x-Vendor': [text('VMware, Inc.')], 'x-Product': [text('vSphere')] },
      rootKeyId: 'crk-a',
      rootKeyVersion: 3,
    });
    expect(row.attributeKeys).toEqual(
      expect.arrayContaining([attributeKey('x-Vendor', text('VMware, Inc.')), attributeKey('Name', name('alias'))]),
    );
    expect(row.state).toBe(state);
  });

  it('are empty for an object that does not exist', () => {
    expect(objectRow({ status: 'Unknown', version: 0 })).toMatchObject({
      objectType: null,
      kmipState: null,
      names: [],
      attributeKeys: [],
    });
  });
});

describe('attribute keys', () => {
  it('are equal for equal values whatever the order of their fields in memory', () => {
    const a = { kind: 'text', value: 'v' } as AttributeValue;
    const b = JSON.parse('{"value":"v","kind":"text"}') as AttributeValue;
    expect(attributeKey('x-a', a)).toBe(attributeKey('x-a', b));
  });

  it('differ by name, kind and value', () => {
    const keys = new Set([
      attributeKey('x-a', text('1')),
      attributeKey('x-b', text('1')),
      attributeKey('x-a', { kind: 'integer', value: 1 }),
      attributeKey('x-a', text('2')),
    ]);
    expect(keys.size).toBe(4);
  });
});

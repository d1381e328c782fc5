import { attributeKey } from './attribute-key';
import { InventoryTables } from './inventory-tables';
import { locateQuery } from './locate-query';

const tables = new InventoryTables('inv_spec');

describe('the Locate query', () => {
  it('asks only for the tenant, in creation order, when no criterion is given', () => {
    const q = locateQuery(tables, 'tenant-a', {});
    expect(q.params).toEqual(['tenant-a']);
    expect(q.text).toContain('from inv_spec.objects where tenant = $1 and object_type is not null');
    expect(q.text).toMatch(/order by created_seq$/);
  });

  it('combines every criterion given, each as a parameter', () => {
    const q = locateQuery(tables, 'tenant-a', {
      names: ['vm-1'],
      objectType: 'SymmetricKey',
      state: 'Active',
      algorithm: 'AES',
      customAttributes: [{ name: 'x-Vendor', value: { kind: 'text', value: 'VMware, Inc.' } }],
      maxItems: 10,
      offsetItems: 20,
    });
    expect(q.params).toEqual([
      'tenant-a',
      ['vm-1'],
      'SymmetricKey',
      'Active',
      'AES',
      [attributeKey('x-Vendor', { kind: 'text', value: 'VMware, Inc.' })],
      10,
      20,
    ]);
    expect(q.text).toContain('names @> $2::text[]');
    expect(q.text).toContain('attribute_keys @> $6::text[]');
    expect(q.text).toMatch(/limit \$7 offset \$8$/);
    // Values never become SQL text.
    expect(q.text).not.toContain('VMware');
  });

  it.each([
    [{ maxItems: 0 }, 'maxItems'],
    [{ maxItems: 1.5 }, 'maxItems'],
    [{ offsetItems: -1 }, 'offsetItems'],
  ])('refuses %j', (criteria, field) => {
    expect(() => locateQuery(tables, 't', criteria)).toThrow(field);
  });
});

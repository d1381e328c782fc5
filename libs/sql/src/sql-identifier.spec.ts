import { isSqlIdentifier, sqlIdentifier } from './sql-identifier';

describe('SQL identifiers built into statements', () => {
  it.each(['inventory', 'inventory_test_1', '_x', 'a'.repeat(63)])('accepts %s', (name) => {
    expect(isSqlIdentifier(name)).toBe(true);
    expect(sqlIdentifier(name)).toBe(name);
  });

  it.each(['', 'Inventory', '1abc', 'a-b', 'a;drop table x', '"q"', 'a'.repeat(64), 'inv entory'])(
    'refuses %j',
    (name) => {
      expect(isSqlIdentifier(name)).toBe(false);
      expect(() => sqlIdentifier(name, 'schema')).toThrow(/schema/);
    },
  );
});

import { StatementNames } from './statement-names';

describe('StatementNames', () => {
  it('names each parameterized text once, the same name every time', () => {
    const names = new StatementNames(10);
    const a = names.nameOf('select $1', [1]);
    expect(a).toBeDefined();
    expect(names.nameOf('select $1', [2])).toBe(a);
    expect(names.nameOf('select $1 + 1', [2])).not.toBe(a);
  });

  it('leaves statements without parameters unnamed (they may hold several commands)', () => {
    const names = new StatementNames(10);
    expect(names.nameOf('begin; set local synchronous_commit = off', undefined)).toBeUndefined();
    expect(names.nameOf('select 1', [])).toBeUndefined();
  });

  it('names no more than its limit of texts, and keeps the names it gave', () => {
    const names = new StatementNames(2);
    const first = names.nameOf('select $1', [1]);
    names.nameOf('select $1::int', [1]);
    expect(names.nameOf('select $1::text', [1])).toBeUndefined();
    expect(names.nameOf('select $1', [1])).toBe(first);
    expect(new StatementNames(0).nameOf('select $1', [1])).toBeUndefined();
  });
});

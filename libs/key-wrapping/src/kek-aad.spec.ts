import fc from 'fast-check';
import { kekAad } from './kek-aad';

describe('kekAad', () => {
  it('is deterministic', () => {
    expect(kekAad('tenant', 'object')).toEqual(kekAad('tenant', 'object'));
  });

  it('never gives two different (tenant, objectId) pairs the same bytes', () => {
    const id = fc.string({ minLength: 1, maxLength: 12, unit: 'grapheme' });
    fc.assert(
      fc.property(id, id, id, id, (t1, o1, t2, o2) => {
        fc.pre(t1 !== t2 || o1 !== o2);
        expect(kekAad(t1, o1).equals(kekAad(t2, o2))).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps apart pairs that a naive concatenation would merge', () => {
    const pairs: [string, string][] = [
      ['ab', 'c'],
      ['a', 'bc'],
      ['a|b', 'c'],
      ['a', 'b|c'],
      ['a\u0000', 'b'],
      ['a', '\u0000b'],
    ];
    const encodings = new Set(pairs.map(([t, o]) => kekAad(t, o).toString('hex')));
    expect(encodings.size).toBe(pairs.length);
  });

  it('rejects empty fields and text that is not well-formed Unicode', () => {
    expect(() => kekAad('', 'o')).toThrow(TypeError);
    expect(() => kekAad('t', '')).toThrow(TypeError);
    expect(() => kekAad('t', 'x\ud800')).toThrow(TypeError);
    expect(kekAad('t', '\ud83d\udd11').length).toBeGreaterThan(0);
  });
});

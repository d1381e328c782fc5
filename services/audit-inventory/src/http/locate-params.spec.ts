import { InvalidQueryError, locateCriteria } from './locate-params';

describe('Locate filters from a query string', () => {
  it('reads every filter, repeated names and custom attributes as text', () => {
    expect(
      locateCriteria({
        name: ['a', 'b'],
        objectType: 'SymmetricKey',
        state: 'Active',
        algorithm: 'AES',
        'x-Vendor': 'VMware, Inc.',
        maxItems: '10',
        offsetItems: '5',
      }),
    ).toEqual({
      names: ['a', 'b'],
      objectType: 'SymmetricKey',
      state: 'Active',
      algorithm: 'AES',
      customAttributes: [{ name: 'x-Vendor', value: { kind: 'text', value: 'VMware, Inc.' } }],
      maxItems: 10,
      offsetItems: 5,
    });
  });

  it('gives no criterion for an empty query', () => {
    expect(locateCriteria({})).toEqual({});
  });

  it.each([
    [{ state: 'Activated' }, 'state'],
    [{ objectType: 'PrivateKey' }, 'objectType'],
    [{ state: ['Active', 'PreActive'] }, 'state'],
    [{ maxItems: '-1' }, 'maxItems'],
    [{ maxItems: '0' }, 'maxItems'],
    [{ offsetItems: 'ten' }, 'offsetItems'],
    [{ name: { nested: 'x' } }, 'name'],
  ])('refuses %j', (query, name) => {
    expect(() => locateCriteria(query)).toThrow(InvalidQueryError);
    expect(() => locateCriteria(query)).toThrow(name);
  });
});

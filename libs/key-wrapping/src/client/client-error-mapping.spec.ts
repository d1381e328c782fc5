import {
  KekNotFound,
  KeystoreInvalid,
  ProviderUnavailable,
  RootKeyRevoked,
  UnwrapFailed,
  VaultConflict,
} from '../key-wrapping.errors';
import { toKeyWrappingClientError } from './client-error-mapping';
import { PeerNotAllowedError } from './key-wrapping-client.errors';

describe('toKeyWrappingClientError', () => {
  it.each([
    [new KekNotFound('no wrapped KEK for t/o'), 'NOT_FOUND', false],
    [new RootKeyRevoked('revoked'), 'ROOT_KEY_REVOKED', false],
    [new ProviderUnavailable('HSM timeout'), 'UNAVAILABLE', true],
    [new KeystoreInvalid('keystore missing', 'missing'), 'UNAVAILABLE', false],
    [new VaultConflict('other material'), 'CONFLICT', false],
    [new UnwrapFailed('GCM authentication failed'), 'INTERNAL', false],
  ])('maps %p to %s', (error, code, retryable) => {
    expect(toKeyWrappingClientError(error)).toMatchObject({ code, retryable, message: error.message });
  });

  it('keeps client errors as they are', () => {
    const refused = new PeerNotAllowedError('not on the list');
    expect(toKeyWrappingClientError(refused)).toBe(refused);
  });

  it('reports a lost database connection as retryable and unknown errors without their message', () => {
    const down = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    expect(toKeyWrappingClientError(down)).toMatchObject({ code: 'UNAVAILABLE', retryable: true });
    expect(toKeyWrappingClientError(new Error('Connection terminated unexpectedly'))).toMatchObject({
      code: 'UNAVAILABLE',
    });
    const leaky = toKeyWrappingClientError(new Error('value 00112233 violates something'));
    expect(leaky.code).toBe('INTERNAL');
    expect(leaky.message).not.toContain('00112233');
  });
});

import { KekNotFound, ProviderUnavailable } from '../key-wrapping.errors';
import type { KekInfo, KeyWrappingHealth } from '../key-wrapping.service';
import { InProcessKeyWrappingClient, type KeyWrappingOperations } from './in-process-key-wrapping.client';
import {
  InvalidKeyWrappingRequestError,
  KeyNotFoundError,
  KeyWrappingUnavailableError,
} from './key-wrapping-client.errors';

const info: KekInfo = {
  tenant: 't',
  objectId: 'o',
  rootKeyId: 'crk',
  rootKeyVersion: '3',
  mechanism: 'AES-256-GCM',
  created: true,
};

function operations(overrides: Partial<KeyWrappingOperations> = {}): KeyWrappingOperations & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    generate: (tenant, objectId, lengthBits) => {
      calls.push(`generate ${tenant} ${objectId} ${lengthBits}`);
      return Promise.resolve(info);
    },
    register: () => Promise.resolve(info),
    unwrap: () => Promise.resolve(Buffer.alloc(32, 1)),
    health: (tenant) => {
      calls.push(`health ${tenant}`);
      return Promise.resolve<KeyWrappingHealth>({
        provider: { provider: 'local', rootKeyId: 'crk', currentVersion: '3', mechanism: 'AES-256-GCM' },
        vault: 'ok',
      });
    },
    ...overrides,
  };
}

describe('InProcessKeyWrappingClient', () => {
  it('answers the root key reference and defaults to 256 bits', async () => {
    const ops = operations();
    const client = new InProcessKeyWrappingClient(ops, { defaultTenant: 'default' });
    expect(await client.generate({ tenant: 't', objectId: 'o' })).toEqual({
      rootKeyId: 'crk',
      rootKeyVersion: '3',
      mechanism: 'AES-256-GCM',
      created: true,
    });
    expect(ops.calls).toEqual(['generate t o 256']);
  });

  it('checks requests as the RPC service does, before any work', async () => {
    const ops = operations();
    const client = new InProcessKeyWrappingClient(ops, { defaultTenant: 'default' });
    await expect(client.generate({ tenant: '', objectId: 'o' })).rejects.toBeInstanceOf(InvalidKeyWrappingRequestError);
    await expect(client.generate({ tenant: 't', objectId: 'o', lengthBits: 64 as 128 })).rejects.toBeInstanceOf(
      InvalidKeyWrappingRequestError,
    );
    expect(ops.calls).toEqual([]);
  });

  it('turns library errors into client error codes', async () => {
    const client = new InProcessKeyWrappingClient(
      operations({
        unwrap: () => Promise.reject(new KekNotFound('no wrapped KEK for t/o')),
        register: () => Promise.reject(new ProviderUnavailable('HSM unreachable')),
      }),
      { defaultTenant: 'default' },
    );
    await expect(client.unwrap({ tenant: 't', objectId: 'o' })).rejects.toBeInstanceOf(KeyNotFoundError);
    await expect(client.register({ tenant: 't', objectId: 'o', material: Buffer.alloc(32) })).rejects.toMatchObject({
      constructor: KeyWrappingUnavailableError,
      retryable: true,
    });
  });

  it('reports health of the default tenant unless told otherwise', async () => {
    const ops = operations();
    const client = new InProcessKeyWrappingClient(ops, { defaultTenant: 'default' });
    expect(await client.health()).toMatchObject({ status: 'ok', tenant: 'default', currentRootKeyVersion: '3' });
    await client.health({ tenant: 'other' });
    expect(ops.calls).toEqual(['health default', 'health other']);
  });
});

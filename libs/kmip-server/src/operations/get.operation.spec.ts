import {
  KeyCompressionType,
  KeyFormatType,
  KMIP_1_1,
  KMIP_2_0,
  Operation,
  RevocationReasonCode,
  Tag,
  ttlv,
  type GetResponse,
} from '@kmip/kmip';
import { knownTenant, OTHER_TENANT, TENANT } from '../testing/fake-ports.spec-helper';
import { Harness, OTHER_CLIENT, outcome } from '../testing/kmip-harness.spec-helper';
import { aesCreate } from '../testing/requests.spec-helper';

function keyBytes(response: GetResponse): Buffer | undefined {
  const object = response.object;
  if (object.kind !== 'SymmetricKey' && object.kind !== 'SecretData') return undefined;
  const value = object.keyBlock.keyValue;
  if (value?.kind !== 'plain') return undefined;
  const material = value.keyMaterial;
  if (material.kind === 'bytes') return Buffer.from(material.bytes);
  return material.kind === 'transparent-symmetric' ? Buffer.from(material.key) : undefined;
}

async function created(h: Harness): Promise<string> {
  return (await h.ok(Operation.Create, aesCreate())).uniqueIdentifier;
}

describe('Get', () => {
  it('returns the 32 raw bytes of an AES-256 key, unwrapped, and records the read before answering', async () => {
    const h = new Harness();
    const id = await created(h);
    const response = await h.ok(Operation.Get, { uniqueIdentifier: id });
    expect(response.object).toMatchObject({ kind: 'SymmetricKey', keyBlock: { keyFormatType: KeyFormatType.Raw } });
    expect(keyBytes(response)).toEqual(h.keys.material(TENANT, id));
    expect(h.access.records).toEqual([
      expect.objectContaining({ tenant: TENANT, operation: 'Get', objectId: id, result: 'Success' }),
    ]);
  });

  it('zeroes the plaintext it got from the key-wrapping service once the response is written', async () => {
    const h = new Harness();
    const id = await created(h);
    await h.ok(Operation.Get, { uniqueIdentifier: id });
    expect(h.keys.unwrapped).toHaveLength(1);
    expect(h.keys.unwrapped[0].every((byte) => byte === 0)).toBe(true);
  });

  it('converts to Transparent Symmetric Key when asked, and refuses formats it cannot produce', async () => {
    const h = new Harness();
    const id = await created(h);
    const transparent = await h.ok(Operation.Get, {
      uniqueIdentifier: id,
      keyFormatType: KeyFormatType.TransparentSymmetricKey,
    });
    expect(transparent.object).toMatchObject({ keyBlock: { keyFormatType: KeyFormatType.TransparentSymmetricKey } });
    expect(keyBytes(transparent)).toEqual(h.keys.material(TENANT, id));
    const pkcs8 = await h.one(Operation.Get, { uniqueIdentifier: id, keyFormatType: KeyFormatType.PKCS8 });
    expect(outcome(pkcs8)).toEqual({ status: 'OperationFailed', reason: 'KeyFormatTypeNotSupported' });
    const compressed = await h.one(Operation.Get, {
      uniqueIdentifier: id,
      keyCompressionType: KeyCompressionType.ECPublicKeyTypeUncompressed,
    });
    expect(outcome(compressed)).toEqual({ status: 'OperationFailed', reason: 'KeyCompressionTypeNotSupported' });
    const wrapped = await h.one(Operation.Get, {
      uniqueIdentifier: id,
      keyWrappingSpecification: ttlv.structure(Tag.KeyWrappingSpecification, []),
    });
    expect(outcome(wrapped)).toEqual({ status: 'OperationFailed', reason: 'FeatureNotSupported' });
  });

  it('refuses a Destroyed object (Permission Denied in 1.x, Object Destroyed in 2.x)', async () => {
    const h = new Harness();
    const id = await created(h);
    await h.ok(Operation.Destroy, { uniqueIdentifier: id });
    expect(outcome(await h.one(Operation.Get, { uniqueIdentifier: id }))).toEqual({
      status: 'OperationFailed',
      reason: 'PermissionDenied',
    });
    expect(outcome(await h.one(Operation.Get, { uniqueIdentifier: id }, { version: KMIP_2_0 }))).toEqual({
      status: 'OperationFailed',
      reason: 'ObjectDestroyed',
    });
  });

  it("answers Item Not Found for another tenant's object, never Permission Denied", async () => {
    const h = new Harness();
    const id = await created(h);
    const item = await h.one(Operation.Get, { uniqueIdentifier: id }, {}, OTHER_CLIENT);
    expect(outcome(item)).toEqual({ status: 'OperationFailed', reason: 'ItemNotFound' });
    expect(h.access.records.at(-1)).toMatchObject({ tenant: OTHER_TENANT, objectId: id, result: 'ItemNotFound' });
  });

  it('fails closed: without an acknowledged access record no key is sent', async () => {
    const h = new Harness();
    const id = await created(h);
    h.access.failure = new Error('kmip.access unavailable');
    const item = await h.one(Operation.Get, { uniqueIdentifier: id });
    expect(outcome(item)).toEqual({ status: 'OperationFailed', reason: 'GeneralFailure' });
    expect(item.payload).toBeUndefined();
    expect(h.keys.unwrapped[0].every((byte) => byte === 0)).toBe(true);
  });

  it('maps a crypto-shredded key (root key revoked) to Permission Denied', async () => {
    const h = new Harness();
    const id = await created(h);
    h.keys.failWith = 'ROOT_KEY_REVOKED';
    const item = await h.one(Operation.Get, { uniqueIdentifier: id });
    expect(outcome(item)).toEqual({ status: 'OperationFailed', reason: 'PermissionDenied' });
    expect(item.resultMessage).toMatch(/crypto-shredded/);
  });

  it('refuses a key whose root key the read model shows revoked, without asking for its material', async () => {
    const h = new Harness();
    const id = await created(h);
    h.inventory.tenants.set(TENANT, knownTenant(TENANT, true));
    const item = await h.one(Operation.Get, { uniqueIdentifier: id });
    expect(outcome(item)).toEqual({ status: 'OperationFailed', reason: 'PermissionDenied' });
    expect(item.resultMessage).toMatch(/crypto-shredded/);
    expect(h.keys.unwrapped).toHaveLength(0);
  });

  it('serves a revoked (Deactivated) key, as KMIP allows Get outside the Active state', async () => {
    const h = new Harness();
    const id = await created(h);
    await h.ok(Operation.Activate, { uniqueIdentifier: id });
    await h.ok(Operation.Revoke, {
      uniqueIdentifier: id,
      revocationReason: { code: RevocationReasonCode.CessationOfOperation },
    });
    expect(keyBytes(await h.ok(Operation.Get, { uniqueIdentifier: id }, { version: KMIP_1_1 }))).toHaveLength(32);
  });
});

import { randomBytes } from 'node:crypto';
import {
  CryptographicAlgorithm,
  KeyFormatType,
  KMIP_1_1,
  KMIP_2_0,
  Operation,
  SecretDataType,
  type ManagedObject,
} from '@kmip/kmip';
import { TENANT } from '../testing/fake-ports.spec-helper';
import { Harness, outcome } from '../testing/kmip-harness.spec-helper';
import { algorithm, length, usageMask } from '../testing/requests.spec-helper';

const symmetricKey = (bytes: Buffer, format: number = KeyFormatType.Raw): ManagedObject => ({
  kind: 'SymmetricKey',
  keyBlock: {
    keyFormatType: format,
    keyValue: {
      kind: 'plain',
      keyMaterial:
        format === KeyFormatType.TransparentSymmetricKey
          ? { kind: 'transparent-symmetric', key: bytes }
          : { kind: 'bytes', bytes },
    },
    cryptographicAlgorithm: CryptographicAlgorithm.AES,
    cryptographicLength: bytes.length * 8,
  },
});

const secretData = (bytes: Buffer): ManagedObject => ({
  kind: 'SecretData',
  secretDataType: SecretDataType.Seed,
  keyBlock: { keyFormatType: KeyFormatType.Opaque, keyValue: { kind: 'plain', keyMaterial: { kind: 'bytes', bytes } } },
});

describe('Register', () => {
  it('keeps a client-supplied AES key (wrapped by the key-wrapping service) and Get returns the same bytes', async () => {
    const h = new Harness();
    const key = randomBytes(32);
    const { uniqueIdentifier: id } = await h.ok(Operation.Register, {
      object: symmetricKey(key),
      attributes: [usageMask()],
    });
    expect(h.inventory.object(TENANT, id)).toMatchObject({
      objectType: 'SymmetricKey',
      state: 'PreActive',
      cryptographicAlgorithm: 'AES',
      cryptographicLength: 256,
    });
    expect(h.keys.material(TENANT, id)).toEqual(key);
    const got = await h.ok(Operation.Get, { uniqueIdentifier: id });
    expect(got.object).toEqual(symmetricKey(key));
  });

  it('takes a Transparent Symmetric Key and 2.x attributes', async () => {
    const h = new Harness();
    const key = randomBytes(16);
    const { uniqueIdentifier: id } = await h.ok(
      Operation.Register,
      { object: symmetricKey(key, KeyFormatType.TransparentSymmetricKey), attributes: [usageMask()] },
      { version: KMIP_2_0 },
    );
    expect(h.keys.material(TENANT, id)).toEqual(key);
  });

  it('keeps Secret Data with its Secret Data Type, returned by Get', async () => {
    const h = new Harness();
    const secret = Buffer.from('correct horse battery staple');
    const { uniqueIdentifier: id } = await h.ok(Operation.Register, {
      object: secretData(secret),
      attributes: [usageMask(0)],
    });
    const got = await h.ok(Operation.Get, { uniqueIdentifier: id, keyFormatType: KeyFormatType.Opaque });
    expect(got.object).toMatchObject({ kind: 'SecretData', secretDataType: SecretDataType.Seed });
    expect(got.object.kind === 'SecretData' && got.object.keyBlock.cryptographicLength).toBe(secret.length * 8);
  });

  it.each([
    ['a length that contradicts the material', [algorithm(), length(128), usageMask()]],
    ['an algorithm that contradicts the Key Block', [algorithm(CryptographicAlgorithm.Blowfish), usageMask()]],
  ])('refuses %s, wrapping nothing', async (_what, attributes) => {
    const h = new Harness();
    const item = await h.one(Operation.Register, { object: symmetricKey(randomBytes(32)), attributes });
    expect(outcome(item)).toEqual({ status: 'OperationFailed', reason: 'InvalidField' });
    expect(h.keys.keys.size).toBe(0);
  });

  it('refuses a key format it does not take for the object, and wrapped key values', async () => {
    const h = new Harness();
    const pkcs8: ManagedObject = {
      kind: 'SymmetricKey',
      keyBlock: {
        keyFormatType: KeyFormatType.PKCS8,
        keyValue: { kind: 'plain', keyMaterial: { kind: 'bytes', bytes: randomBytes(32) } },
      },
    };
    expect(outcome(await h.one(Operation.Register, { object: pkcs8, attributes: [usageMask()] }))).toEqual({
      status: 'OperationFailed',
      reason: 'KeyFormatTypeNotSupported',
    });
    const wrapped: ManagedObject = {
      kind: 'SymmetricKey',
      keyBlock: { keyFormatType: KeyFormatType.Raw, keyValue: { kind: 'wrapped', bytes: randomBytes(40) } },
    };
    expect(
      outcome(await h.one(Operation.Register, { object: wrapped, attributes: [usageMask()] }, { version: KMIP_1_1 })),
    ).toEqual({
      status: 'OperationFailed',
      reason: 'InvalidField',
    });
  });
});

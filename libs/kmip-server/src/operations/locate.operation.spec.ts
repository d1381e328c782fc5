import {
  CryptographicAlgorithm,
  KMIP_1_1,
  KMIP_1_4,
  KMIP_2_0,
  makeAttribute,
  ObjectType,
  Operation,
  requestBatchItem,
  State,
  type Attribute,
} from '@kmip/kmip';
import { Harness, OTHER_CLIENT, outcome } from '../testing/kmip-harness.spec-helper';
import { aesCreate, name, text } from '../testing/requests.spec-helper';

const objectType = makeAttribute('Object Type', { type: 'Enumeration', value: ObjectType.SymmetricKey });
const state = (value: number) => makeAttribute('State', { type: 'Enumeration', value });
const aes = makeAttribute('Cryptographic Algorithm', { type: 'Enumeration', value: CryptographicAlgorithm.AES });

async function keys(h: Harness): Promise<string[]> {
  const a = (await h.ok(Operation.Create, aesCreate(256, [name('alpha'), text('x-Vendor', 'VMware')])))
    .uniqueIdentifier;
  const b = (await h.ok(Operation.Create, aesCreate(128, [name('beta')]))).uniqueIdentifier;
  const c = (await h.ok(Operation.Create, aesCreate(256, [text('x-Vendor', 'VMware')]))).uniqueIdentifier;
  await h.ok(Operation.Activate, { uniqueIdentifier: c });
  return [a, b, c];
}

const locate = (attributes: Attribute[], more: { maximumItems?: number; offsetItems?: number } = {}) => ({
  attributes,
  ...more,
});

describe('Locate', () => {
  it('finds by Name, Object Type, State, Cryptographic Algorithm and custom attributes', async () => {
    const h = new Harness();
    const [a, b, c] = await keys(h);
    expect((await h.ok(Operation.Locate, locate([name('beta')]))).uniqueIdentifiers).toEqual([b]);
    expect((await h.ok(Operation.Locate, locate([objectType, aes]))).uniqueIdentifiers).toEqual([a, b, c]);
    expect((await h.ok(Operation.Locate, locate([state(State.Active)]))).uniqueIdentifiers).toEqual([c]);
    expect((await h.ok(Operation.Locate, locate([text('x-Vendor', 'VMware')]))).uniqueIdentifiers).toEqual([a, c]);
    expect(
      (await h.ok(Operation.Locate, locate([text('x-Vendor', 'VMware'), state(State.PreActive)]))).uniqueIdentifiers,
    ).toEqual([a]);
  });

  it('compares other attributes on the objects found', async () => {
    const h = new Harness();
    const [, b] = await keys(h);
    const short = makeAttribute('Cryptographic Length', { type: 'Integer', value: 128 });
    expect((await h.ok(Operation.Locate, locate([short]))).uniqueIdentifiers).toEqual([b]);
  });

  it('finds nothing for contradicting criteria or a type this server does not keep', async () => {
    const h = new Harness();
    await keys(h);
    const certificate = makeAttribute('Object Type', { type: 'Enumeration', value: ObjectType.Certificate });
    expect((await h.ok(Operation.Locate, locate([certificate]))).uniqueIdentifiers).toEqual([]);
    expect(
      (await h.ok(Operation.Locate, locate([state(State.Active), state(State.PreActive)]))).uniqueIdentifiers,
    ).toEqual([]);
  });

  it('pages with Offset Items and Maximum Items, counting all matches in Located Items (1.3+)', async () => {
    const h = new Harness();
    const [a, b, c] = await keys(h);
    const page = await h.ok(Operation.Locate, locate([aes], { offsetItems: 1, maximumItems: 1 }), {
      version: KMIP_1_4,
    });
    expect(page).toEqual({ locatedItems: 3, uniqueIdentifiers: [b] });
    const old = await h.ok(Operation.Locate, locate([aes], { maximumItems: 2 }), { version: KMIP_1_1 });
    expect(old).toEqual({ uniqueIdentifiers: [a, b] });
    const rest = await h.ok(Operation.Locate, locate([], { offsetItems: 2 }), { version: KMIP_2_0 });
    expect(rest.uniqueIdentifiers).toEqual([c]);
  });

  it("never finds another tenant's objects", async () => {
    const h = new Harness();
    await keys(h);
    expect((await h.ok(Operation.Locate, locate([aes]), {}, OTHER_CLIENT)).uniqueIdentifiers).toEqual([]);
  });

  it('sets the ID Placeholder when it finds exactly one object (Locate then Get)', async () => {
    const h = new Harness();
    const [, b] = await keys(h);
    const response = await h.send([
      requestBatchItem(Operation.Locate, locate([name('beta')]), KMIP_1_1),
      requestBatchItem(Operation.Get, {}, KMIP_1_1),
    ]);
    expect(response.batchItems.map(outcome)).toEqual([{ status: 'Success' }, { status: 'Success' }]);
    expect(h.access.records.at(-1)).toMatchObject({ operation: 'Get', objectId: b });
  });
});

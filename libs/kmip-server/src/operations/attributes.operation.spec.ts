import {
  decodeResponsePayload,
  KMIP_1_1,
  KMIP_2_0,
  makeAttribute,
  Operation,
  requestBatchItem,
  State,
} from '@kmip/kmip';
import { TENANT } from '../testing/fake-ports.spec-helper';
import { Harness, OTHER_CLIENT, outcome } from '../testing/kmip-harness.spec-helper';
import { aesCreate, name, text } from '../testing/requests.spec-helper';

async function created(h: Harness): Promise<string> {
  return (await h.ok(Operation.Create, aesCreate())).uniqueIdentifier;
}

describe('Get Attributes and Get Attribute List', () => {
  it('answers an absent attribute with Success and only the Unique Identifier', async () => {
    const h = new Harness();
    const id = await created(h);
    expect(await h.ok(Operation.GetAttributes, { uniqueIdentifier: id, attributeNames: ['x-Vendor'] })).toEqual({
      uniqueIdentifier: id,
      attributes: [],
    });
  });

  it('returns every attribute when no name is given, and records the read', async () => {
    const h = new Harness();
    const id = await created(h);
    const all = await h.ok(Operation.GetAttributes, { uniqueIdentifier: id });
    const names = all.attributes.map((a) => a.name);
    expect(names).toEqual(
      expect.arrayContaining(['Unique Identifier', 'Object Type', 'Cryptographic Algorithm', 'State', 'Initial Date']),
    );
    expect(all.attributes.find((a) => a.name === 'Cryptographic Length')?.value).toEqual({
      type: 'Integer',
      value: 256,
    });
    expect(h.access.records).toEqual([
      expect.objectContaining({ operation: 'GetAttributes', objectId: id, result: 'Success' }),
    ]);
    const list = await h.ok(Operation.GetAttributeList, { uniqueIdentifier: id });
    expect(list.attributeNames).toEqual(names.filter((n, i) => names.indexOf(n) === i));
  });

  it('answers in the 2.x shape for a 2.x request', async () => {
    const h = new Harness();
    const id = await created(h);
    await h.ok(Operation.AddAttribute, { uniqueIdentifier: id, attribute: text('x-Vendor', 'VMware') });
    const got = await h.ok(
      Operation.GetAttributes,
      { uniqueIdentifier: id, attributeNames: ['State', 'x-Vendor'] },
      { version: KMIP_2_0 },
    );
    expect(got.attributes.map((a) => [a.name, a.value])).toEqual([
      ['State', { type: 'Enumeration', value: State.PreActive }],
      ['x-Vendor', { type: 'TextString', value: 'VMware' }],
    ]);
  });

  it("does not show another tenant's object", async () => {
    const h = new Harness();
    const id = await created(h);
    expect(outcome(await h.one(Operation.GetAttributes, { uniqueIdentifier: id }, {}, OTHER_CLIENT))).toEqual({
      status: 'OperationFailed',
      reason: 'ItemNotFound',
    });
  });
});

describe('Add, Modify, Delete and Set Attribute', () => {
  it('adds custom attributes and multi-valued standard ones, echoing each with its index in 1.x', async () => {
    const h = new Harness();
    const id = await created(h);
    const first = await h.ok(Operation.AddAttribute, { uniqueIdentifier: id, attribute: name('primary') });
    const second = await h.ok(Operation.AddAttribute, { uniqueIdentifier: id, attribute: name('alias') });
    expect([first.attribute?.index, second.attribute?.index]).toEqual([undefined, 1]);
    const custom = await h.ok(Operation.AddAttribute, { uniqueIdentifier: id, attribute: text('x-Component', 'disk') });
    expect(custom.attribute).toMatchObject({ name: 'x-Component', value: { type: 'TextString', value: 'disk' } });
    const names = await h.ok(Operation.GetAttributes, { uniqueIdentifier: id, attributeNames: ['Name'] });
    expect(names.attributes.map((a) => a.index)).toEqual([undefined, 1]);
  });

  it('refuses to add a read-only attribute, with the reason of the request version', async () => {
    const h = new Harness();
    const id = await created(h);
    const attribute = makeAttribute('Cryptographic Length', { type: 'Integer', value: 128 });
    expect(outcome(await h.one(Operation.AddAttribute, { uniqueIdentifier: id, attribute }))).toEqual({
      status: 'OperationFailed',
      reason: 'PermissionDenied',
    });
    expect(
      outcome(await h.one(Operation.AddAttribute, { uniqueIdentifier: id, attribute }, { version: KMIP_2_0 })),
    ).toEqual({
      status: 'OperationFailed',
      reason: 'AttributeReadOnly',
    });
  });

  it('modifies an instance by index (1.x) or by its current value (2.x)', async () => {
    const h = new Harness();
    const id = await created(h);
    await h.ok(Operation.AddAttribute, { uniqueIdentifier: id, attribute: text('x-Name', 'a') });
    await h.ok(Operation.AddAttribute, { uniqueIdentifier: id, attribute: text('x-Name', 'b') });
    const modified = await h.ok(Operation.ModifyAttribute, {
      uniqueIdentifier: id,
      attribute: { ...text('x-Name', 'B'), index: 1 },
    });
    expect(modified.attribute).toMatchObject({ index: 1, value: { value: 'B' } });
    await h.ok(
      Operation.ModifyAttribute,
      { uniqueIdentifier: id, currentAttribute: text('x-Name', 'a'), attribute: text('x-Name', 'A') },
      { version: KMIP_2_0 },
    );
    const object = h.inventory.object(TENANT, id);
    expect(object.status === 'Known' && object.attributes['x-Name'].map((i) => i.value)).toEqual([
      { kind: 'text', value: 'A' },
      { kind: 'text', value: 'B' },
    ]);
    const missing = await h.one(
      Operation.ModifyAttribute,
      { uniqueIdentifier: id, currentAttribute: text('x-Name', 'zzz'), attribute: text('x-Name', 'Z') },
      { version: KMIP_2_0 },
    );
    expect(outcome(missing)).toEqual({ status: 'OperationFailed', reason: 'AttributeInstanceNotFound' });
  });

  it('deletes one instance by index (1.x, echoing it), or all instances by reference (2.x)', async () => {
    const h = new Harness();
    const id = await created(h);
    for (const value of ['a', 'b', 'c']) {
      await h.ok(Operation.AddAttribute, { uniqueIdentifier: id, attribute: text('x-Tag', value) });
    }
    const deleted = await h.ok(Operation.DeleteAttribute, {
      uniqueIdentifier: id,
      attributeName: 'x-Tag',
      attributeIndex: 1,
    });
    expect(deleted.attribute).toMatchObject({ name: 'x-Tag', index: 1, value: { value: 'b' } });
    await h.ok(Operation.DeleteAttribute, { uniqueIdentifier: id, attributeName: 'x-Tag' }, { version: KMIP_2_0 });
    const object = h.inventory.object(TENANT, id);
    expect(object.status === 'Known' && object.attributes['x-Tag']).toBeUndefined();
    const again = await h.one(
      Operation.DeleteAttribute,
      { uniqueIdentifier: id, attributeName: 'x-Tag' },
      { version: KMIP_2_0 },
    );
    expect(outcome(again)).toEqual({ status: 'OperationFailed', reason: 'AttributeNotFound' });
  });

  it('sets a single-valued attribute (2.x)', async () => {
    const h = new Harness();
    const id = await created(h);
    const contact = makeAttribute('Contact Information', { type: 'TextString', value: 'ops@example.com' });
    await h.ok(Operation.SetAttribute, { uniqueIdentifier: id, attribute: contact }, { version: KMIP_2_0 });
    await h.ok(
      Operation.SetAttribute,
      { uniqueIdentifier: id, attribute: { ...contact, value: { type: 'TextString', value: 'sec@example.com' } } },
      { version: KMIP_2_0 },
    );
    const got = await h.ok(Operation.GetAttributes, { uniqueIdentifier: id, attributeNames: ['Contact Information'] });
    expect(got.attributes.map((a) => a.value)).toEqual([{ type: 'TextString', value: 'sec@example.com' }]);
  });

  it('echoes each of three Add Attribute items of one message with its own batch item ID', async () => {
    const h = new Harness();
    const id = await created(h);
    const ids = ['a1a2a3a4a5a6a7a8', 'b1b2b3b4b5b6b7b8', 'c1c2c3c4c5c6c7c8'].map((hex) => Buffer.from(hex, 'hex'));
    const names = ['x-Component', 'x-Name', 'x-Identifier'];
    const response = await h.send(
      names.map((n, i) =>
        requestBatchItem(
          Operation.AddAttribute,
          { uniqueIdentifier: id, attribute: text(n, `v${i}`) },
          KMIP_1_1,
          ids[i],
        ),
      ),
    );
    expect(response.batchItems.map((item) => Buffer.from(item.uniqueBatchItemId ?? [])).map(String)).toEqual(
      ids.map(String),
    );
    expect(
      response.batchItems.map((item) => decodeResponsePayload(Operation.AddAttribute, item, KMIP_1_1).attribute?.name),
    ).toEqual(names);
  });
});

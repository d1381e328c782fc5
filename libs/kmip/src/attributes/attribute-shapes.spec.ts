import fc from 'fast-check';
import { encodeTtlv, ttlv, type TtlvItem, type TtlvType } from '../ttlv';
import { CryptographicAlgorithm, formatTag, ObjectType, Operation, State, Tag } from '../registry';
import { KMIP_1_1, KMIP_1_4, KMIP_2_1 } from '../messages/protocol-version';
import { payloadCodec } from '../payloads';
import type { Attribute, AttributeValue } from './attribute';
import { decodeAttributeReference, encodeAttributeReference } from './attribute-reference';
import { makeAttribute } from './attribute-v1.codec';
import { decodeAttributesV2, encodeAttributesV2 } from './attribute-v2.codec';
import { nameAttributeValue } from './kmip-name';
import { expectedAttributeType, standardAttributes } from './standard-attributes';
import { decodeTemplateAttribute, encodeTemplateAttribute } from './template-attribute';

const attribute1x = (name: string, value: TtlvItem) =>
  ttlv.structure(Tag.Attribute, [ttlv.text(Tag.AttributeName, name), value]);
const vendorAttribute2x = (vendor: string, name: string, value: TtlvItem) =>
  ttlv.structure(Tag.Attribute, [
    ttlv.text(Tag.VendorIdentification, vendor),
    ttlv.text(Tag.AttributeName, name),
    value,
  ]);
const nameFields = [ttlv.text(Tag.NameValue, 'kek-01'), ttlv.enumeration(Tag.NameType, 1)];

/** The same Create, as a KMIP 1.1 and a KMIP 2.1 client write it. */
const create11 = ttlv.structure(Tag.RequestPayload, [
  ttlv.enumeration(Tag.ObjectType, ObjectType.SymmetricKey),
  ttlv.structure(Tag.TemplateAttribute, [
    attribute1x('Cryptographic Algorithm', ttlv.enumeration(Tag.AttributeValue, CryptographicAlgorithm.AES)),
    attribute1x('Cryptographic Length', ttlv.integer(Tag.AttributeValue, 256)),
    attribute1x('Cryptographic Usage Mask', ttlv.integer(Tag.AttributeValue, 12)),
    attribute1x('Name', ttlv.structure(Tag.AttributeValue, nameFields)),
    attribute1x('x-Vendor', ttlv.text(Tag.AttributeValue, 'VMware, Inc.')),
  ]),
]);
const create21 = ttlv.structure(Tag.RequestPayload, [
  ttlv.enumeration(Tag.ObjectType, ObjectType.SymmetricKey),
  ttlv.structure(Tag.Attributes, [
    ttlv.enumeration(Tag.CryptographicAlgorithm, CryptographicAlgorithm.AES),
    ttlv.integer(Tag.CryptographicLength, 256),
    ttlv.integer(Tag.CryptographicUsageMask, 12),
    ttlv.structure(Tag.Name, nameFields),
    vendorAttribute2x('x', 'Vendor', ttlv.text(Tag.AttributeValue, 'VMware, Inc.')),
  ]),
]);

describe('attributes in the 1.x and 2.x shapes', () => {
  const create = payloadCodec(Operation.Create);

  it('normalise to one internal form', () => {
    const from11 = create.decodeRequest(create11, KMIP_1_1);
    const from21 = create.decodeRequest(create21, KMIP_2_1);
    expect(from11).toEqual(from21);
    expect(from11.attributes).toEqual([
      makeAttribute('Cryptographic Algorithm', { type: 'Enumeration', value: CryptographicAlgorithm.AES }),
      makeAttribute('Cryptographic Length', { type: 'Integer', value: 256 }),
      makeAttribute('Cryptographic Usage Mask', { type: 'Integer', value: 12 }),
      makeAttribute('Name', nameAttributeValue('kek-01')),
      makeAttribute('x-Vendor', { type: 'TextString', value: 'VMware, Inc.' }),
    ]);
  });

  it("are written back in the shape of the request's version", () => {
    const model = create.decodeRequest(create21, KMIP_2_1);
    expect(encodeTtlv(create.encodeRequest(model, KMIP_1_1))).toEqual(encodeTtlv(create11));
    expect(encodeTtlv(create.encodeRequest(model, KMIP_2_1))).toEqual(encodeTtlv(create21));
  });

  it('Attribute Name and Attribute Reference name the same attributes', () => {
    const getAttributes = payloadCodec(Operation.GetAttributes);
    const request11 = ttlv.structure(Tag.RequestPayload, [
      ttlv.text(Tag.UniqueIdentifier, 'k'),
      ttlv.text(Tag.AttributeName, 'State'),
      ttlv.text(Tag.AttributeName, 'x-Product_Version'),
    ]);
    const request21 = ttlv.structure(Tag.RequestPayload, [
      ttlv.text(Tag.UniqueIdentifier, 'k'),
      ttlv.enumeration(Tag.AttributeReference, Tag.State),
      ttlv.structure(Tag.AttributeReference, [
        ttlv.text(Tag.VendorIdentification, 'x'),
        ttlv.text(Tag.AttributeName, 'Product_Version'),
      ]),
    ]);
    const model = getAttributes.decodeRequest(request11, KMIP_1_1);
    expect(model).toEqual({ uniqueIdentifier: 'k', attributeNames: ['State', 'x-Product_Version'] });
    expect(getAttributes.decodeRequest(request21, KMIP_2_1)).toEqual(model);
    expect(encodeTtlv(getAttributes.encodeRequest(model, KMIP_2_1))).toEqual(encodeTtlv(request21));

    const response = {
      uniqueIdentifier: 'k',
      attributes: [makeAttribute('State', { type: 'Enumeration', value: State.Active })],
    };
    expect(getAttributes.encodeResponse(response, KMIP_2_1).value[1]).toEqual(
      ttlv.structure(Tag.Attributes, [ttlv.enumeration(Tag.State, State.Active)]),
    );
    expect(getAttributes.encodeResponse(response, KMIP_1_1).value[1]).toEqual(
      attribute1x('State', ttlv.enumeration(Tag.AttributeValue, State.Active)),
    );
  });

  it('reads the 2.x single-attribute operations: Add, Modify with Current Attribute, Delete, Set, Adjust', () => {
    const current = ttlv.structure(Tag.CurrentAttribute, [
      vendorAttribute2x('x', 'Name', ttlv.text(Tag.AttributeValue, 'a')),
    ]);
    const next = ttlv.structure(Tag.NewAttribute, [vendorAttribute2x('x', 'Name', ttlv.text(Tag.AttributeValue, 'b'))]);
    const uid = ttlv.text(Tag.UniqueIdentifier, 'k');
    const cases = [
      [Operation.ModifyAttribute, [uid, current, next]],
      [Operation.DeleteAttribute, [uid, current]],
      [Operation.DeleteAttribute, [uid, ttlv.enumeration(Tag.AttributeReference, Tag.ContactInformation)]],
      [Operation.SetAttribute, [uid, next]],
      [Operation.AddAttribute, [ttlv.structure(Tag.NewAttribute, [ttlv.text(Tag.ObjectGroup, 'vsan')])]],
      [
        Operation.AdjustAttribute,
        [
          uid,
          ttlv.enumeration(Tag.AttributeReference, Tag.CryptographicLength),
          ttlv.enumeration(Tag.AdjustmentType, 1),
          ttlv.integer(Tag.AdjustmentValue, 8),
        ],
      ],
    ] as const;
    for (const [operation, fields] of cases) {
      const payload = ttlv.structure(Tag.RequestPayload, fields);
      const codec = payloadCodec(operation);
      const model = codec.decodeRequest(payload, KMIP_2_1);
      expect(encodeTtlv(codec.encodeRequest(model as never, KMIP_2_1))).toEqual(encodeTtlv(payload));
    }
    const modify = payloadCodec(Operation.ModifyAttribute).decodeRequest(
      ttlv.structure(Tag.RequestPayload, [uid, current, next]),
      KMIP_2_1,
    );
    expect(modify.currentAttribute?.value).toEqual({ type: 'TextString', value: 'a' });
    expect(modify.attribute).toEqual(makeAttribute('x-Name', { type: 'TextString', value: 'b' }));
    const deletion = payloadCodec(Operation.DeleteAttribute).decodeRequest(
      ttlv.structure(Tag.RequestPayload, [uid, current]),
      KMIP_2_1,
    );
    expect(deletion.attributeName).toBe('x-Name');
  });

  it('refuses a 2.x item that is no attribute and a vendor identification with a dash', () => {
    expect(() =>
      decodeAttributesV2(ttlv.structure(Tag.Attributes, [ttlv.integer(Tag.BatchCount, 1)]), KMIP_2_1),
    ).toThrow('Batch Count is not an attribute');
    expect(() =>
      decodeAttributesV2(
        ttlv.structure(Tag.Attributes, [vendorAttribute2x('a-b', 'c', ttlv.text(Tag.AttributeValue, 'v'))]),
        KMIP_2_1,
      ),
    ).toThrow('Vendor Identification');
  });
});

/*
 * Random attribute lists: standard attributes with the value type the spec gives them, vendor and custom attributes
 * ('<vendor>-<name>') and tag-extension attributes with values of every type.
 */
const int32 = fc.integer({ min: -0x80000000, max: 0x7fffffff });
const uint32 = fc.integer({ min: 0, max: 0xffffffff });
const int64 = fc.bigInt({ min: -(1n << 63n), max: (1n << 63n) - 1n });
const text = fc.string({ unit: 'grapheme', maxLength: 12 });
const leafValues: Record<Exclude<TtlvType, 'Structure'>, fc.Arbitrary<AttributeValue>> = {
  Integer: int32.map((value) => ({ type: 'Integer', value })),
  LongInteger: int64.map((value) => ({ type: 'LongInteger', value })),
  BigInteger: fc.bigInt({ min: -(1n << 130n), max: 1n << 130n }).map((value) => ({ type: 'BigInteger', value })),
  Enumeration: uint32.map((value) => ({ type: 'Enumeration', value })),
  Boolean: fc.boolean().map((value) => ({ type: 'Boolean', value })),
  TextString: text.map((value) => ({ type: 'TextString', value })),
  ByteString: fc.uint8Array({ maxLength: 20 }).map((value) => ({ type: 'ByteString', value: Buffer.from(value) })),
  DateTime: int64.map((value) => ({ type: 'DateTime', value })),
  Interval: uint32.map((value) => ({ type: 'Interval', value })),
  DateTimeExtended: int64.map((value) => ({ type: 'DateTimeExtended', value })),
};
const leafValue = fc.oneof(...Object.values(leafValues));
const structureValue: fc.Arbitrary<AttributeValue> = fc
  .array(fc.tuple(fc.constantFrom(Tag.NameValue, Tag.LinkType, 0x540010), leafValue), { maxLength: 3 })
  .map((fields) => ({ type: 'Structure', value: fields.map(([tag, value]) => ({ ...value, tag })) }));
const anyValue = fc.oneof(leafValue, structureValue);

function valueOfType(type: TtlvType): fc.Arbitrary<AttributeValue> {
  return type === 'Structure' ? structureValue : leafValues[type];
}

const standard = fc.constantFrom(...standardAttributes).chain(({ name, tag }) => {
  const type = expectedAttributeType(tag, '2.1') ?? expectedAttributeType(tag, '1.4') ?? 'Structure';
  return valueOfType(type).map((value) => makeAttribute(name, value));
});
const vendor = fc
  .tuple(fc.stringMatching(/^[A-Za-z0-9_.]{0,6}$/), text, anyValue)
  .map(([id, name, value]) => makeAttribute(`${id}-${name}`, value));
const extension = fc
  .tuple(fc.integer({ min: 0x540000, max: 0x54ffff }), anyValue)
  .map(([tag, value]) => makeAttribute(formatTag(tag), value));
const attributeList = fc.array(fc.oneof(standard, vendor, extension), { maxLength: 8 });
const withIndex = fc.tuple(attributeList, fc.array(fc.option(fc.nat(5), { nil: undefined }), { minLength: 8 }));

const withoutIndex = (attributes: readonly Attribute[]) => attributes.map((a) => ({ ...a, index: undefined }));

describe('random attribute lists', () => {
  it('round-trip through the 1.x Template-Attribute, Attribute Index included', () => {
    fc.assert(
      fc.property(withIndex, ([list, indexes]) => {
        const attributes = list.map((a, i) => ({ ...a, index: indexes[i] }));
        const decoded = decodeTemplateAttribute(encodeTemplateAttribute({ attributes }), KMIP_1_4);
        expect(decoded).toEqual({ attributes });
      }),
    );
  });

  it('round-trip through the 2.x Attributes structure', () => {
    fc.assert(
      fc.property(attributeList, (attributes) => {
        expect(decodeAttributesV2(encodeAttributesV2(attributes), KMIP_2_1)).toEqual(attributes);
      }),
    );
  });

  it('convert 1.x → 2.x → 1.x without changing a byte', () => {
    fc.assert(
      fc.property(attributeList, (attributes) => {
        const bytes11 = encodeTtlv(encodeTemplateAttribute({ attributes: withoutIndex(attributes) }));
        const via21 = decodeAttributesV2(
          encodeAttributesV2(decodeTemplateAttribute(encodeTemplateAttribute({ attributes }), KMIP_1_4).attributes),
          KMIP_2_1,
        );
        expect(encodeTtlv(encodeTemplateAttribute({ attributes: via21 }))).toEqual(bytes11);
      }),
    );
  });

  it('name attributes alike through Attribute Reference', () => {
    fc.assert(
      fc.property(attributeList, (attributes) => {
        for (const { name } of attributes) expect(decodeAttributeReference(encodeAttributeReference(name))).toBe(name);
      }),
    );
  });
});

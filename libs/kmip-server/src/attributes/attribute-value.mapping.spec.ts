import fc from 'fast-check';
import { attributeValueProblem } from '@kmip/key-lifecycle';
import { NameType, State, Tag, ttlv, type AttributeValue } from '@kmip/kmip';
import { OperationError } from '../errors/operation-error';
import { toKmipValue, toLifecycleValue } from './attribute-value.mapping';

describe('attribute values between TTLV and key-lifecycle', () => {
  it('names enumerations after the field that carries them, and structure fields after their tags', () => {
    expect(toLifecycleValue({ type: 'Enumeration', value: State.PreActive }, Tag.State)).toEqual({
      kind: 'enumeration',
      value: 'Pre-Active',
    });
    const nameValue: AttributeValue = {
      type: 'Structure',
      value: [ttlv.text(Tag.NameValue, 'k'), ttlv.enumeration(Tag.NameType, NameType.UninterpretedTextString)],
    };
    expect(toLifecycleValue(nameValue, Tag.Name)).toEqual({
      kind: 'structure',
      fields: [
        { name: 'Name Value', value: { kind: 'text', value: 'k' } },
        { name: 'Name Type', value: { kind: 'enumeration', value: 'Uninterpreted Text String' } },
      ],
    });
    expect(toLifecycleValue({ type: 'Enumeration', value: 7 }, undefined)).toEqual({
      kind: 'enumeration',
      value: '0x00000007',
    });
  });

  it('refuses the types key-lifecycle does not keep', () => {
    expect(() => toLifecycleValue({ type: 'BigInteger', value: 5n }, undefined)).toThrow(OperationError);
  });

  it('round-trips every value a custom attribute can hold', () => {
    const scalar = fc.oneof(
      fc.string().map((value): AttributeValue => ({ type: 'TextString', value })),
      fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }).map((value): AttributeValue => ({ type: 'Integer', value })),
      fc
        .bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n })
        .map((value): AttributeValue => ({ type: 'LongInteger', value })),
      fc.nat({ max: 2 ** 32 - 1 }).map((value): AttributeValue => ({ type: 'Enumeration', value })),
      fc.boolean().map((value): AttributeValue => ({ type: 'Boolean', value })),
      fc
        .uint8Array({ maxLength: 24 })
        .map((value): AttributeValue => ({ type: 'ByteString', value: Buffer.from(value) })),
      fc.integer({ min: 0, max: 4_000_000_000 }).map((s): AttributeValue => ({ type: 'DateTime', value: BigInt(s) })),
      fc.nat({ max: 2 ** 32 - 1 }).map((value): AttributeValue => ({ type: 'Interval', value })),
    );
    const structure = fc
      .array(fc.tuple(fc.constantFrom(Tag.ApplicationData, Tag.Description, 0x540001), scalar), { maxLength: 3 })
      .map((fields): AttributeValue => ({
        type: 'Structure',
        value: fields.map(([tag, v]) => ({ ...v, tag }) as never),
      }));
    fc.assert(
      fc.property(fc.oneof(scalar, structure), (value) => {
        const stored = toLifecycleValue(value, undefined);
        expect(attributeValueProblem(stored)).toBeUndefined();
        expect(toKmipValue(stored, undefined)).toEqual(value);
      }),
    );
  });
});

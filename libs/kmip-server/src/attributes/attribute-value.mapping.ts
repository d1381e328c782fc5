import {
  attributeValueItem,
  attributeValueOf,
  tagInfo,
  tagName,
  type AttributeValue as KmipAttributeValue,
} from '@kmip/kmip';
import {
  epochSeconds,
  fromEpochSeconds,
  type AttributeValue as LifecycleAttributeValue,
  type StructureField,
} from '@kmip/key-lifecycle';
import { OperationError } from '../errors/operation-error';
import { enumerationNumber, enumerationText } from './enumeration-text';

/*
 * TTLV attribute values ↔ key-lifecycle's JSON-plain values (key-lifecycle README, "Representation"). Structure fields
 * are named by their tag's spec name ('Name Value', 'Revocation Reason Code'), enumerations by the spec's name of the
 * value for the field that carries it.
 */

const TAG_BY_NAME: ReadonlyMap<string, number> = (() => {
  const byName = new Map<string, number>();
  for (const [tag, info] of tagInfo) if (!byName.has(info.name)) byName.set(info.name, tag);
  return byName;
})();

function tagOfFieldName(name: string): number {
  const tag = TAG_BY_NAME.get(name) ?? (/^0x[0-9A-F]{6}$/.test(name) ? parseInt(name.slice(2), 16) : undefined);
  if (tag === undefined) throw new Error(`no tag is named ${JSON.stringify(name)}`);
  return tag;
}

/** A request's attribute value as key-lifecycle takes it; Invalid Field for the types it does not keep. */
export function toLifecycleValue(value: KmipAttributeValue, tag: number | undefined): LifecycleAttributeValue {
  switch (value.type) {
    case 'TextString':
      return { kind: 'text', value: value.value };
    case 'Integer':
      return { kind: 'integer', value: value.value };
    case 'LongInteger':
      return { kind: 'longInteger', value: value.value.toString() };
    case 'Enumeration':
      return { kind: 'enumeration', value: enumerationText(tag, value.value) };
    case 'Boolean':
      return { kind: 'boolean', value: value.value };
    case 'ByteString':
      return { kind: 'byteString', hex: Buffer.from(value.value).toString('hex') };
    case 'DateTime': {
      const date = fromEpochSeconds(Number(value.value));
      if (date === undefined) throw new OperationError('InvalidField', 'a Date-Time attribute value is out of range');
      return { kind: 'dateTime', value: date };
    }
    case 'Interval':
      return { kind: 'interval', value: value.value };
    case 'Structure':
      return {
        kind: 'structure',
        fields: value.value.map((child): StructureField => ({
          name: tagName(child.tag),
          value: toLifecycleValue(attributeValueOf(child), child.tag),
        })),
      };
    default:
      throw new OperationError('InvalidField', `attribute values of type ${value.type} are not supported`);
  }
}

/** A stored attribute value as a TTLV value for the field `tag` (the attribute's own tag, when standard). */
export function toKmipValue(value: LifecycleAttributeValue, tag: number | undefined): KmipAttributeValue {
  switch (value.kind) {
    case 'text':
      return { type: 'TextString', value: value.value };
    case 'integer':
      return { type: 'Integer', value: value.value };
    case 'longInteger':
      return { type: 'LongInteger', value: BigInt(value.value) };
    case 'enumeration': {
      const number = enumerationNumber(tag, value.value);
      if (number === undefined) throw new Error(`an enumeration value is not known for tag ${tag ?? 'none'}`);
      return { type: 'Enumeration', value: number };
    }
    case 'boolean':
      return { type: 'Boolean', value: value.value };
    case 'byteString':
      return { type: 'ByteString', value: Buffer.from(value.hex, 'hex') };
    case 'dateTime':
      return { type: 'DateTime', value: BigInt(epochSeconds(value.value)) };
    case 'interval':
      return { type: 'Interval', value: value.value };
    case 'structure':
      return {
        type: 'Structure',
        value: value.fields.map((field) => {
          const fieldTag = tagOfFieldName(field.name);
          return attributeValueItem(fieldTag, toKmipValue(field.value, fieldTag));
        }),
      };
  }
}

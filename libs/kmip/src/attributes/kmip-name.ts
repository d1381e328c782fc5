import { ttlv, type TtlvItem, type TtlvStructure } from '../ttlv';
import { NameType, Tag } from '../registry';
import { KmipError } from '../messages/kmip-error';
import { StructureReader } from '../messages/structure-reader';
import type { AttributeValue } from './attribute';

/** The Name attribute's value (KMIP 1.4 §3.2): a structure of Name Value and Name Type. */
export interface KmipName {
  readonly value: string;
  /** A Name Type value: Uninterpreted Text String or URI. */
  readonly type: number;
}

export function nameAttributeValue(value: string, type: number = NameType.UninterpretedTextString): AttributeValue {
  return { type: 'Structure', value: nameFields({ value, type }) };
}

/** Reads a Name attribute's value; Invalid Field when it is not a Name Value + Name Type structure. */
export function readNameAttributeValue(value: AttributeValue): KmipName {
  if (value.type !== 'Structure') throw new KmipError('InvalidField', `Name is ${value.type}, expected Structure`);
  return decodeName(ttlv.structure(Tag.Name, value.value));
}

export function decodeName(item: TtlvItem): KmipName {
  const reader = new StructureReader(item, 'Name', 'batch-item', 'InvalidField');
  const name = { value: reader.text(Tag.NameValue), type: reader.enumeration(Tag.NameType) };
  reader.done();
  return name;
}

export function encodeName(name: KmipName): TtlvStructure {
  return ttlv.structure(Tag.Name, nameFields(name));
}

function nameFields(name: KmipName): TtlvItem[] {
  return [ttlv.text(Tag.NameValue, name.value), ttlv.enumeration(Tag.NameType, name.type)];
}

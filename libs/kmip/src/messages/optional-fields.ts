import { ttlv, type TtlvItem } from '../ttlv';

/*
 * Encoders build field lists with spreads: `...textIf(Tag.Password, credential.password)` writes the field only when
 * the model holds a value, so absent optional fields stay absent on the wire.
 */

export function textIf(tag: number, value: string | undefined): TtlvItem[] {
  return value === undefined ? [] : [ttlv.text(tag, value)];
}

export function bytesIf(tag: number, value: Uint8Array | undefined): TtlvItem[] {
  return value === undefined ? [] : [ttlv.bytes(tag, value)];
}

export function enumerationIf(tag: number, value: number | undefined): TtlvItem[] {
  return value === undefined ? [] : [ttlv.enumeration(tag, value)];
}

export function integerIf(tag: number, value: number | undefined): TtlvItem[] {
  return value === undefined ? [] : [ttlv.integer(tag, value)];
}

export function longIntegerIf(tag: number, value: bigint | undefined): TtlvItem[] {
  return value === undefined ? [] : [ttlv.longInteger(tag, value)];
}

export function booleanIf(tag: number, value: boolean | undefined): TtlvItem[] {
  return value === undefined ? [] : [ttlv.boolean(tag, value)];
}

export function dateTimeIf(tag: number, value: bigint | undefined): TtlvItem[] {
  return value === undefined ? [] : [ttlv.dateTime(tag, value)];
}

export function intervalIf(tag: number, value: number | undefined): TtlvItem[] {
  return value === undefined ? [] : [ttlv.interval(tag, value)];
}

export function itemIf(item: TtlvItem | undefined): TtlvItem[] {
  return item === undefined ? [] : [item];
}

import { TtlvAccessError } from './ttlv-access-error';
import type { TtlvItem, TtlvItemOfType, TtlvStructure, TtlvValueOf } from './ttlv-item';
import type { TtlvType } from './ttlv-type';

/** Narrows `item` to `type` or throws TtlvAccessError('wrong-type'). */
export function expectType<T extends TtlvType>(item: TtlvItem, type: T): TtlvItemOfType<T> {
  if (item.type !== type) throw new TtlvAccessError('wrong-type', item.tag, type, item.type);
  return item as TtlvItemOfType<T>;
}

function children(struct: TtlvItem): readonly TtlvItem[] {
  if (struct.type !== 'Structure') throw new TtlvAccessError('not-structure', struct.tag, 'Structure', struct.type);
  return struct.value;
}

/** First direct child of `struct` with `tag`, or undefined. Throws if `struct` is not a Structure. */
export function findItem(struct: TtlvItem, tag: number): TtlvItem | undefined {
  for (const child of children(struct)) if (child.tag === tag) return child;
  return undefined;
}

/** All direct children of `struct` with `tag`, in order. */
export function findItems(struct: TtlvItem, tag: number): TtlvItem[] {
  return children(struct).filter((child) => child.tag === tag);
}

/** First child with `tag`, which must exist and have `type`. */
export function getItem<T extends TtlvType>(struct: TtlvItem, tag: number, type: T): TtlvItemOfType<T> {
  const item = findItem(struct, tag);
  if (item === undefined) throw new TtlvAccessError('missing', tag, type);
  return expectType(item, type);
}

/** First child with `tag` if present, which must then have `type`. */
export function findTypedItem<T extends TtlvType>(
  struct: TtlvItem,
  tag: number,
  type: T,
): TtlvItemOfType<T> | undefined {
  const item = findItem(struct, tag);
  return item === undefined ? undefined : expectType(item, type);
}

/** Value of the required child with `tag` and `type`. */
export function getValue<T extends TtlvType>(struct: TtlvItem, tag: number, type: T): TtlvValueOf<T> {
  return getItem(struct, tag, type).value as TtlvValueOf<T>;
}

/** Value of the optional child with `tag`, which must have `type` when present. */
export function findValue<T extends TtlvType>(struct: TtlvItem, tag: number, type: T): TtlvValueOf<T> | undefined {
  return findTypedItem(struct, tag, type)?.value as TtlvValueOf<T> | undefined;
}

export const getStructure = (struct: TtlvItem, tag: number): TtlvStructure => getItem(struct, tag, 'Structure');
export const getText = (struct: TtlvItem, tag: number): string => getValue(struct, tag, 'TextString');
export const getInteger = (struct: TtlvItem, tag: number): number => getValue(struct, tag, 'Integer');
export const getEnumeration = (struct: TtlvItem, tag: number): number => getValue(struct, tag, 'Enumeration');
export const getBoolean = (struct: TtlvItem, tag: number): boolean => getValue(struct, tag, 'Boolean');
export const getBytes = (struct: TtlvItem, tag: number): Uint8Array => getValue(struct, tag, 'ByteString');
export const getLongInteger = (struct: TtlvItem, tag: number): bigint => getValue(struct, tag, 'LongInteger');
export const getDateTime = (struct: TtlvItem, tag: number): bigint => getValue(struct, tag, 'DateTime');

import type { TtlvItem } from '../ttlv';

type WithoutTag<T> = T extends unknown ? Omit<T, 'tag'> : never;

/**
 * An attribute value independent of where it is written: a TTLV item without its tag. KMIP 1.x carries it as the
 * Attribute Value (tag 0x42000B) of an Attribute structure, KMIP 2.x as an item whose tag is the attribute's own.
 * Structure values keep their fields' tags (Name → Name Value, Name Type).
 */
export type AttributeValue = WithoutTag<TtlvItem>;

/**
 * The one internal form of an attribute, whatever shape it arrived in (KMIP 1.4 §2.1.1 Attribute, Template-Attribute;
 * KMIP 2.0 §2.1 Attributes, Vendor Attribute).
 */
export interface Attribute {
  /**
   * The KMIP 1.x Attribute Name: the spec's name for standard attributes ('Cryptographic Usage Mask'), and
   * '<Vendor Identification>-<Attribute Name>' for custom and vendor attributes ('x-Product_Version'): KMIP 2.0 reserves
   * the vendor identifications 'x' and 'y' for the 1.x custom attributes 'x-…' and 'y-…'.
   */
  readonly name: string;
  /** The attribute's tag for standard (and tag-extension) attributes: its item tag in KMIP 2.x. */
  readonly tag?: number;
  /** KMIP 1.x Attribute Index; 2.x has none. Absent means 0 (KMIP 1.4 §2.1.1). */
  readonly index?: number;
  readonly value: AttributeValue;
}

/** The item that carries `value` under `tag`. */
export function attributeValueItem(tag: number, value: AttributeValue): TtlvItem {
  return { ...value, tag };
}

/** The value of an item, its tag dropped. */
export function attributeValueOf(item: TtlvItem): AttributeValue {
  const { tag: _tag, ...value } = item;
  return value;
}

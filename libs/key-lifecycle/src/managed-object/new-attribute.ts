import type { AttributeValue } from '../shared/attribute-value';

/** An attribute as a request names it: by KMIP attribute name ("Name", "x-Vendor", "Activation Date", …). */
export interface NewAttribute {
  readonly name: string;
  readonly value: AttributeValue;
}

/** An attribute instance as an event records it, with the index the server assigned. */
export interface IndexedAttribute extends NewAttribute {
  readonly index: number;
}

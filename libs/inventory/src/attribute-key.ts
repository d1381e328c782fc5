import type { AttributeValue } from '@kmip/key-lifecycle';

/** The value with its fields in one fixed order, so equal values always serialize to the same text. */
function canonical(value: AttributeValue): unknown {
  switch (value.kind) {
    case 'byteString':
      return { kind: value.kind, hex: value.hex };
    case 'structure':
      return { kind: value.kind, fields: value.fields.map((f) => ({ name: f.name, value: canonical(f.value) })) };
    default:
      return { kind: value.kind, value: value.value };
  }
}

/**
 * One attribute instance as a comparable text: the read model indexes these so that Locate can ask "has an instance
 * equal to this value" (KMIP 1.4 §4.9) with one array-containment test.
 */
export function attributeKey(name: string, value: AttributeValue): string {
  return JSON.stringify([name, canonical(value)]);
}

import { attributeTagOfName, makeAttribute, type Attribute, type ProtocolVersion } from '@kmip/kmip';
import type { IndexedAttribute, NewAttribute } from '@kmip/key-lifecycle';
import { toKmipValue, toLifecycleValue } from './attribute-value.mapping';

/** A request's attribute (1.x or 2.x shape, already one form) as key-lifecycle names and types it. */
export function toNewAttribute(attribute: Attribute): NewAttribute {
  return {
    name: attribute.name,
    value: toLifecycleValue(attribute.value, attribute.tag ?? attributeTagOfName(attribute.name)),
  };
}

/**
 * A stored attribute instance for a response. Index 0 is left out: "absent means 0" (KMIP 1.4 §2.1.1), and vCenter
 * reads single-valued attributes without one.
 */
export function toKmipAttribute(attribute: IndexedAttribute, version: ProtocolVersion): Attribute {
  const tag = attributeTagOfName(attribute.name);
  return makeAttribute(
    attribute.name,
    toKmipValue(attribute.value, tag),
    attribute.index === 0 ? undefined : attribute.index,
    version,
  );
}

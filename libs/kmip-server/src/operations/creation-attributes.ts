import type { NewAttribute } from '@kmip/key-lifecycle';
import type { Attribute } from '@kmip/kmip';
import { toNewAttribute } from '../attributes/attribute-conversion';
import { OperationError } from '../errors/operation-error';

/**
 * The attributes of a Create or Register request, split into those key-lifecycle keeps in typed fields (Cryptographic
 * Algorithm, Length, Usage Mask) and the others. The codec has already checked each standard value's type.
 */
export interface CreationAttributes {
  /** A Cryptographic Algorithm enumeration value. */
  readonly algorithm?: number;
  readonly length?: number;
  readonly usageMask?: number;
  readonly others: readonly NewAttribute[];
}

const TYPED = new Set(['Cryptographic Algorithm', 'Cryptographic Length', 'Cryptographic Usage Mask']);

export function splitCreationAttributes(attributes: readonly Attribute[], objectType: number): CreationAttributes {
  const typed = new Map<string, number>();
  const others: NewAttribute[] = [];
  for (const attribute of attributes) {
    const { name, value } = attribute;
    if (TYPED.has(name) && (value.type === 'Enumeration' || value.type === 'Integer')) {
      if (typed.has(name))
        throw new OperationError('InvalidField', `the attribute ${JSON.stringify(name)} is given twice`);
      typed.set(name, value.value);
    } else if (name === 'Object Type' && value.type === 'Enumeration') {
      // Some clients repeat the request's Object Type among the attributes; it must agree.
      if (value.value !== objectType)
        throw new OperationError('InvalidField', 'the Object Type attribute contradicts the request');
    } else {
      others.push(toNewAttribute(attribute));
    }
  }
  return {
    algorithm: typed.get('Cryptographic Algorithm'),
    length: typed.get('Cryptographic Length'),
    usageMask: typed.get('Cryptographic Usage Mask'),
    others,
  };
}

import type { AttributeValue, NewAttribute } from '@kmip/key-lifecycle';
import { OperationError } from '../errors/operation-error';
import type { OperationContext } from './operation-handler';

function nameValueOf(value: AttributeValue): string | undefined {
  if (value.kind !== 'structure') return undefined;
  const field = value.fields.find((f) => f.name === 'Name Value')?.value;
  return field?.kind === 'text' ? field.value : undefined;
}

/**
 * A Name must identify one object of the tenant (KMIP 1.4 §3.2; §11.1: the same Name as an existing object is Invalid
 * Field; KMIP 2.x: Non Unique Name Attribute). key-lifecycle cannot check it, as it sees one object; the read model
 * can. Two requests racing for one name may both pass: the check narrows mistakes, it is not a lock.
 */
export async function requireUniqueNames(
  attributes: readonly NewAttribute[],
  context: OperationContext,
  objectId?: string,
): Promise<void> {
  for (const attribute of attributes) {
    if (attribute.name !== 'Name') continue;
    const name = nameValueOf(attribute.value);
    if (name === undefined) continue; // key-lifecycle refuses the malformed value
    const holders = await context.services.inventory.locate(context.tenant, { names: [name] });
    if (holders.some((id) => id !== objectId)) {
      throw new OperationError(
        'NonUniqueNameAttribute',
        `another object already has the Name ${JSON.stringify(name)}`,
        'InvalidField',
      );
    }
  }
}

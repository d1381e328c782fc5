import { instancesOf, isCustomAttributeName, sameAttributeValue, type NewAttribute } from '@kmip/key-lifecycle';
import {
  compareProtocolVersions,
  Operation,
  readNameAttributeValue,
  type Attribute,
  type ProtocolVersion,
} from '@kmip/kmip';
import { toNewAttribute } from '../attributes/attribute-conversion';
import { algorithmOf, objectTypeOf, stateOf } from '../attributes/kmip-enumerations';
import { OperationError } from '../errors/operation-error';
import type { LocateCriteria } from '../ports/inventory-reader.port';
import type { OperationContext, OperationHandler } from './operation-handler';

const KMIP_1_3: ProtocolVersion = { major: 1, minor: 3 };

/** The request's attributes as read-model criteria, plus those only checked on each object. */
interface Search {
  readonly criteria: LocateCriteria;
  /** Attributes the read model does not index (Cryptographic Length, dates, …): compared on each object. */
  readonly others: readonly NewAttribute[];
  /** Two criteria no object can meet at once (two Object Types…), or a value no object here can have. */
  readonly impossible: boolean;
}

/**
 * Locate (KMIP 1.4 §4.9, 2.1 §6.1.27): the tenant's objects having every attribute given — Name, Object Type, State,
 * Cryptographic Algorithm and custom attributes are searched in the read model, any other attribute is compared on
 * the objects found — in creation order, Offset Items skipped, at most Maximum Items returned, Located Items (1.3+)
 * counting every match. Storage Status Mask and Object Group Member are not used (no archive, no groups; Destroyed
 * objects, whose metadata remain, are found too). When one identifier is returned it becomes the ID Placeholder.
 */
export const locateOperation: OperationHandler<typeof Operation.Locate> = async (request, context) => {
  if ((request.maximumItems ?? 0) < 0 || (request.offsetItems ?? 0) < 0) {
    throw new OperationError('InvalidField', 'Maximum Items and Offset Items cannot be negative');
  }
  const search = searchOf(request.attributes);
  const matches = search.impossible ? [] : await find(search, context);
  const offset = request.offsetItems ?? 0;
  const found = matches.slice(offset, request.maximumItems === undefined ? undefined : offset + request.maximumItems);
  return {
    response: {
      ...(compareProtocolVersions(context.version, KMIP_1_3) >= 0 ? { locatedItems: matches.length } : {}),
      uniqueIdentifiers: found,
    },
    ...(found.length === 1 ? { idPlaceholder: found[0] } : {}),
  };
};

async function find(search: Search, context: OperationContext): Promise<string[]> {
  const ids = await context.services.inventory.locate(context.tenant, search.criteria);
  if (search.others.length === 0) return ids;
  const matches: string[] = [];
  for (const id of ids) {
    const object = await context.services.inventory.getObject(context.tenant, id);
    if (object.status !== 'Known') continue;
    const has = (wanted: NewAttribute) =>
      instancesOf(object, wanted.name).some((instance) => sameAttributeValue(instance.value, wanted.value));
    if (search.others.every(has)) matches.push(id);
  }
  return matches;
}

function searchOf(attributes: readonly Attribute[]): Search {
  const names: string[] = [];
  const customAttributes: NewAttribute[] = [];
  const others: NewAttribute[] = [];
  const criteria: { -readonly [K in keyof LocateCriteria]: LocateCriteria[K] } = {};
  let impossible = false;
  const single = <K extends 'objectType' | 'state' | 'algorithm'>(key: K, value: LocateCriteria[K] | undefined) => {
    if (value === undefined || (criteria[key] !== undefined && criteria[key] !== value)) impossible = true;
    else criteria[key] = value;
  };
  for (const attribute of attributes) {
    const { name, value } = attribute;
    if (name === 'Name') names.push(readNameAttributeValue(value).value);
    else if (name === 'Object Type' && value.type === 'Enumeration') single('objectType', objectTypeOf(value.value));
    else if (name === 'State' && value.type === 'Enumeration') single('state', stateOf(value.value));
    else if (name === 'Cryptographic Algorithm' && value.type === 'Enumeration') {
      single('algorithm', algorithmOf(value.value));
    } else if (isCustomAttributeName(name)) customAttributes.push(toNewAttribute(attribute));
    else others.push(toNewAttribute(attribute));
  }
  if (names.length > 0) criteria.names = names;
  if (customAttributes.length > 0) criteria.customAttributes = customAttributes;
  return { criteria, others, impossible };
}

import { sameAttributeValue, type AttributeValue } from '../shared/attribute-value';
import type { IsoDateTime } from '../shared/iso-date-time';
import { own } from '../shared/own';
import { attributeRule } from './attribute-rules';
import { OBJECT_TYPE_NAMES, REVOCATION_REASON_NAMES, STATE_NAMES } from './kmip-names';
import type { AttributeInstance, ManagedObject } from './managed-object.state';
import type { IndexedAttribute } from './new-attribute';

const single = (value: AttributeValue): readonly AttributeInstance[] => [{ index: 0, value }];
const date = (value: IsoDateTime | undefined): readonly AttributeInstance[] =>
  value === undefined ? [] : single({ kind: 'dateTime', value });
const int = (value: number | undefined): readonly AttributeInstance[] =>
  value === undefined ? [] : single({ kind: 'integer', value });

/** The attributes kept in typed fields, read as KMIP attributes (what Get Attributes returns). */
const FIELD_READERS: ReadonlyMap<string, (o: ManagedObject) => readonly AttributeInstance[]> = new Map([
  ['Unique Identifier', (o: ManagedObject) => single({ kind: 'text', value: o.objectId })],
  ['Object Type', (o: ManagedObject) => single({ kind: 'enumeration', value: OBJECT_TYPE_NAMES[o.objectType] })],
  [
    'Cryptographic Algorithm',
    (o: ManagedObject) =>
      o.cryptographicAlgorithm === undefined ? [] : single({ kind: 'enumeration', value: o.cryptographicAlgorithm }),
  ],
  ['Cryptographic Length', (o: ManagedObject) => int(o.cryptographicLength)],
  ['Cryptographic Usage Mask', (o: ManagedObject) => int(o.cryptographicUsageMask)],
  ['State', (o: ManagedObject) => single({ kind: 'enumeration', value: STATE_NAMES[o.state] })],
  ['Initial Date', (o: ManagedObject) => date(o.dates.initialDate)],
  ['Activation Date', (o: ManagedObject) => date(o.dates.activationDate)],
  ['Deactivation Date', (o: ManagedObject) => date(o.dates.deactivationDate)],
  ['Destroy Date', (o: ManagedObject) => date(o.dates.destroyDate)],
  ['Compromise Occurrence Date', (o: ManagedObject) => date(o.dates.compromiseOccurrenceDate)],
  ['Compromise Date', (o: ManagedObject) => date(o.dates.compromiseDate)],
  ['Last Change Date', (o: ManagedObject) => date(o.dates.lastChangeDate)],
  [
    'Revocation Reason',
    (o: ManagedObject) =>
      o.revocationReason === undefined
        ? []
        : single({
            kind: 'structure',
            fields: [
              {
                name: 'Revocation Reason Code',
                value: { kind: 'enumeration', value: REVOCATION_REASON_NAMES[o.revocationReason.code] },
              },
              ...(o.revocationReason.message === undefined
                ? []
                : [
                    { name: 'Revocation Message', value: { kind: 'text', value: o.revocationReason.message } as const },
                  ]),
            ],
          }),
  ],
]);

/** The instances an object has of one attribute, wherever the state keeps it; none for an unknown name. */
export function instancesOf(object: ManagedObject, name: string): readonly AttributeInstance[] {
  const rule = attributeRule(name);
  if (rule === undefined) return [];
  const reader = FIELD_READERS.get(name);
  if (reader !== undefined) return reader(object);
  return own(object.attributes, name) ?? [];
}

/** Every attribute of an object, typed fields first, then the others by name. */
export function attributeView(object: ManagedObject): readonly IndexedAttribute[] {
  const fromFields = [...FIELD_READERS.entries()].flatMap(([name, read]) =>
    read(object).map((i) => ({ name, index: i.index, value: i.value })),
  );
  const fromMap = Object.keys(object.attributes)
    .sort()
    .flatMap((name) => (own(object.attributes, name) ?? []).map((i) => ({ name, index: i.index, value: i.value })));
  return [...fromFields, ...fromMap];
}

/** The index of the instance holding `value` (how a 2.x Current Attribute names an instance), if any. */
export function findAttributeIndex(object: ManagedObject, name: string, value: AttributeValue): number | undefined {
  return instancesOf(object, name).find((i) => sameAttributeValue(i.value, value))?.index;
}

import type { AttributeValue } from '../shared/attribute-value';
import { own } from '../shared/own';
import { attributeRule } from './attribute-rules';
import type { KeyCreated, ManagedObjectEvent, ObjectRegistered } from './managed-object.events';
import type { AttributeInstance, ManagedObject, ManagedObjectState } from './managed-object.state';
import type { IndexedAttribute } from './new-attribute';

/** Places one attribute instance wherever the state keeps that attribute. */
function place(object: ManagedObject, name: string, index: number, value: AttributeValue): ManagedObject {
  const placement = attributeRule(name)?.placement ?? 'attributes';
  if (placement === 'activationDate' || placement === 'deactivationDate') {
    return value.kind === 'dateTime' ? { ...object, dates: { ...object.dates, [placement]: value.value } } : object;
  }
  if (placement === 'field') return object; // read-only attributes change through their own events only
  const others = (own(object.attributes, name) ?? []).filter((i) => i.index !== index);
  const instances: AttributeInstance[] = [...others, { index, value }].sort((a, b) => a.index - b.index);
  return {
    ...object,
    attributes: { ...object.attributes, [name]: instances },
    nextAttributeIndex: {
      ...object.nextAttributeIndex,
      [name]: Math.max(own(object.nextAttributeIndex, name) ?? 0, index + 1),
    },
  };
}

function remove(object: ManagedObject, name: string, index: number): ManagedObject {
  const remaining = (own(object.attributes, name) ?? []).filter((i) => i.index !== index);
  const attributes = Object.fromEntries(Object.entries(object.attributes).filter(([n]) => n !== name));
  return { ...object, attributes: remaining.length === 0 ? attributes : { ...attributes, [name]: remaining } };
}

function created(data: KeyCreated['data'] | ObjectRegistered['data'], version: number): ManagedObject {
  const base: ManagedObject = {
    status: 'Known',
    objectId: data.objectId,
    tenant: data.tenant,
    objectType: data.objectType,
    state: data.state,
    ...(data.cryptographicAlgorithm === undefined ? {} : { cryptographicAlgorithm: data.cryptographicAlgorithm }),
    ...(data.cryptographicLength === undefined ? {} : { cryptographicLength: data.cryptographicLength }),
    ...(data.cryptographicUsageMask === undefined ? {} : { cryptographicUsageMask: data.cryptographicUsageMask }),
    attributes: {},
    nextAttributeIndex: {},
    dates: { initialDate: data.at, lastChangeDate: data.at },
    wrapping: { rootKeyId: data.wrappedBy.rootKeyId, rootKeyVersion: data.wrappedBy.rootKeyVersion },
    keyMaterialDestroyed: false,
    version,
  };
  return data.attributes.reduce((o: ManagedObject, a: IndexedAttribute) => place(o, a.name, a.index, a.value), base);
}

/**
 * Applies one event. Events are facts already decided, so evolve never refuses; every event counts towards
 * `version`, which is what the projector compares with the next event's `expectedVersion`.
 */
export function evolveManagedObject(state: ManagedObjectState, event: ManagedObjectEvent): ManagedObjectState {
  const version = state.version + 1;
  if (event.type === 'KeyCreated' || event.type === 'ObjectRegistered') {
    return state.status === 'Known' ? { ...state, version } : created(event.data, version);
  }
  if (state.status !== 'Known') return { status: 'Unknown', version };
  const o: ManagedObject = { ...state, version, dates: { ...state.dates, lastChangeDate: event.data.at } };
  switch (event.type) {
    case 'KeyActivated':
      return { ...o, state: 'Active', dates: { ...o.dates, activationDate: event.data.activationDate } };
    case 'KeyDeactivated':
      return { ...o, state: 'Deactivated', dates: { ...o.dates, deactivationDate: event.data.deactivationDate } };
    case 'KeyRevoked': {
      const d = event.data;
      return {
        ...o,
        state: d.state,
        revocationReason: d.reason,
        dates: {
          ...o.dates,
          ...(d.compromiseDate === undefined ? {} : { compromiseDate: d.compromiseDate }),
          ...(d.compromiseOccurrenceDate === undefined ? {} : { compromiseOccurrenceDate: d.compromiseOccurrenceDate }),
          ...(d.deactivationDate === undefined ? {} : { deactivationDate: d.deactivationDate }),
        },
      };
    }
    case 'KeyDestroyed':
      return {
        ...o,
        state: event.data.state,
        keyMaterialDestroyed: true,
        dates: { ...o.dates, destroyDate: event.data.destroyDate },
      };
    case 'AttributeAdded':
    case 'AttributeModified':
      return place(o, event.data.name, event.data.index, event.data.value);
    case 'AttributeSet':
      return place(o, event.data.name, 0, event.data.value);
    case 'AttributeDeleted':
      return remove(o, event.data.name, event.data.index);
    case 'KeyRewrapped':
      // The key itself is unchanged, so its Last Change Date is too (KMIP 1.4 §3.38 lists no such operation).
      return {
        ...state,
        version,
        wrapping: { rootKeyId: event.data.rootKeyId, rootKeyVersion: event.data.rootKeyVersion },
      };
    default: {
      const unexpected: never = event;
      void unexpected;
      return { ...state, version };
    }
  }
}

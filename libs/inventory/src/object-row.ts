import type { AttributeInstance, ManagedObjectState } from '@kmip/key-lifecycle';
import { attributeKey } from './attribute-key';

/** The columns of one `objects` row besides its key: the state, and the fields Locate filters on. */
export interface ObjectRow {
  readonly version: number;
  readonly state: ManagedObjectState;
  readonly objectType: string | null;
  readonly kmipState: string | null;
  readonly algorithm: string | null;
  /** The Name Value of each Name instance (KMIP 1.4 §3.2). */
  readonly names: string[];
  /** Custom attributes (1.4 §3.39, `x-` and `y-`) by name, each with its instances' values in index order. */
  readonly customAttributes: Record<string, unknown[]>;
  /** `attributeKey` of every instance of the attributes kept in the state's generic map. */
  readonly attributeKeys: string[];
  readonly rootKeyId: string | null;
  readonly rootKeyVersion: number | null;
}

function nameValueOf(instance: AttributeInstance): string | undefined {
  const value = instance.value;
  if (value.kind !== 'structure') return undefined;
  const field = value.fields.find((f) => f.name === 'Name Value');
  return field?.value.kind === 'text' ? field.value.value : undefined;
}

export function objectRow(state: ManagedObjectState): ObjectRow {
  if (state.status !== 'Known') {
    return {
      version: state.version,
      state,
      objectType: null,
      kmipState: null,
      algorithm: null,
      names: [],
      customAttributes: {},
      attributeKeys: [],
      rootKeyId: null,
      rootKeyVersion: null,
    };
  }
  const entries = Object.entries(state.attributes);
  return {
    version: state.version,
    state,
    objectType: state.objectType,
    kmipState: state.state,
    algorithm: state.cryptographicAlgorithm ?? null,
    names: (state.attributes['Name'] ?? []).flatMap((i) => nameValueOf(i) ?? []),
    customAttributes: Object.fromEntries(
      entries
        .filter(([name]) => /^[xy]-./.test(name))
        .map(([name, instances]) => [name, instances.map((i) => i.value)]),
    ),
    attributeKeys: entries.flatMap(([name, instances]) => instances.map((i) => attributeKey(name, i.value))),
    rootKeyId: state.wrapping.rootKeyId,
    rootKeyVersion: state.wrapping.rootKeyVersion,
  };
}

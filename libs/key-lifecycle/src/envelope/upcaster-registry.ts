import type { LifecycleEventType } from './event-catalog';

/** Turns the data of `type` at `fromVersion` into the data of version `fromVersion + 1`. */
export interface Upcaster {
  readonly type: LifecycleEventType;
  readonly fromVersion: number;
  readonly upcast: (data: unknown) => unknown;
}

export type UpcasterRegistry = ReadonlyMap<string, Upcaster>;

const keyOf = (type: string, fromVersion: number): string => `${type}@${fromVersion}`;

export function upcasterRegistry(upcasters: readonly Upcaster[]): UpcasterRegistry {
  const registry = new Map<string, Upcaster>();
  for (const u of upcasters) {
    const key = keyOf(u.type, u.fromVersion);
    if (registry.has(key)) throw new Error(`two upcasters for ${key}`);
    registry.set(key, u);
  }
  return registry;
}

/** Upcasts data step by step to `toVersion`, or says which step is missing. */
export function upcast(
  registry: UpcasterRegistry,
  type: LifecycleEventType,
  fromVersion: number,
  toVersion: number,
  data: unknown,
): { readonly ok: true; readonly data: unknown } | { readonly ok: false; readonly message: string } {
  let current = data;
  for (let v = fromVersion; v < toVersion; v++) {
    const step = registry.get(keyOf(type, v));
    if (step === undefined) return { ok: false, message: `no upcaster for ${type} from schema version ${v}` };
    current = step.upcast(current);
  }
  return { ok: true, data: current };
}

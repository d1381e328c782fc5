import type {
  CryptographicAlgorithm,
  KmipState,
  ManagedObjectState,
  NewAttribute,
  ObjectType,
  TenantState,
} from '@kmip/key-lifecycle';

/**
 * What a Locate may ask the read model (KMIP 1.4 §4.9): an object matches when it matches every criterion given.
 * `names` are Name Values the object must all have; `customAttributes` are attribute instances the object must each
 * have an equal instance of.
 */
export interface LocateCriteria {
  readonly names?: readonly string[];
  readonly objectType?: ObjectType;
  readonly state?: KmipState;
  readonly algorithm?: CryptographicAlgorithm;
  readonly customAttributes?: readonly NewAttribute[];
  readonly maxItems?: number;
  readonly offsetItems?: number;
}

/**
 * The inventory read model as the request processor reads it (DESIGN §3, write protocol step 1). Objects of another
 * tenant do not exist for a reader: `getObject` answers them Unknown.
 */
export interface InventoryReader {
  getObject(tenant: string, objectId: string): Promise<ManagedObjectState>;
  getTenant(tenant: string): Promise<TenantState>;
  /** Identifiers of the tenant's matching objects, in creation order. */
  locate(tenant: string, criteria: LocateCriteria): Promise<string[]>;
}

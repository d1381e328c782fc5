/* Replays of the two kinds of stream from nothing: the read model's rows are these folds. */
import { evolveManagedObject } from './managed-object/managed-object.evolve';
import type { ManagedObjectEvent } from './managed-object/managed-object.events';
import { initialManagedObjectState, type ManagedObjectState } from './managed-object/managed-object.state';
import { fold } from './shared/fold';
import { evolveTenant } from './tenant/tenant.evolve';
import type { TenantEvent } from './tenant/tenant.events';
import { initialTenantState, type TenantState } from './tenant/tenant.state';

/** The state of an object after its events, from nothing. */
export const foldManagedObject = (events: Iterable<ManagedObjectEvent>): ManagedObjectState =>
  fold(evolveManagedObject, initialManagedObjectState(), events);

/** The state of a tenant after its events, from nothing. */
export const foldTenant = (events: Iterable<TenantEvent>): TenantState =>
  fold(evolveTenant, initialTenantState(), events);

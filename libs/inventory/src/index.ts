// The records gateways append and read back
export { decodeAccessRecord, encodeAccessRecord, toAccessAppendRecord } from './access-record';
export type { AccessRecord, AccessRecordResult } from './access-record';
export {
  COMMAND_EVENTS_HEADER,
  COMMAND_ID_HEADER,
  EVENT_TYPE_HEADER,
  toCommandRecords,
  VERDICT_CHANNEL_HEADER,
} from './command-records';
export type { EventVerdict, VerdictKind } from './verdict';

// The read model
export { DEFAULT_INVENTORY_SCHEMA, InventoryTables, type InventoryOptions } from './inventory-tables';
export { ensureInventorySchema, inventorySchemaSql } from './inventory-schema';
export { InventoryReadModel } from './inventory-read-model';
export type { AccessQuery, AuditEvent, ClientRecord, RootKeyVersionObjects } from './inventory-read-model';
export type { LocateCriteria } from './locate-query';

// The projector and what it signals
export { ACCESS_TOPIC, EVENTS_TOPIC, INVENTORY_GROUP, startProjector } from './start-projector';
export type { ProjectorOptions, RunningProjector } from './start-projector';
export { EventProjector, type EventProjectorOptions } from './event-projector';
export { projectionStatistics, TableStatistics, type TableStatisticsOptions } from './table-statistics';
export { AccessProjector, type AccessProjectorOptions } from './access-projector';
export { rebuildInventory, type RebuildOptions } from './rebuild-inventory';
export { newVerdictChannel, VERDICTS_CHANNEL, verdictChannelFor } from './verdict-notification';
export { OBJECTS_CHANNEL, TENANT_CHANGE_ID, watchObjectChanges, type ObjectRef } from './object-change-notification';
export { VerdictWaiter, type CommandOutcome, type VerdictWaiterOptions } from './verdict-waiter';
export { CLIENTS_CHANNEL, watchClientRemovals, type ClientRemoval } from './client-notification';
export { consoleInventoryLogger, type InventoryLogger } from './inventory.logger';

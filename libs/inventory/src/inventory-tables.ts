import { sqlIdentifier } from '@kmip/sql';

/** The PostgreSQL schema of the read model when none is configured. */
export const DEFAULT_INVENTORY_SCHEMA = 'inventory';

export interface InventoryOptions {
  /** PostgreSQL schema holding the read model, so tests and tenants of a dev setup don't collide. */
  readonly schema?: string;
}

/** Qualified names of the read model's tables in one schema (checked once, then safe to build into SQL). */
export class InventoryTables {
  readonly schema: string;
  readonly objects: string;
  readonly tenants: string;
  readonly clients: string;
  readonly auditEvents: string;
  readonly accessLog: string;
  readonly verdicts: string;
  readonly consumerPositions: string;

  constructor(schema: string = DEFAULT_INVENTORY_SCHEMA) {
    this.schema = sqlIdentifier(schema, 'inventory schema');
    this.objects = `${this.schema}.objects`;
    this.tenants = `${this.schema}.tenants`;
    this.clients = `${this.schema}.clients`;
    this.auditEvents = `${this.schema}.audit_events`;
    this.accessLog = `${this.schema}.access_log`;
    this.verdicts = `${this.schema}.verdicts`;
    this.consumerPositions = `${this.schema}.consumer_positions`;
  }
}

export { AuditInventoryModule } from './audit-inventory.module';
export type { AuditInventoryOptions } from './audit-inventory.options';
export { READ_MODEL } from './http/tokens';
export { readAuditInventoryConfig, type AuditInventoryConfig } from './config/audit-inventory.config';

// Tenant administration through the write path (first start, admin endpoint, kmipctl)
export {
  TenantAdministration,
  type TenantAdministrationOptions,
  type TenantOutcome,
} from './admin/tenant-administration';
export { TenantAdministrationError } from './admin/tenant-administration.error';
export { ALL_OPERATIONS, tenantRequestProblem, toTenantCommand, type TenantRequest } from './admin/tenant-request';
export type { AdminEndpointFile } from './admin/admin-endpoint';
export { readAdminEndpointFile, sendTenantRequest } from './admin/admin-endpoint.client';

// The data directory
export { dataDirLayout, type DataDirLayout } from './data-dir/data-dir-layout';
export { DataDirBusyError, lockDataDir, lockHolder, type DataDirLock } from './data-dir/data-dir-lock';
export { ensureTenantKeystore, isFileSafeTenant, keystorePath, TenantKeystores } from './tenancy/tenant-keystores';

// The server's settings and what it prints (the server itself is `main.ts`: `npm start`)
export { readEmbeddedConfig, EmbeddedConfigError, type EmbeddedConfig } from './config/embedded.config';
export { EMBEDDED_INVENTORY_SCHEMA, EMBEDDED_KEY_WRAPPING_SCHEMA } from './runtime/embedded-schemas';
export { pykmipExample, startBanner, type StartBannerFacts } from './bootstrap/start-banner';

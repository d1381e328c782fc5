import type { EventLog } from '@kmip/event-log';
import type { ProjectorOptions } from '@kmip/inventory';
import type { SqlDatabase } from '@kmip/sql';

export interface AuditInventoryOptions {
  /** The log to project; without it the module only serves the read model (another process projects). */
  readonly eventLog?: EventLog;
  readonly db: SqlDatabase;
  /** PostgreSQL schema of the read model (default `inventory`). */
  readonly schema?: string;
  readonly projector?: Omit<ProjectorOptions, 'schema'>;
  /** Called once if the projector stops on an error (the host usually exits, to be restarted). */
  readonly onProjectorFailure?: (error: unknown) => void;
}

/** What a running embedded server writes into its data directory so that kmipctl can reach it. */
export interface AdminEndpointFile {
  readonly pid: number;
  readonly port: number;
  /** A random bearer token: only who can read the data directory can administer the server. */
  readonly token: string;
}

export const ADMIN_PATH = '/tenant-requests';

/** The body kmipctl posts. */
export interface AdminRequestBody {
  readonly operator: string;
  readonly request: unknown;
}

/** The answer: the outcome, or why not (`reason` as in TenantAdministrationError). */
export type AdminResponseBody =
  | { readonly ok: true; readonly changed: boolean; readonly version: number; readonly events: readonly string[] }
  | { readonly ok: false; readonly reason: string; readonly message: string };

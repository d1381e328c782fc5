/**
 * Why a tenant request did not change anything it should have:
 * - a KMIP Result Reason name (`ItemNotFound`, `ObjectAlreadyExists`, `IllegalOperation`, `InvalidField`, …): the
 *   decider refused it, nothing was appended;
 * - `Conflict`: the tenant kept changing under the request (every retry lost its expectedVersion);
 * - `Rejected`: the projector refused the appended records;
 * - `Timeout`: no verdict in time (the events are in the log and may still be applied);
 * - `InvalidRequest`: the request itself is malformed.
 * Messages name tenants, fingerprints and fields, never a credential.
 */
export class TenantAdministrationError extends Error {
  constructor(
    readonly reason: string,
    message: string,
  ) {
    super(message);
    this.name = 'TenantAdministrationError';
  }
}

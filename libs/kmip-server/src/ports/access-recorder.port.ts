/**
 * One record of `kmip.access` (DESIGN §3): a read of key material or attributes, or a refused request. It names who
 * asked what about which object and how it ended; never key material, never an attribute value.
 */
export interface AccessRecord {
  /** A UUID. */
  readonly id: string;
  /** ISO-8601 UTC, whole seconds. */
  readonly at: string;
  readonly tenant?: string;
  readonly client: { readonly fingerprint: string; readonly address: string };
  /** The Operation enumeration's name without spaces (`Get`, `GetAttributes`), or `Unknown`. */
  readonly operation: string;
  readonly objectId?: string;
  /** `Success`, or the Result Reason's name without spaces (`ItemNotFound`, `PermissionDenied`, …). */
  readonly result: string;
}

/** Appends access records to `kmip.access`; resolves once the log acknowledged all of them. */
export interface AccessRecorder {
  record(records: readonly AccessRecord[]): Promise<void>;
}

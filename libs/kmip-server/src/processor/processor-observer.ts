/**
 * Hooks for logs and metrics. Events name the tenant, the client, the operation and its result: never a payload, an
 * attribute value or key material.
 */
export interface OperationEvent {
  readonly tenant: string;
  readonly fingerprint: string;
  readonly operation: string;
  /** 'Success', 'Undone', 'NotProcessed', or the Result Reason name. */
  readonly result: string;
}

export interface ProcessorObserver {
  operation?(event: OperationEvent): void;
  /** An error no mapping expected (answered as General Failure); for the server's own log. */
  unexpectedError?(operation: string, error: unknown): void;
  /** The access records of a request could not be appended; reads of key material in it were refused. */
  accessLogFailed?(error: unknown): void;
}

import type { Actor, IsoDateTime } from '@kmip/key-lifecycle';
import type { ProtocolVersion, RequestPayloadOf, ResponsePayloadOf, SupportedOperation } from '@kmip/kmip';
import type { IdGenerator } from '../ports/id-generator.port';
import type { InventoryReader } from '../ports/inventory-reader.port';
import type { KeyWrappingClient } from '../ports/key-wrapping-client.port';
import type { ObjectStore } from '../write/object-write';

/** What Query Server Information answers (KMIP 1.4 §4.25). */
export interface ServerIdentity {
  readonly vendorIdentification: string;
  readonly serverName: string;
  readonly serverVersion: string;
}

/** The server-wide parts an operation may use. */
export interface OperationServices {
  readonly inventory: InventoryReader;
  readonly keyWrapping: KeyWrappingClient;
  readonly ids: IdGenerator;
  readonly server: ServerIdentity;
  /** The protocol versions this server speaks, newest first (Discover Versions). */
  readonly supportedVersions: readonly ProtocolVersion[];
  /** The operations this server implements (Query Operations). */
  readonly operations: readonly number[];
}

/** One batch item's view of its request. */
export interface OperationContext {
  /** The version the response is written in: the request's. */
  readonly version: ProtocolVersion;
  readonly tenant: string;
  readonly actor: Actor;
  readonly now: IsoDateTime;
  /** The ID Placeholder the earlier items of the batch left (KMIP 1.4 §3.1 … §4). */
  readonly idPlaceholder: string | undefined;
  readonly objects: ObjectStore;
  readonly services: OperationServices;
}

export interface OperationOutcome<Op extends SupportedOperation> {
  readonly response: ResponsePayloadOf<Op>;
  /** The object the operation was about, for the access log. */
  readonly objectId?: string;
  /** Sets the batch's ID Placeholder for the items that follow. */
  readonly idPlaceholder?: string;
  /** Called once the response is encoded (or dropped): zeroes key material the response holds. */
  readonly dispose?: () => void;
}

/** One operation: a typed request payload in, a typed response payload out; refusals are thrown. */
export type OperationHandler<Op extends SupportedOperation> = (
  request: RequestPayloadOf<Op>,
  context: OperationContext,
) => Promise<OperationOutcome<Op>>;

export type OperationHandlers = { readonly [Op in SupportedOperation]?: OperationHandler<Op> };

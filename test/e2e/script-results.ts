/** What the Python scripts of `test/e2e/py/` print (names as PyKMIP's enumerations spell them). */

export interface ItemResult {
  readonly status: string;
  readonly reason: string | null;
}

export interface AttributesResult extends ItemResult {
  readonly payloadTags: string[];
  readonly uniqueIdentifier: string | null;
  readonly attributes: { name: string; value: unknown }[];
}

export interface GetSummary extends ItemResult {
  readonly objectType?: string;
  readonly uniqueIdentifier?: string;
  readonly keyFormatType?: string | null;
  readonly algorithm?: string | null;
  readonly length?: number | null;
  readonly wrapped?: boolean | null;
  readonly materialLength?: number | null;
  readonly materialSha256?: string | null;
}

/** vcenter_sequence.py */
export interface VcenterSequenceResult {
  readonly responseVersions: (string | null)[];
  readonly statusPoll: (ItemResult & { versions: string[] })[];
  readonly query: ItemResult & { vendorIdentification: string | null };
  readonly wrongPassword?: ItemResult;
  readonly discover: ItemResult & { versions: string[] };
  readonly create: ItemResult & { uniqueIdentifier: string | null; objectType: string | null };
  readonly stateAfterCreate: AttributesResult;
  readonly getCustomAbsent: AttributesResult;
  readonly addAttributes: {
    sentBatchIds: string[];
    items: (ItemResult & {
      operation: string | null;
      batchId: string | null;
      uniqueIdentifier: string | null;
      attributeName: string | null;
      attributeValue: unknown;
    })[];
  };
  readonly getCustomPresent: AttributesResult;
  readonly stateBeforeActivate: AttributesResult;
  readonly activate: ItemResult & { uniqueIdentifier: string | null };
  readonly stateAfterActivate: AttributesResult;
  readonly get: GetSummary;
}

/** One step of pykmip_operations.py. */
export type Step<T extends object = object> =
  ({ ok: true } & T) | { ok: false; status?: string; reason?: string; message?: string; error?: string };

export interface KeySummary {
  objectType: string;
  algorithm: string;
  length: number;
  keyFormatType: string;
  materialLength: number;
  materialSha256: string;
}

export interface PykmipOperationsResult {
  create: Step<{ uniqueIdentifier: string }>;
  getCreated?: Step<KeySummary>;
  getCreatedAgain?: Step<KeySummary>;
  register?: Step<{ uniqueIdentifier: string; materialSha256: string }>;
  getRegistered?: Step<KeySummary>;
  getAttributes?: Step<{ uniqueIdentifier: string; attributes: Record<string, unknown> }>;
  getAttributeList?: Step<{ names: string[] }>;
  locateCreated?: Step<{ uniqueIdentifiers: string[] }>;
  locateRegistered?: Step<{ uniqueIdentifiers: string[] }>;
  locateUnknown?: Step<{ uniqueIdentifiers: string[] }>;
  activate?: Step;
  stateAfterActivate?: Step<{ attributes: { State: string } }>;
  destroyActive?: Step;
  revoke?: Step;
  stateAfterRevoke?: Step<{ attributes: { State: string } }>;
  destroyDeactivated?: Step;
  stateAfterDestroy?: Step<{ attributes: { State: string } }>;
  getDestroyed?: Step<KeySummary>;
  destroyPreActive?: Step;
  getUnknown?: Step<KeySummary>;
}

/** create_loop.py */
export type LoopEvent =
  | { event: 'ack'; attempt: number; id: string; endpoint: string }
  | { event: 'fetched'; id: string; sha256: string; length: number }
  | { event: 'fetch-failed'; id: string; error: string }
  | { event: 'create-failed'; attempt: number; reason: string; message: string }
  | { event: 'create-lost'; attempt: number; error: string }
  | { event: 'connect-failed'; endpoint: string; error: string }
  | { event: 'done'; attempts: number; acks: number };

/** inspect_objects.py */
export interface InspectedObject {
  get: Step<{ objectType: string; keyFormatType: string; length: number; sha256: string }>;
  state: Step<{ state: string | null }>;
}

export interface InspectResult {
  objects: Record<string, InspectedObject>;
}

/** raw_bytes.py */
export interface RawCaseResult {
  outcome: 'response' | 'closed' | 'timeout' | 'undecodable';
  tag?: string;
  version?: string | null;
  items?: (ItemResult & { operation: string | null; batchId: string | null; message: string | null })[];
  afterwards?: string;
  error?: string;
}

/** tls_session.py --mode probe (and the reconnect of --mode held) */
export interface ProbeResult {
  connected: boolean;
  refusedAt: 'handshake' | 'request' | null;
  discover?: ItemResult;
  error?: string;
}

export type HeldEvent =
  | { event: 'ready'; discover: ItemResult }
  | {
      event: 'checked';
      closedByServer: boolean;
      reuse: { answered: boolean; discover?: ItemResult; error?: string };
      reconnect: ProbeResult;
    };

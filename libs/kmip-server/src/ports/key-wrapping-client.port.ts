/**
 * The key-wrapping service as the gateway reaches it (DESIGN §4): generate or register a KEK (kept wrapped by the
 * service), unwrap it for a Get. libs/key-wrapping defines the port with its in-process and mTLS RPC adapters; every
 * failure carries a `KeyWrappingClientErrorCode`, which `result-reason.mapping.ts` turns into a Result Reason.
 */
export type { KeyWrappingClient, WrappedKekReference } from '@kmip/key-wrapping';

/**
 * What travels between the RPC client and the service (NestJS TCP transport, JSON inside mutual TLS): message
 * patterns, payload shapes, and the checks both ends apply. Key material is base64 in the JSON; it crosses the wire
 * only inside the mTLS channel. Errors travel as `{ code, message, retryable }`.
 */
import { KEK_LENGTHS_BITS, type KekLengthBits } from '../kek/kek-generator';
import { MAX_AAD_FIELD_BYTES } from '../kek-aad';
import type { ProviderKind, WrapMechanism } from '../root-key-provider.port';
import {
  InvalidKeyWrappingRequestError,
  isKeyWrappingClientErrorCode,
  KeyWrappingClientError,
  keyWrappingClientError,
  KeyWrappingInternalError,
  type KeyWrappingClientErrorCode,
} from './key-wrapping-client.errors';
import type { KeyWrappingHealthReport, WrappedKekReference } from './key-wrapping.client';

export const KEY_WRAPPING_PATTERNS = {
  generate: 'kek.generate',
  register: 'kek.register',
  unwrap: 'kek.unwrap',
  /** generate / register / unwrap calls together (key-wrapping.rpc-batch.ts) */
  batch: 'kek.batch',
  health: 'health',
} as const;

/** The IANA-unassigned port next to KMIP's 5696. */
export const DEFAULT_KEY_WRAPPING_PORT = 5697;

/** Longest key material accepted on the wire, base64 (a 256-bit key takes 44 characters). */
const MAX_MATERIAL_BASE64 = 128;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export interface GenerateWire {
  readonly tenant: string;
  readonly objectId: string;
  readonly lengthBits: KekLengthBits;
}

export interface RegisterWire {
  readonly tenant: string;
  readonly objectId: string;
  /** base64 */
  readonly material: string;
}

export interface UnwrapWire {
  readonly tenant: string;
  readonly objectId: string;
}

export interface HealthWire {
  readonly tenant?: string;
}

export interface UnwrapReplyWire {
  /** base64 */
  readonly material: string;
}

export interface RpcErrorWire {
  readonly code: KeyWrappingClientErrorCode;
  readonly message: string;
  readonly retryable: boolean;
}

function invalid(message: string): never {
  throw new InvalidKeyWrappingRequestError(message);
}

function record(data: unknown): Record<string, unknown> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) invalid('the request is not an object');
  return data as Record<string, unknown>;
}

/** A tenant or object id: a non-empty, well-formed string the AAD can hold. */
export function checkId(value: unknown, name: string): string {
  if (typeof value !== 'string' || value.length === 0) invalid(`${name} must be a non-empty string`);
  if (/\p{Cs}/u.test(value)) invalid(`${name} is not well-formed Unicode`);
  if (Buffer.byteLength(value, 'utf8') > MAX_AAD_FIELD_BYTES)
    invalid(`${name} is longer than ${MAX_AAD_FIELD_BYTES} bytes`);
  return value;
}

export function checkLengthBits(value: unknown): KekLengthBits {
  if (value === undefined) return 256;
  if (!KEK_LENGTHS_BITS.includes(value as KekLengthBits))
    invalid(`lengthBits must be one of ${KEK_LENGTHS_BITS.join(', ')}`);
  return value as KekLengthBits;
}

export function parseGenerateWire(data: unknown): GenerateWire {
  const r = record(data);
  return {
    tenant: checkId(r.tenant, 'tenant'),
    objectId: checkId(r.objectId, 'objectId'),
    lengthBits: checkLengthBits(r.lengthBits),
  };
}

export function parseUnwrapWire(data: unknown): UnwrapWire {
  const r = record(data);
  return { tenant: checkId(r.tenant, 'tenant'), objectId: checkId(r.objectId, 'objectId') };
}

/** The request with its material decoded; the caller zeroes `material`. */
export function parseRegisterWire(data: unknown): UnwrapWire & { readonly material: Buffer } {
  const r = record(data);
  const address = { tenant: checkId(r.tenant, 'tenant'), objectId: checkId(r.objectId, 'objectId') };
  const text = r.material;
  if (typeof text !== 'string' || text.length === 0 || text.length > MAX_MATERIAL_BASE64 || !BASE64.test(text)) {
    invalid('material must be base64 of at most 96 bytes');
  }
  return { ...address, material: Buffer.from(text, 'base64') };
}

export function parseHealthWire(data: unknown): HealthWire {
  if (data === undefined || data === null) return {};
  const r = record(data);
  return r.tenant === undefined ? {} : { tenant: checkId(r.tenant, 'tenant') };
}

export function toRpcErrorWire(error: KeyWrappingClientError): RpcErrorWire {
  return { code: error.code, message: error.message, retryable: error.retryable };
}

/** Reads an error reply; anything that is not one of ours (a transport failure, a Nest default) is undefined. */
export function fromRpcErrorWire(value: unknown): KeyWrappingClientError | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { code, message, retryable } = value as Record<string, unknown>;
  if (!isKeyWrappingClientErrorCode(code)) return undefined;
  return keyWrappingClientError(code, typeof message === 'string' ? message.slice(0, 500) : code, retryable === true);
}

const MECHANISMS: readonly WrapMechanism[] = ['AES-256-GCM', 'AES-256-KWP-HKDF', 'CKM_AES_GCM', 'KEYPROTECT'];
const PROVIDERS: readonly ProviderKind[] = ['local', 'pkcs11', 'keyprotect'];

function text(value: unknown, name: string): string {
  if (typeof value !== 'string' || value.length === 0) throw new KeyWrappingReplyError(name);
  return value;
}

/** A reply the client cannot read: a version mismatch or a bug, never retried. */
class KeyWrappingReplyError extends KeyWrappingInternalError {
  constructor(field: string) {
    super(`the key-wrapping service sent a reply without a valid ${field}`);
  }
}

export function parseReferenceReply(value: unknown): WrappedKekReference {
  const r = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  if (!MECHANISMS.includes(r.mechanism as WrapMechanism)) throw new KeyWrappingReplyError('mechanism');
  if (typeof r.created !== 'boolean') throw new KeyWrappingReplyError('created');
  return {
    rootKeyId: text(r.rootKeyId, 'rootKeyId'),
    rootKeyVersion: text(r.rootKeyVersion, 'rootKeyVersion'),
    mechanism: r.mechanism as WrapMechanism,
    created: r.created,
  };
}

export function parseUnwrapReply(value: unknown): Buffer {
  const material = (value as Partial<UnwrapReplyWire> | null)?.material;
  if (typeof material !== 'string' || material.length === 0 || !BASE64.test(material)) {
    throw new KeyWrappingReplyError('material');
  }
  return Buffer.from(material, 'base64');
}

export function parseHealthReply(value: unknown): KeyWrappingHealthReport {
  const r = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  if (r.status !== 'ok') throw new KeyWrappingReplyError('status');
  if (!PROVIDERS.includes(r.provider as ProviderKind)) throw new KeyWrappingReplyError('provider');
  if (!MECHANISMS.includes(r.mechanism as WrapMechanism)) throw new KeyWrappingReplyError('mechanism');
  return {
    status: 'ok',
    tenant: text(r.tenant, 'tenant'),
    provider: r.provider as ProviderKind,
    rootKeyId: text(r.rootKeyId, 'rootKeyId'),
    currentRootKeyVersion: text(r.currentRootKeyVersion, 'currentRootKeyVersion'),
    mechanism: r.mechanism as WrapMechanism,
  };
}

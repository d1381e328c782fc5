import {
  enumName,
  KmipError,
  registryVersionOf,
  ResultReason,
  Tag,
  type ProtocolVersion,
  type ResultReasonName,
} from '@kmip/kmip';
import { OperationError } from './operation-error';
import { WriteFailure } from './write-failure';

/** The Result Reason and Result Message a failed batch item is answered with. */
export interface MappedFailure {
  readonly reason: ResultReasonName;
  readonly message: string;
}

interface KeyWrappingFailure {
  readonly reason: ResultReasonName;
  readonly legacy: ResultReasonName;
  readonly message: string;
}

/**
 * Failures of the key-wrapping client (libs/key-wrapping `KeyWrappingClientErrorCode`, the same in-process and over
 * RPC), recognised by their code so that the processor does not load the key-wrapping library. Messages are generic:
 * the client's own name tenants and objects, which is fine for logs but not for the wire.
 */
const KEY_WRAPPING_FAILURES: Readonly<Record<string, KeyWrappingFailure>> = {
  NOT_FOUND: { reason: 'ItemNotFound', legacy: 'ItemNotFound', message: 'the key material is not present' },
  // DESIGN §4: revoking the root key crypto-shreds every key it wrapped. A refusal by policy, defined in 1.x and 2.x.
  ROOT_KEY_REVOKED: {
    reason: 'PermissionDenied',
    legacy: 'PermissionDenied',
    message: "the key is crypto-shredded: its tenant's root key has been revoked",
  },
  UNAVAILABLE: {
    reason: 'GeneralFailure',
    legacy: 'GeneralFailure',
    message: 'the key-wrapping service is unavailable',
  },
  INVALID_REQUEST: { reason: 'InvalidField', legacy: 'InvalidField', message: 'the key material is not acceptable' },
  CONFLICT: {
    reason: 'ObjectAlreadyExists',
    legacy: 'IllegalOperation',
    message: 'the object already holds other key material',
  },
  PEER_NOT_ALLOWED: {
    reason: 'GeneralFailure',
    legacy: 'GeneralFailure',
    message: 'the key-wrapping service refused this gateway',
  },
  INTERNAL: {
    reason: 'CryptographicFailure',
    legacy: 'CryptographicFailure',
    message: 'the key material could not be recovered',
  },
};

/** Where a 2.x response cannot carry a reason KMIP 2.0 removed, the nearest one it defines. */
const REMOVED_IN_2_0: Partial<Record<ResultReasonName, ResultReasonName>> = {
  IllegalOperation: 'IllegalObjectType',
  IndexOutOfBounds: 'AttributeInstanceNotFound',
};

const GENERIC = 'the server could not complete the operation';

/**
 * The one place errors become KMIP Result Reasons (DESIGN §2). Domain refusals answer with their 2.x reason in 2.x
 * and their 1.x reason in 1.x; a reason the request's version does not define becomes the nearest one it does, or
 * General Failure. Anything unexpected is a General Failure with a generic message: no stack, no key material, no
 * internal detail reaches the wire.
 */
export function mapFailure(error: unknown, version: ProtocolVersion): MappedFailure {
  const legacy = version.major < 2;
  if (error instanceof OperationError) {
    return { reason: definedIn(legacy ? error.legacyReason : error.reason, version), message: error.message };
  }
  if (error instanceof KmipError) return { reason: definedIn(error.reason, version), message: error.message };
  if (error instanceof WriteFailure) return { reason: 'GeneralFailure', message: error.message };
  const code = errorCode(error);
  if (code !== undefined) {
    const known = KEY_WRAPPING_FAILURES[code];
    if (known !== undefined) {
      return { reason: definedIn(legacy ? known.legacy : known.reason, version), message: known.message };
    }
    if (code === 'ETIMEDOUT' || code === 'TIMEOUT')
      return { reason: 'GeneralFailure', message: 'the operation timed out' };
  }
  if (error instanceof Error && error.name === 'TimeoutError') {
    return { reason: 'GeneralFailure', message: 'the operation timed out' };
  }
  return { reason: 'GeneralFailure', message: GENERIC };
}

/** `reason` if the response's version defines it, else its nearest 2.x replacement, else General Failure. */
export function definedIn(reason: ResultReasonName, version: ProtocolVersion): ResultReasonName {
  const registryVersion = registryVersionOf(version);
  if (enumName(Tag.ResultReason, ResultReason[reason], registryVersion) !== undefined) return reason;
  const replacement = version.major >= 2 ? REMOVED_IN_2_0[reason] : undefined;
  return replacement ?? 'GeneralFailure';
}

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

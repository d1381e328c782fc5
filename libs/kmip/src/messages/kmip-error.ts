import type { ProtocolVersion } from './protocol-version';
import { ResultReason } from '../registry';

/** A Result Reason by its key in the registry, e.g. 'InvalidMessage', 'OperationNotSupported', 'ItemNotFound'. */
export type ResultReasonName = keyof typeof ResultReason;

/**
 * Where a decoding problem belongs (KMIP 1.4 §11.1): a `message` error is answered with a single failed Batch Item
 * without Operation; a `batch-item` error fails that item only, and the server honours the Batch Error Continuation
 * Option for the others.
 */
export type KmipErrorScope = 'message' | 'batch-item';

/**
 * The error every part of the message model throws for input a server must refuse. It carries the Result Reason to
 * answer with and a message meant for the Result Message field: it names fields and tags, never a value (a value may
 * be key material or a password).
 */
export class KmipError extends Error {
  override readonly name = 'KmipError';

  constructor(
    readonly reason: ResultReasonName,
    message: string,
    readonly scope: KmipErrorScope = 'batch-item',
    /** The request's version when the header could be read, so the server can answer in it. */
    readonly protocolVersion?: ProtocolVersion,
  ) {
    super(message);
  }

  /** The Result Reason enumeration value to put on the wire. */
  get resultReason(): number {
    return ResultReason[this.reason];
  }

  /** The same error, raised to the level of the whole message. */
  atMessageLevel(protocolVersion?: ProtocolVersion): KmipError {
    return new KmipError(this.reason, this.message, 'message', protocolVersion ?? this.protocolVersion);
  }
}

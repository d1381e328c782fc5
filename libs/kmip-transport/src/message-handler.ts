import type { TtlvDecodeError } from '@kmip/kmip';
import type { ClientRecord } from './client-directory.port';
import type { ConnectionContext } from './connection-context';

/**
 * Answers one whole KMIP message (a complete top-level TTLV Structure) with the bytes of one response message. The
 * transport writes responses in request order, so a handler may be called for several messages of a connection at
 * once. A rejection or a non-Buffer result closes the connection: map errors to KMIP results before returning.
 */
export type MessageHandler<C extends ClientRecord = ClientRecord> = (
  message: Buffer,
  context: ConnectionContext<C>,
) => Promise<Buffer>;

/**
 * Called once when the byte stream cannot be framed (a declared length over the limit, a top-level item that is not a
 * Structure). It may return a response to send before the connection is closed (e.g. a KMIP Invalid Message
 * response), or undefined to close without one.
 */
export type MalformedMessageHandler<C extends ClientRecord = ClientRecord> = (
  error: TtlvDecodeError,
  context: ConnectionContext<C>,
) => Buffer | undefined | Promise<Buffer | undefined>;

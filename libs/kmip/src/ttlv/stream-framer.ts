import { asBuffer } from './ttlv-decoder';
import { TtlvDecodeError } from './ttlv-decode-error';
import { DEFAULT_TTLV_LIMITS } from './ttlv-limits';
import { formatTtlvTag } from './ttlv-path';
import { TTLV_HEADER_LENGTH, TtlvTypeCode } from './ttlv-type';

export interface StreamFramerOptions {
  /** Largest message accepted, header included (default: DEFAULT_TTLV_LIMITS.maxMessageLength). */
  readonly maxMessageLength?: number;
}

/**
 * Cuts a TLS byte stream into whole KMIP messages. Each message is one top-level Structure whose 8-byte header
 * declares its length (KMIP 1.4 §9.1; the transport adds no framing of its own).
 *
 * - A declared length over the limit, or a top-level item that is not a Structure, is rejected as soon as the header
 *   is complete, before any of the body is buffered. After an error the framer stays failed: close the connection.
 * - Every byte is copied at most once: a message inside one chunk is returned as a view of that chunk (so do not
 *   reuse a chunk after pushing it; Node's sockets hand out fresh Buffers), a message spread over chunks is assembled
 *   in a buffer of exactly its size allocated once its header is known.
 * - Messages are only framed here; decode each with decodeTtlv.
 */
export class TtlvStreamFramer {
  private readonly maxMessageLength: number;
  private readonly header = Buffer.alloc(TTLV_HEADER_LENGTH);
  private headerFill = 0;
  private body: Buffer | undefined;
  private bodyFill = 0;
  /** Stream offset of the first byte not yet part of a returned message. */
  private messageStart = 0;
  private failure: TtlvDecodeError | undefined;

  constructor(options: StreamFramerOptions = {}) {
    this.maxMessageLength = options.maxMessageLength ?? DEFAULT_TTLV_LIMITS.maxMessageLength;
  }

  /** Bytes received that belong to a message not yet complete. */
  get pendingBytes(): number {
    return this.body === undefined ? this.headerFill : this.bodyFill;
  }

  /** Feeds the next chunk of the stream; returns the messages it completes, in order. */
  push(chunk: Uint8Array): Buffer[] {
    if (this.failure !== undefined) throw this.failure;
    const data = asBuffer(chunk);
    const end = data.length;
    const messages: Buffer[] = [];
    let pos = 0;
    while (pos < end) {
      const body = this.body;
      if (body !== undefined) {
        const take = Math.min(body.length - this.bodyFill, end - pos);
        data.copy(body, this.bodyFill, pos, pos + take);
        this.bodyFill += take;
        pos += take;
        if (this.bodyFill === body.length) this.emit(body, messages);
        continue;
      }
      if (this.headerFill === 0 && end - pos >= TTLV_HEADER_LENGTH) {
        const total = this.checkHeader(data, pos);
        if (end - pos >= total) {
          this.emit(data.subarray(pos, pos + total), messages);
          pos += total;
        } else {
          this.body = Buffer.allocUnsafe(total);
          this.bodyFill = data.copy(this.body, 0, pos, end);
          pos = end;
        }
        continue;
      }
      const take = Math.min(TTLV_HEADER_LENGTH - this.headerFill, end - pos);
      data.copy(this.header, this.headerFill, pos, pos + take);
      this.headerFill += take;
      pos += take;
      if (this.headerFill < TTLV_HEADER_LENGTH) break;
      const total = this.checkHeader(this.header, 0);
      this.headerFill = 0;
      this.body = Buffer.allocUnsafe(total);
      this.bodyFill = this.header.copy(this.body, 0);
      if (this.bodyFill === total) this.emit(this.body, messages);
    }
    return messages;
  }

  private emit(message: Buffer, messages: Buffer[]): void {
    messages.push(message);
    this.messageStart += message.length;
    this.body = undefined;
    this.bodyFill = 0;
  }

  /** Validates a complete header and returns the whole message length. */
  private checkHeader(buf: Buffer, at: number): number {
    const tag = buf.readUIntBE(at, 3);
    const code = buf[at + 3];
    const length = buf.readUInt32BE(at + 4);
    const total = TTLV_HEADER_LENGTH + length;
    if (code !== TtlvTypeCode.Structure) {
      throw this.fail('not-structure', tag, `top-level item type 0x${code.toString(16)} is not a Structure`);
    }
    if (total > this.maxMessageLength) {
      throw this.fail('too-large', tag, `declares ${total} bytes, limit ${this.maxMessageLength}`);
    }
    if (length % 8 !== 0) throw this.fail('bad-length', tag, `Structure of length ${length}, not a multiple of 8`);
    return total;
  }

  private fail(reason: 'not-structure' | 'too-large' | 'bad-length', tag: number, detail: string): TtlvDecodeError {
    this.failure = new TtlvDecodeError(reason, this.messageStart, [tag], `${formatTtlvTag(tag)}: ${detail}`);
    this.body = undefined;
    this.headerFill = 0;
    return this.failure;
  }
}

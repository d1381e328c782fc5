import fc from 'fast-check';
import { encodeTtlv } from './ttlv-encoder';
import { TtlvDecodeError } from './ttlv-decode-error';
import { decodeTtlv } from './ttlv-decoder';
import { TtlvStreamFramer } from './stream-framer';
import { hexBytes } from './vectors/hex';
import { MESSAGE_VECTORS } from './vectors/message-vectors';
import { vcenterCreateRequest, vcenterGetResponse } from './vectors/vcenter-messages';

const MESSAGES: readonly Buffer[] = [
  encodeTtlv(vcenterCreateRequest()),
  ...MESSAGE_VECTORS.map((v) => hexBytes(v.hex)),
  encodeTtlv(vcenterGetResponse()),
];
const STREAM = Buffer.concat(MESSAGES);

function pushAll(framer: TtlvStreamFramer, chunks: readonly Buffer[]): Buffer[] {
  return chunks.flatMap((chunk) => framer.push(chunk));
}

function framerError(action: () => unknown): TtlvDecodeError {
  try {
    action();
  } catch (err) {
    if (err instanceof TtlvDecodeError) return err;
    throw err;
  }
  throw new Error('expected a TtlvDecodeError');
}

describe('TtlvStreamFramer', () => {
  it('yields the same messages for arbitrary chunkings of the stream', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: STREAM.length - 1 }), { maxLength: 40 }), (cuts) => {
        const points = [0, ...cuts.sort((a, b) => a - b), STREAM.length];
        const chunks = points.slice(1).map((end, i) => STREAM.subarray(points[i], end));
        const framer = new TtlvStreamFramer();
        const out = pushAll(framer, chunks);
        expect(out.map((m) => m.toString('hex'))).toEqual(MESSAGES.map((m) => m.toString('hex')));
        expect(framer.pendingBytes).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  it('handles one byte at a time, and many messages in one chunk', () => {
    const byteByByte = new TtlvStreamFramer();
    const out = pushAll(
      byteByByte,
      Array.from(STREAM, (b) => Buffer.from([b])),
    );
    expect(Buffer.concat(out).equals(STREAM)).toBe(true);
    expect(new TtlvStreamFramer().push(STREAM)).toHaveLength(MESSAGES.length);
  });

  it('keeps a partial header and a partial body pending', () => {
    const framer = new TtlvStreamFramer();
    const first = MESSAGES[0];
    expect(framer.push(first.subarray(0, 5))).toEqual([]);
    expect(framer.pendingBytes).toBe(5);
    expect(framer.push(first.subarray(5, 40))).toEqual([]);
    expect(framer.pendingBytes).toBe(40);
    const [message] = framer.push(first.subarray(40));
    expect(message.equals(first)).toBe(true);
    expect(decodeTtlv(message)).toEqual(vcenterCreateRequest());
  });

  it('rejects an over-limit length as soon as the header is complete, before buffering the body', () => {
    const framer = new TtlvStreamFramer({ maxMessageLength: 1024 });
    expect(framer.push(hexBytes('420078 01 0F'))).toEqual([]);
    const err = framerError(() => framer.push(hexBytes('FFFFF8')));
    expect(err.reason).toBe('too-large');
    expect(err.path).toEqual([0x420078]);
    expect(framer.pendingBytes).toBe(0);
    // The framer stays failed: the connection must be closed.
    expect(framerError(() => framer.push(MESSAGES[0])).reason).toBe('too-large');
  });

  it('rejects a top-level item that is not a Structure, at its stream offset', () => {
    const framer = new TtlvStreamFramer();
    const first = MESSAGES[0];
    expect(framer.push(first)).toHaveLength(1);
    const err = framerError(() => framer.push(hexBytes('420020 02 00000004 00000008 00000000')));
    expect(err.reason).toBe('not-structure');
    expect(err.offset).toBe(first.length);
  });

  it('rejects a structure length that is not a multiple of 8', () => {
    expect(framerError(() => new TtlvStreamFramer().push(hexBytes('420078 01 00000009'))).reason).toBe('bad-length');
  });
});

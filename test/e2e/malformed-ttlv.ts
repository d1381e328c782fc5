/**
 * Malformed requests for the gateway, as raw bytes. Two kinds (KMIP 1.4 §11.1, and the transport's framing rules):
 * - `framed`: a well-framed TTLV structure whose content is wrong. The gateway must answer Invalid Message.
 * - `unframed`: bytes that cannot be framed at all (not TTLV, or a length over the limit). The gateway may answer
 *   Invalid Message before closing, or just close.
 */
import { encodeTtlv, Operation, Tag, ttlv, type TtlvItem } from '@kmip/kmip';

export interface MalformedCase {
  readonly name: string;
  readonly bytes: Buffer;
  readonly kind: 'framed' | 'unframed';
}

function header(batchCount: number, major: TtlvItem = ttlv.integer(Tag.ProtocolVersionMajor, 1)): TtlvItem {
  return ttlv.structure(Tag.RequestHeader, [
    ttlv.structure(Tag.ProtocolVersion, [major, ttlv.integer(Tag.ProtocolVersionMinor, 1)]),
    ttlv.integer(Tag.BatchCount, batchCount),
  ]);
}

const discoverVersionsItem = ttlv.structure(Tag.BatchItem, [
  ttlv.enumeration(Tag.Operation, Operation.DiscoverVersions),
  ttlv.structure(Tag.RequestPayload, []),
]);

/** A Request Message whose declared length is 16 bytes more than its content: its last child overruns it. */
function overrunningChild(): Buffer {
  const good = encodeTtlv(ttlv.structure(Tag.RequestMessage, [header(1), discoverVersionsItem]));
  const bytes = Buffer.from(good);
  // The Batch Item is the last child; claim 16 more bytes for it than there are.
  const itemOffset = bytes.length - encodeTtlv(discoverVersionsItem).length;
  bytes.writeUInt32BE(bytes.readUInt32BE(itemOffset + 4) + 16, itemOffset + 4);
  return bytes;
}

export function malformedCases(): MalformedCase[] {
  return [
    { name: 'http-request', kind: 'unframed', bytes: Buffer.from('GET / HTTP/1.1\r\nHost: kmip\r\n\r\n', 'latin1') },
    {
      name: 'length-over-limit',
      kind: 'unframed',
      // Request Message, Structure, length 2 GiB - 8: refused on the header, before anything is buffered.
      bytes: Buffer.from('42007801fffffff8', 'hex'),
    },
    {
      name: 'version-as-text',
      kind: 'framed',
      bytes: encodeTtlv(
        ttlv.structure(Tag.RequestMessage, [header(1, ttlv.text(Tag.ProtocolVersionMajor, '1')), discoverVersionsItem]),
      ),
    },
    {
      name: 'batch-count-mismatch',
      kind: 'framed',
      bytes: encodeTtlv(ttlv.structure(Tag.RequestMessage, [header(2), discoverVersionsItem])),
    },
    { name: 'child-overruns-parent', kind: 'framed', bytes: overrunningChild() },
    {
      name: 'response-sent-as-request',
      kind: 'framed',
      bytes: encodeTtlv(ttlv.structure(Tag.ResponseMessage, [header(1), discoverVersionsItem])),
    },
  ];
}

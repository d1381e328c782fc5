import { crc32c } from './crc32c';
import { decodeProduceResponse, encodeProduceRequest, PRODUCE_API_KEY, PRODUCE_API_VERSION } from './produce.codec';

// kafkajs' own decoders read what this encoder writes: an independent reading of the same protocol guide.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const KafkajsDecoder = require('kafkajs/src/protocol/decoder') as new (buffer: Buffer) => {
  readInt16(): number;
  readInt32(): number;
  readString(): string | null;
  offset: number;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const decodeRecordBatch = require('kafkajs/src/protocol/recordBatch/v0/decoder') as (decoder: unknown) => Promise<{
  firstOffset: string;
  maxTimestamp: string;
  producerId: string;
  producerEpoch: number;
  firstSequence: number;
  inTransaction: boolean;
  records: { key: Buffer; value: Buffer; headers: Record<string, Buffer>; offset: string; timestamp: string }[];
}>;

/**
 * A decoder at the record batch of a request with one topic and one partition, after checking that the batch fills
 * the rest of the request and that its CRC-32C (over attributes … end, after baseOffset, length, leader epoch and
 * magic) is right.
 */
function batchOf(request: Buffer): InstanceType<typeof KafkajsDecoder> {
  const d = new KafkajsDecoder(request);
  for (const read of [4, 2, 2, 4]) d.offset += read; // size, api key, version, correlation id
  d.readString(); // client id
  d.readString(); // transactional id
  d.offset += 2 + 4 + 4; // acks, timeout, topic count
  d.readString(); // topic
  d.offset += 4 + 4; // partition count, partition
  const batchBytes = d.readInt32();
  const batchStart = d.offset;
  expect(batchStart + batchBytes).toBe(request.length);
  expect(request[batchStart + 8 + 4 + 4]).toBe(2); // magic
  const crcAt = batchStart + 8 + 4 + 4 + 1;
  expect(request.readUInt32BE(crcAt)).toBe(crc32c(request, crcAt + 4, request.length));
  return d;
}

const at = Date.UTC(2026, 10, 29, 3, 0, 0);

describe('Produce v3 request', () => {
  const request = encodeProduceRequest({
    correlationId: 77,
    clientId: 'gateway-a',
    acks: -1,
    timeoutMs: 10_000,
    timestampMs: at,
    topics: [
      {
        topic: 'kmip.access',
        partitions: [
          {
            partition: 4,
            records: [
              { key: 'default', value: '{"operation":"Get"}' },
              { key: 'tenant-é', value: Buffer.from([0, 1, 2, 255]), headers: { type: 'KeyCreated', v: '1' } },
              { key: '', value: 'x'.repeat(300) },
            ],
          },
        ],
      },
    ],
  });

  it('is framed by its size and carries the Produce v3 header and acks=all', () => {
    const d = new KafkajsDecoder(request);
    expect(d.readInt32()).toBe(request.length - 4);
    expect(d.readInt16()).toBe(PRODUCE_API_KEY);
    expect(d.readInt16()).toBe(PRODUCE_API_VERSION);
    expect(d.readInt32()).toBe(77);
    expect(d.readString()).toBe('gateway-a');
    expect(d.readString()).toBeNull(); // transactional id
    expect(d.readInt16()).toBe(-1);
    expect(d.readInt32()).toBe(10_000);
    expect(d.readInt32()).toBe(1);
    expect(d.readString()).toBe('kmip.access');
    expect(d.readInt32()).toBe(1);
    expect(d.readInt32()).toBe(4);
  });

  it('holds a magic-2 record batch that kafkajs decodes to the same records, with a correct CRC-32C', async () => {
    const batch = await decodeRecordBatch(batchOf(request));
    expect(batch.producerId).toBe('-1');
    expect(batch.maxTimestamp).toBe(String(at));
    expect(batch.records.map((r) => [r.offset, r.key.toString(), r.value.toString('hex'), r.timestamp])).toEqual([
      ['0', 'default', Buffer.from('{"operation":"Get"}').toString('hex'), String(at)],
      ['1', 'tenant-é', '000102ff', String(at)],
      ['2', '', Buffer.from('x'.repeat(300)).toString('hex'), String(at)],
    ]);
    expect(Object.fromEntries(Object.entries(batch.records[1].headers).map(([k, v]) => [k, v.toString()]))).toEqual({
      type: 'KeyCreated',
      v: '1',
    });
  });

  it("stamps an idempotent producer's id, epoch and first sequence on the batch, outside any transaction", async () => {
    const stamped = encodeProduceRequest({
      correlationId: 78,
      clientId: 'gateway-a',
      acks: -1,
      timeoutMs: 10_000,
      timestampMs: at,
      topics: [
        {
          topic: 'kmip.events',
          partitions: [
            {
              partition: 1,
              records: [{ key: 'default', value: '{}' }],
              producer: { id: 4242n, epoch: 3, baseSequence: 17 },
            },
          ],
        },
      ],
    });
    // The CRC (checked by batchOf) covers the producer fields too.
    const batch = await decodeRecordBatch(batchOf(stamped));
    expect(batch).toMatchObject({ producerId: '4242', producerEpoch: 3, firstSequence: 17, inTransaction: false });
  });

  it('refuses an empty batch', () => {
    expect(() =>
      encodeProduceRequest({
        correlationId: 1,
        clientId: 'c',
        acks: -1,
        timeoutMs: 1,
        timestampMs: at,
        topics: [{ topic: 't', partitions: [{ partition: 0, records: [] }] }],
      }),
    ).toThrow('at least one record');
  });
});

describe('Produce v3 response', () => {
  function response(): Buffer {
    const topic = Buffer.from('kmip.access');
    const b = Buffer.alloc(4 + 4 + 2 + topic.length + 4 + 2 * (4 + 2 + 8 + 8) + 4);
    let o = b.writeInt32BE(77, 0);
    o = b.writeInt32BE(1, o);
    o = b.writeInt16BE(topic.length, o);
    o += topic.copy(b, o);
    o = b.writeInt32BE(2, o);
    for (const [partition, error, base] of [
      [4, 0, 1234567890123n],
      [5, 6, -1n],
    ] as const) {
      o = b.writeInt32BE(partition, o);
      o = b.writeInt16BE(error, o);
      o = b.writeBigInt64BE(base, o);
      o = b.writeBigInt64BE(-1n, o);
    }
    b.writeInt32BE(0, o);
    return b;
  }

  it('gives each partition its error code and base offset', () => {
    expect(decodeProduceResponse(response())).toEqual({
      correlationId: 77,
      partitions: [
        { topic: 'kmip.access', partition: 4, errorCode: 0, baseOffset: 1234567890123 },
        { topic: 'kmip.access', partition: 5, errorCode: 6, baseOffset: -1 },
      ],
    });
  });

  it('refuses every truncation with a RangeError', () => {
    const whole = response();
    for (let n = 0; n < whole.length; n++) {
      expect(() => decodeProduceResponse(whole.subarray(0, n))).toThrow(RangeError);
    }
  });
});

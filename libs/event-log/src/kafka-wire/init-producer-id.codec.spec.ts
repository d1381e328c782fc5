import { decodeInitProducerIdResponse, encodeInitProducerIdRequest } from './init-producer-id.codec';

describe('InitProducerId v1 codec', () => {
  it("encodes the request byte for byte as kafkajs' own encoder does, after the size and header", async () => {
    // kafkajs' request encoder for the same version and fields is the reference for the body.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const kafkajsRequest = require('kafkajs/src/protocol/requests/initProducerId/v1/request') as (fields: {
      transactionalId: string | null;
      transactionTimeout: number;
    }) => { apiKey: number; apiVersion: number; encode: () => Promise<{ buffer: Buffer }> };
    const reference = kafkajsRequest({ transactionalId: null, transactionTimeout: 0x7fffffff });
    const body = (await reference.encode()).buffer;

    const frame = encodeInitProducerIdRequest({ correlationId: 7, clientId: 'kmip-gateway' });
    expect(frame.readInt32BE(0)).toBe(frame.length - 4);
    expect(frame.readInt16BE(4)).toBe(reference.apiKey);
    expect(frame.readInt16BE(6)).toBe(reference.apiVersion);
    expect(frame.readInt32BE(8)).toBe(7);
    expect(frame.readInt16BE(12)).toBe('kmip-gateway'.length);
    expect(frame.toString('utf8', 14, 14 + 12)).toBe('kmip-gateway');
    expect(frame.subarray(14 + 12)).toEqual(body);
  });

  it('decodes the response fields, and refuses a short one', () => {
    const frame = Buffer.alloc(20);
    frame.writeInt32BE(7, 0); // correlation id
    frame.writeInt32BE(0, 4); // throttle
    frame.writeInt16BE(0, 8); // error code
    frame.writeBigInt64BE(123456789012n, 10);
    frame.writeInt16BE(3, 18);
    expect(decodeInitProducerIdResponse(frame)).toEqual({
      correlationId: 7,
      errorCode: 0,
      producerId: 123456789012n,
      producerEpoch: 3,
    });
    for (let length = 0; length < frame.length; length++) {
      expect(() => decodeInitProducerIdResponse(frame.subarray(0, length))).toThrow(RangeError);
    }
  });
});

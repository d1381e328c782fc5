/**
 * The Kafka InitProducerId request (API key 22, version 1) and its response: how an idempotent producer gets the
 * producer id and epoch that the broker keys its record sequences by (KIP-98). Without a transactional id any broker
 * answers. Version 1 (Kafka 2.0) is older than every broker this project runs with and is still served by Kafka 4.
 * Layouts from the Kafka protocol guide (kafka.apache.org/protocol, "InitProducerId API").
 */
export const INIT_PRODUCER_ID_API_KEY = 22;
export const INIT_PRODUCER_ID_API_VERSION = 1;

export interface InitProducerIdResponse {
  readonly correlationId: number;
  readonly errorCode: number;
  readonly producerId: bigint;
  readonly producerEpoch: number;
}

/** The whole request as sent: INT32 size, request header v1, body (no transactional id). */
export function encodeInitProducerIdRequest(fields: { correlationId: number; clientId: string }): Buffer {
  const clientId = Buffer.from(fields.clientId, 'utf8');
  const size = 4 + 2 + 2 + 4 + 2 + clientId.length + 2 + 4;
  const buffer = Buffer.allocUnsafe(size);
  let offset = buffer.writeInt32BE(size - 4, 0);
  offset = buffer.writeInt16BE(INIT_PRODUCER_ID_API_KEY, offset);
  offset = buffer.writeInt16BE(INIT_PRODUCER_ID_API_VERSION, offset);
  offset = buffer.writeInt32BE(fields.correlationId, offset);
  offset = buffer.writeInt16BE(clientId.length, offset);
  offset += clientId.copy(buffer, offset);
  offset = buffer.writeInt16BE(-1, offset); // transactional_id: null (idempotence only)
  // transaction_timeout_ms: unused without a transactional id; the value Kafka's own producer sends then.
  offset = buffer.writeInt32BE(0x7fffffff, offset);
  if (offset !== size) throw new Error(`InitProducerId request: wrote ${offset} of ${size} bytes`);
  return buffer;
}

/** Reads the response (response header v0 and body, without the INT32 size); throws on a short one. */
export function decodeInitProducerIdResponse(frame: Buffer): InitProducerIdResponse {
  if (frame.length < 4 + 4 + 2 + 8 + 2) throw new RangeError('the InitProducerId response is shorter than its fields');
  return {
    correlationId: frame.readInt32BE(0),
    // throttle_time_ms at 4
    errorCode: frame.readInt16BE(8),
    producerId: frame.readBigInt64BE(10),
    producerEpoch: frame.readInt16BE(18),
  };
}

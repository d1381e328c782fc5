import { encodeTtlv, Operation, ResultReason, ResultStatus, Tag, ttlv, type TtlvDecodeError } from '@kmip/kmip';
import {
  createTestPki,
  echo,
  markerOf,
  MapDirectory,
  request,
  startServer,
  TestClient,
  type RunningServer,
  type TestPki,
} from './transport-fixture';

jest.setTimeout(20_000);

const MAX_MESSAGE = 4096;

/** What a gateway's onMalformed would answer: a KMIP Invalid Message response (KMIP 1.4 §11, Result Reason). */
function invalidMessageResponse(): Buffer {
  return encodeTtlv(
    ttlv.structure(Tag.ResponseMessage, [
      ttlv.structure(Tag.BatchItem, [
        ttlv.enumeration(Tag.ResultStatus, ResultStatus.OperationFailed),
        ttlv.enumeration(Tag.ResultReason, ResultReason.InvalidMessage),
      ]),
    ]),
  );
}

describe('KMIP transport: framing, ordering and malformed input', () => {
  let pki: TestPki;
  let running: RunningServer;
  const malformed: TtlvDecodeError[] = [];
  let delays = new Map<string, number>();

  beforeAll(async () => {
    pki = await createTestPki();
    running = await startServer(pki, new MapDirectory().allow(pki.client).allow(pki.client2), {
      limits: { maxMessageLength: MAX_MESSAGE, maxInFlightPerConnection: 64 },
      handler: async (message) => {
        const response = echo(message);
        const delay = delays.get(markerOf(response)) ?? 0;
        if (delay > 0) await new Promise((r) => setTimeout(r, delay));
        if (markerOf(response) === 'throw') throw new Error('handler failure');
        return response;
      },
      onMalformed: (error) => {
        malformed.push(error);
        return invalidMessageResponse();
      },
    });
  });
  afterEach(() => {
    delays = new Map();
  });
  afterAll(async () => {
    await running.server.close(1000);
    pki.cleanup();
  });

  it('frames a message delivered one byte per write', async () => {
    const client = await TestClient.connect(running.port, pki.client, pki);
    client.socket.setNoDelay(true);
    const bytes = Buffer.concat([request('one'), request('two')]);
    for (let i = 0; i < bytes.length; i++) {
      client.send(bytes.subarray(i, i + 1));
      await new Promise((r) => setTimeout(r, 1)); // one TLS record, and almost always one read, per byte
    }
    const responses = await client.receive(2);
    expect(responses.map(markerOf)).toEqual(['one', 'two']);
    client.destroy();
  });

  it('answers many messages from one write in request order, even when later ones finish first', async () => {
    const markers = Array.from({ length: 50 }, (_, i) => `m${i}`);
    // Early messages are slow, later ones fast: the handler completes them roughly in reverse.
    delays = new Map(markers.map((m, i) => [m, Math.max(0, 40 - i)]));
    const client = await TestClient.connect(running.port, pki.client, pki);
    client.send(Buffer.concat(markers.map((m) => request(m))));
    const responses = await client.receive(markers.length);
    expect(responses.map(markerOf)).toEqual(markers);
    client.destroy();
  });

  it('answers an oversize declared length with the onMalformed response, closes, and keeps serving others', async () => {
    const other = await TestClient.connect(running.port, pki.client2, pki);
    const client = await TestClient.connect(running.port, pki.client, pki);
    expect(await client.roundTrip('before')).toBe('before');

    const header = Buffer.alloc(8);
    header.writeUIntBE(Tag.RequestMessage, 0, 3);
    header[3] = 0x01; // Structure
    header.writeUInt32BE(MAX_MESSAGE * 16, 4);
    client.send(header);
    await client.closed;
    expect(client.responses.slice(1)).toEqual([invalidMessageResponse()]);
    expect(malformed.at(-1)!.reason).toBe('too-large');
    const closed = await running.events.waitFor('closed', (e) => e.reason === 'malformed-message');
    expect(closed).toMatchObject({ detail: 'too-large', fingerprint: pki.client.fingerprint, requests: 1 });

    expect(await other.roundTrip('still served')).toBe('still served');
    const again = await TestClient.connect(running.port, pki.client, pki);
    expect(await again.roundTrip('new connection')).toBe('new connection');
    other.destroy();
    again.destroy();
  });

  it('answers what came before garbage, then the malformed response, then closes', async () => {
    const client = await TestClient.connect(running.port, pki.client, pki);
    client.send(request('valid'));
    await client.receive(1);
    client.send(Buffer.from('GET / HTTP/1.1\r\nHost: kms\r\n\r\n'));
    await client.closed;
    expect(client.responses.map((r, i) => (i === 0 ? markerOf(r) : r))).toEqual(['valid', invalidMessageResponse()]);
    expect(malformed.at(-1)!.reason).toBe('not-structure');
  });

  it('closes the connection when the handler fails, without affecting another one', async () => {
    const other = await TestClient.connect(running.port, pki.client2, pki);
    const client = await TestClient.connect(running.port, pki.client, pki);
    client.send(Buffer.concat([request('ok'), request('throw'), request('after')]));
    await client.closed;
    expect(client.responses.map(markerOf)).toEqual(['ok']);
    await running.events.waitFor('closed', (e) => e.reason === 'handler-error');
    expect(await other.roundTrip('fine')).toBe('fine');
    other.destroy();
  });

  it('frames a request that spans TLS records and a message of exactly the maximum size', async () => {
    const client = await TestClient.connect(running.port, pki.client, pki);
    const build = (nonceLength: number) =>
      encodeTtlv(
        ttlv.structure(Tag.RequestMessage, [
          ttlv.structure(Tag.BatchItem, [
            ttlv.enumeration(Tag.Operation, Operation.DiscoverVersions),
            ttlv.bytes(Tag.UniqueBatchItemID, Buffer.from('big')),
            ttlv.bytes(Tag.Nonce, Buffer.alloc(nonceLength, 7)),
          ]),
        ]),
      );
    const big = build(MAX_MESSAGE - build(0).length);
    expect(big.length).toBe(MAX_MESSAGE);
    client.send(big.subarray(0, 1000));
    await new Promise((r) => setTimeout(r, 20));
    client.send(big.subarray(1000));
    const [response] = await client.receive(1);
    expect(markerOf(response)).toBe('big');
    client.destroy();
  });
});

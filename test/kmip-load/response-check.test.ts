import {
  encodeResponseBytes,
  encodeResponsePayload,
  failureItem,
  KmipError,
  KMIP_1_1,
  KMIP_1_4,
  Operation,
  requestBatchItem,
  successItem,
  type ProtocolVersion,
  type ResponseBatchItem,
} from '@kmip/kmip';
import { discoverVersionsRequest, getRequest, ResponseChecker } from '../../tools/kmip-load';

const KEY = Buffer.alloc(32, 0x5a);

function getItem(uid: string, key: Buffer = KEY): ResponseBatchItem {
  const request = requestBatchItem(Operation.Get, { uniqueIdentifier: uid }, KMIP_1_1);
  const payload = encodeResponsePayload(
    Operation.Get,
    {
      uniqueIdentifier: uid,
      object: {
        kind: 'SymmetricKey',
        keyBlock: {
          keyFormatType: 1,
          keyValue: { kind: 'plain', keyMaterial: { kind: 'bytes', bytes: key } },
          cryptographicAlgorithm: 3,
          cryptographicLength: 256,
        },
      },
    },
    KMIP_1_1,
  );
  return successItem(request, payload);
}

function response(
  item: ResponseBatchItem,
  second: number,
  version: ProtocolVersion = KMIP_1_1,
  correlation?: string,
): Buffer {
  return encodeResponseBytes({
    header: {
      protocolVersion: version,
      timeStamp: BigInt(1_700_000_000 + second),
      ...(correlation === undefined ? {} : { clientCorrelationValue: correlation }),
    },
    batchItems: [item],
  });
}

describe('the load generator checks responses', () => {
  it('decodes the first good response, then accepts the same response at other times by comparing bytes', () => {
    const checker = new ResponseChecker(getRequest('key-1'));
    for (let second = 0; second < 5; second++)
      expect(checker.check(response(getItem('key-1'), second))).toEqual({ ok: true });
    expect(checker.decoded).toBe(1);
  });

  it('finds the time stamp in a 1.4 header with a Client Correlation Value too', () => {
    const checker = new ResponseChecker(getRequest('key-1'));
    const item = getItem('key-1');
    expect(checker.check(response(item, 0, KMIP_1_4, 'vc-1'))).toEqual({ ok: true });
    expect(checker.check(response(item, 9, KMIP_1_4, 'vc-1'))).toEqual({ ok: true });
    expect(checker.decoded).toBe(1);
  });

  it('checks in full whatever differs elsewhere, and still counts a failure as one', () => {
    const checker = new ResponseChecker(getRequest('key-1'));
    expect(checker.check(response(getItem('key-1'), 0))).toEqual({ ok: true });
    // Other key bytes of the same length: a different answer, decoded again (still a successful Get).
    expect(checker.check(response(getItem('key-1', Buffer.alloc(32, 0x11)), 1))).toEqual({ ok: true });
    const refused = failureItem(
      requestBatchItem(Operation.Get, { uniqueIdentifier: 'key-1' }, KMIP_1_1),
      new KmipError('ItemNotFound', 'no such object'),
    );
    expect(checker.check(response(refused, 2))).toEqual({
      ok: false,
      reason: 'Operation Failed: Item Not Found',
    });
    const truncated = response(getItem('key-1'), 3).subarray(0, 40);
    expect(checker.check(truncated)).toMatchObject({ ok: false, reason: expect.stringMatching(/^malformed response/) });
    expect(checker.decoded).toBe(4);
  });

  it('never takes an answer to another operation for a match', () => {
    const checker = new ResponseChecker(discoverVersionsRequest());
    expect(checker.check(response(getItem('key-1'), 0))).toMatchObject({
      ok: false,
      reason: expect.stringContaining('expected'),
    });
    expect(checker.check(response(getItem('key-1'), 1))).toMatchObject({ ok: false });
    expect(checker.decoded).toBe(2);
  });
});

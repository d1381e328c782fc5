import { encodeTtlv, ttlv, type TtlvItem } from '../ttlv';
import { Operation, ResultReason, ResultStatus, Tag } from '../registry';
import { decodeRequestPayload, decodeRequestPayloads } from '../payloads';
import { failureItem, messageFailureResponse } from './batch-results';
import { KmipError } from './kmip-error';
import { decodeRequestBytes } from './message-bytes';
import { KMIP_1_0, KMIP_1_1 } from './protocol-version';

const version11 = ttlv.structure(Tag.ProtocolVersion, [
  ttlv.integer(Tag.ProtocolVersionMajor, 1),
  ttlv.integer(Tag.ProtocolVersionMinor, 1),
]);

function header(batchCount: number, extra: TtlvItem[] = []): TtlvItem {
  return ttlv.structure(Tag.RequestHeader, [version11, ...extra, ttlv.integer(Tag.BatchCount, batchCount)]);
}

function item(operation: number, payload: TtlvItem[] | undefined, id?: number): TtlvItem {
  return ttlv.structure(Tag.BatchItem, [
    ttlv.enumeration(Tag.Operation, operation),
    ...(id === undefined ? [] : [ttlv.bytes(Tag.UniqueBatchItemID, Buffer.from([0, 0, 0, 0, 0, 0, 0, id]))]),
    ...(payload === undefined ? [] : [ttlv.structure(Tag.RequestPayload, payload)]),
  ]);
}

function message(...children: TtlvItem[]): Buffer {
  return encodeTtlv(ttlv.structure(Tag.RequestMessage, children));
}

function messageError(bytes: Uint8Array): KmipError {
  try {
    decodeRequestBytes(bytes);
  } catch (err) {
    if (err instanceof KmipError) return err;
    throw err;
  }
  throw new Error('the message decoded');
}

const getById = (id: string) => item(Operation.Get, [ttlv.text(Tag.UniqueIdentifier, id)]);

describe('message-level errors', () => {
  it('a message without its Request Header is an Invalid Message with no known version', () => {
    const error = messageError(message(getById('k1')));
    expect(error).toMatchObject({ reason: 'InvalidMessage', scope: 'message', protocolVersion: undefined });
    expect(error.resultReason).toBe(ResultReason.InvalidMessage);
  });

  it('a Batch Count that disagrees with the items fails the message, answered in the request version', () => {
    const error = messageError(message(header(2), getById('k1')));
    expect(error).toMatchObject({ reason: 'InvalidMessage', scope: 'message', protocolVersion: KMIP_1_1 });
    expect(error.message).toContain('Batch Count is 2');

    const response = messageFailureResponse(error, 1700000000n);
    expect(response.header.protocolVersion).toEqual(KMIP_1_1);
    expect(response.batchItems).toEqual([
      {
        resultStatus: ResultStatus.OperationFailed,
        resultReason: ResultReason.InvalidMessage,
        resultMessage: error.message,
      },
    ]);
  });

  it('bytes that are not TTLV are an Invalid Message, answered in the fallback version', () => {
    const error = messageError(Buffer.from('GET / HTTP/1.1\r\n\r\n'));
    expect(error).toMatchObject({ reason: 'InvalidMessage', scope: 'message' });
    expect(messageFailureResponse(error, 0n).header.protocolVersion).toEqual(KMIP_1_0);
  });

  it('a header field of the wrong type, an unknown header field, a repeated one', () => {
    const badCount = ttlv.structure(Tag.RequestHeader, [version11, ttlv.enumeration(Tag.BatchCount, 1)]);
    expect(messageError(message(badCount, getById('k1'))).message).toContain('Batch Count is Enumeration');
    const unknown = header(1, [ttlv.text(0x540001, 'vendor')]);
    expect(messageError(message(unknown, getById('k1'))).message).toContain('unexpected field 0x540001');
    const twice = header(1, [ttlv.integer(Tag.MaximumResponseSize, 1), ttlv.integer(Tag.MaximumResponseSize, 2)]);
    expect(messageError(message(twice, getById('k1'))).message).toContain('appears more than once');
  });

  it('a batch item without Operation, and two items with the same Unique Batch Item ID', () => {
    const noOperation = ttlv.structure(Tag.BatchItem, [ttlv.structure(Tag.RequestPayload, [])]);
    expect(messageError(message(header(1), noOperation))).toMatchObject({
      scope: 'message',
      protocolVersion: KMIP_1_1,
    });
    const error = messageError(message(header(2), item(Operation.Get, [], 7), item(Operation.Get, [], 7)));
    expect(error.message).toContain('same Unique Batch Item ID');
  });
});

describe('batch-item-level errors', () => {
  it('an unknown operation fails its own item with Operation Not Supported, Operation and ID echoed', () => {
    const decoded = decodeRequestBytes(
      message(header(2), item(0x7f, [], 1), item(Operation.Get, [ttlv.text(Tag.UniqueIdentifier, 'k')], 2)),
    );
    const [unknown, get] = decodeRequestPayloads(decoded);
    expect(get.ok).toBe(true);
    if (unknown.ok) throw new Error('the unknown operation decoded');
    expect(unknown.error).toMatchObject({ reason: 'OperationNotSupported', scope: 'batch-item' });
    expect(failureItem(unknown.item, unknown.error)).toEqual({
      operation: 0x7f,
      uniqueBatchItemId: Buffer.from([0, 0, 0, 0, 0, 0, 0, 1]),
      resultStatus: ResultStatus.OperationFailed,
      resultReason: ResultReason.OperationNotSupported,
      resultMessage: unknown.error.message,
    });
  });

  it('a bad payload in item 2 of 3 fails item 2 only', () => {
    const secret = Buffer.from('00112233445566778899aabbccddeeff', 'hex');
    const decoded = decodeRequestBytes(
      message(
        header(3),
        item(Operation.Get, [ttlv.text(Tag.UniqueIdentifier, 'k1')], 1),
        item(Operation.Get, [ttlv.text(Tag.UniqueIdentifier, 'k2'), ttlv.bytes(Tag.KeyMaterial, secret)], 2),
        item(Operation.Activate, [ttlv.text(Tag.UniqueIdentifier, 'k3')], 3),
      ),
    );
    const results = decodeRequestPayloads(decoded);
    expect(results.map((r) => r.ok)).toEqual([true, false, true]);
    const failed = results[1];
    if (failed.ok) throw new Error('item 2 decoded');
    expect(failed.error).toMatchObject({ reason: 'InvalidMessage', scope: 'batch-item' });
    expect(failed.error.message).toBe('Get request payload: unexpected field Key Material');
    expect(failed.error.message).not.toContain('0011');
  });

  it('a missing Request Payload, a 2.x-only field form in 1.1, a wrongly typed standard attribute', () => {
    const decoded = decodeRequestBytes(
      message(
        header(3),
        item(Operation.Get, undefined, 1),
        item(Operation.Destroy, [ttlv.integer(Tag.UniqueIdentifier, 0)], 2),
        item(
          Operation.AddAttribute,
          [
            ttlv.structure(Tag.Attribute, [
              ttlv.text(Tag.AttributeName, 'Cryptographic Length'),
              ttlv.text(Tag.AttributeValue, '256'),
            ]),
          ],
          3,
        ),
      ),
    );
    const errors = decodeRequestPayloads(decoded).map((r) => (r.ok ? undefined : [r.error.reason, r.error.message]));
    expect(errors).toEqual([
      ['InvalidMessage', 'Batch Item: required field Request Payload is missing'],
      ['InvalidMessage', 'Destroy request payload: field Unique Identifier is Integer, expected TextString'],
      ['InvalidField', 'attribute Cryptographic Length: value is TextString, expected Integer'],
    ]);
  });

  it("keeps a Get's Key Wrapping Specification for the server to act on (never dropped)", () => {
    const spec = ttlv.structure(Tag.KeyWrappingSpecification, [ttlv.enumeration(Tag.WrappingMethod, 1)]);
    const decoded = decodeRequestBytes(
      message(header(1), item(Operation.Get, [ttlv.text(Tag.UniqueIdentifier, 'k'), spec])),
    );
    expect(decodeRequestPayload(decoded.batchItems[0], KMIP_1_1).payload).toEqual({
      uniqueIdentifier: 'k',
      keyWrappingSpecification: spec,
    });
  });
});

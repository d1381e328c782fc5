import { decodeTtlv } from '../ttlv';
import { hexBytes } from '../ttlv/vectors/hex';
import { MESSAGE_VECTORS } from '../ttlv/vectors/message-vectors';
import {
  BlockCipherMode,
  CryptographicAlgorithm,
  NameType,
  ObjectType,
  Operation,
  RevocationReasonCode,
  Tag,
} from '../registry';
import { makeAttribute, nameAttributeValue } from '../attributes';
import {
  decodeRequestPayload,
  decodeResponsePayload,
  isSupportedOperation,
  remodelRequestPayloads,
  remodelResponsePayloads,
} from '../payloads';
import { decodeRequestBytes, decodeResponseBytes, encodeRequestBytes, encodeResponseBytes } from './message-bytes';

/*
 * The whole-message vectors of the OASIS use-case and test-case documents (the codec's vectors): every one decodes
 * into the typed model, every payload of an operation this library models decodes too, and writing the model back
 * gives the published bytes.
 */

const requests = MESSAGE_VECTORS.filter((v) => decodeTtlv(hexBytes(v.hex)).tag === Tag.RequestMessage);
const responses = MESSAGE_VECTORS.filter((v) => decodeTtlv(hexBytes(v.hex)).tag === Tag.ResponseMessage);

describe('spec request vectors', () => {
  it.each(requests.map((v) => [v.description, v] as const))('%s', (_name, vector) => {
    const bytes = hexBytes(vector.hex);
    const message = decodeRequestBytes(bytes);
    for (const item of message.batchItems) {
      if (isSupportedOperation(item.operation)) {
        expect(decodeRequestPayload(item, message.header.protocolVersion).operation).toBe(item.operation);
      }
    }
    expect(encodeRequestBytes(remodelRequestPayloads(message))).toEqual(bytes);
  });

  it('reads the 1.1 Create with a template Name reference and a Name attribute', () => {
    const vector = requests.find((v) => v.description.startsWith('Create request, protocol 1.1'))!;
    const message = decodeRequestBytes(hexBytes(vector.hex));
    expect(decodeRequestPayload(message.batchItems[0], message.header.protocolVersion)).toEqual({
      operation: Operation.Create,
      payload: {
        objectType: ObjectType.SymmetricKey,
        templateNames: [{ value: 'Template1', type: NameType.UninterpretedTextString }],
        attributes: [
          makeAttribute('Cryptographic Algorithm', { type: 'Enumeration', value: CryptographicAlgorithm.AES }),
          makeAttribute('Cryptographic Length', { type: 'Integer', value: 128 }),
          makeAttribute('Cryptographic Usage Mask', { type: 'Integer', value: 12 }),
          makeAttribute('Name', nameAttributeValue('Key1')),
        ],
      },
    });
  });

  it('reads the 1.4 Create with Cryptographic Parameters and an Activation Date', () => {
    const vector = requests.find((v) => v.description.startsWith('Create request, protocol 1.4'))!;
    const message = decodeRequestBytes(hexBytes(vector.hex));
    const request = decodeRequestPayload(message.batchItems[0], message.header.protocolVersion);
    if (request.operation !== Operation.Create) throw new Error('not a Create');
    const byName = new Map(request.payload.attributes.map((a) => [a.name, a.value]));
    expect(byName.get('Activation Date')).toEqual({ type: 'DateTime', value: 123n });
    expect(byName.get('Cryptographic Parameters')).toEqual({
      type: 'Structure',
      value: [{ tag: Tag.BlockCipherMode, type: 'Enumeration', value: BlockCipherMode.ECB }],
    });
  });

  it('reads the 1.4 Revoke', () => {
    const vector = requests.find((v) => v.description.startsWith('Revoke request'))!;
    const message = decodeRequestBytes(hexBytes(vector.hex));
    expect(decodeRequestPayload(message.batchItems[0], message.header.protocolVersion).payload).toEqual({
      uniqueIdentifier: '1',
      revocationReason: { code: RevocationReasonCode.Unspecified },
    });
  });

  it('keeps the 2.1 Client Correlation Value of the Ping request', () => {
    const vector = requests.find((v) => v.description.startsWith('Ping request'))!;
    const message = decodeRequestBytes(hexBytes(vector.hex));
    expect(message.header.clientCorrelationValue).toBe('TC-PING-1-21 step=0');
    expect(isSupportedOperation(message.batchItems[0].operation)).toBe(false);
  });
});

describe('spec response vectors', () => {
  it.each(responses.map((v) => [v.description, v] as const))('%s', (_name, vector) => {
    const bytes = hexBytes(vector.hex);
    const message = decodeResponseBytes(bytes);
    for (const item of message.batchItems) {
      if (item.operation !== undefined && isSupportedOperation(item.operation)) {
        expect(decodeResponsePayload(item.operation, item, message.header.protocolVersion)).toBeDefined();
      }
    }
    expect(encodeResponseBytes(remodelResponsePayloads(message))).toEqual(bytes);
  });

  it('reads the 1.0 Get Attributes response with text and structured values', () => {
    const vector = responses.find((v) => v.description.startsWith('Get Attributes response'))!;
    const message = decodeResponseBytes(hexBytes(vector.hex));
    const payload = decodeResponsePayload(
      Operation.GetAttributes,
      message.batchItems[0],
      message.header.protocolVersion,
    );
    expect(payload.uniqueIdentifier).toBe('61b10614-d8b5-46f9-8d17-2fa6ea1d747a');
    expect(payload.attributes.map((a) => [a.name, a.value.type])).toEqual([
      ['Object Group', 'TextString'],
      ['Application Specific Information', 'Structure'],
      ['Contact Information', 'TextString'],
      ['x-Purpose', 'TextString'],
    ]);
  });

  it('reads the Discover Versions response listing 1.1 then 1.0', () => {
    const vector = responses.find((v) => v.description.startsWith('Discover Versions response listing'))!;
    const message = decodeResponseBytes(hexBytes(vector.hex));
    expect(message.header.timeStamp).toBe(0x4ed73ed7n);
    expect(
      decodeResponsePayload(Operation.DiscoverVersions, message.batchItems[0], message.header.protocolVersion),
    ).toEqual({
      protocolVersions: [
        { major: 1, minor: 1 },
        { major: 1, minor: 0 },
      ],
    });
  });
});

/**
 * `npm run bench -- kmip.model`: what the gateway spends in the message model per request, on vCenter's hot paths:
 * decoding a Get request down to its typed payload, encoding the Get response from the typed key, serving a
 * three-item Add Attribute batch end to end (decode + answer + encode), and dumping a Get response for a debug log.
 * Each figure: operations per second over about one second after a short warm-up, timed with process.hrtime.
 */
import { decodeTtlv, encodeTtlv, ttlv } from '../src/ttlv';
import { syntheticKey, vcenterGetResponse } from '../src/ttlv/vectors/vcenter-messages';
import { CryptographicAlgorithm, KeyFormatType, Operation, Tag } from '../src/registry';
import { dumpTtlv } from '../src/dump';
import {
  decodeRequestPayloads,
  encodeResponsePayload,
  resolveUniqueIdentifier,
  type GetResponse,
} from '../src/payloads';
import { successItem } from '../src/messages/batch-results';
import { decodeRequestBytes, encodeResponseBytes } from '../src/messages/message-bytes';
import { KMIP_1_1 } from '../src/messages/protocol-version';
import type { Benchmark } from '../../../tools/bench/benchmark';

let sink: unknown;

function opsPerSecond(operation: () => unknown, seconds = 1): number {
  for (let i = 0; i < 2000; i++) sink = operation();
  const started = process.hrtime.bigint();
  const deadline = started + BigInt(Math.round(seconds * 1e9));
  let count = 0;
  let now = started;
  while (now < deadline) {
    for (let i = 0; i < 100; i++) sink = operation();
    count += 100;
    now = process.hrtime.bigint();
  }
  if (sink === undefined) throw new Error('the operation returned nothing');
  return (count * 1e9) / Number(now - started);
}

const header = ttlv.structure(Tag.RequestHeader, [
  ttlv.structure(Tag.ProtocolVersion, [
    ttlv.integer(Tag.ProtocolVersionMajor, 1),
    ttlv.integer(Tag.ProtocolVersionMinor, 1),
  ]),
  ttlv.integer(Tag.BatchCount, 1),
]);
const getRequest = encodeTtlv(
  ttlv.structure(Tag.RequestMessage, [
    header,
    ttlv.structure(Tag.BatchItem, [
      ttlv.enumeration(Tag.Operation, Operation.Get),
      ttlv.structure(Tag.RequestPayload, [ttlv.text(Tag.UniqueIdentifier, '6c2d9c2a-5b0e-4a4f-9a43-0c1d2e3f4a5b')]),
    ]),
  ]),
);
const addAttributeBatch = encodeTtlv(
  ttlv.structure(Tag.RequestMessage, [
    ttlv.structure(Tag.RequestHeader, [header.value[0], ttlv.integer(Tag.BatchCount, 3)]),
    ...['x-Vendor', 'x-Product', 'x-Product_Version'].map((name, i) =>
      ttlv.structure(Tag.BatchItem, [
        ttlv.enumeration(Tag.Operation, Operation.AddAttribute),
        ttlv.bytes(Tag.UniqueBatchItemID, Buffer.from([0, 0, 0, 0, 0, 0, 0, i])),
        ttlv.structure(Tag.RequestPayload, [
          ttlv.text(Tag.UniqueIdentifier, '6c2d9c2a-5b0e-4a4f-9a43-0c1d2e3f4a5b'),
          ttlv.structure(Tag.Attribute, [ttlv.text(Tag.AttributeName, name), ttlv.text(Tag.AttributeValue, 'VMware')]),
        ]),
      ]),
    ),
  ]),
);
const getResponse: GetResponse = {
  uniqueIdentifier: '6c2d9c2a-5b0e-4a4f-9a43-0c1d2e3f4a5b',
  object: {
    kind: 'SymmetricKey',
    keyBlock: {
      keyFormatType: KeyFormatType.Raw,
      keyValue: { kind: 'plain', keyMaterial: { kind: 'bytes', bytes: syntheticKey() } },
      cryptographicAlgorithm: CryptographicAlgorithm.AES,
      cryptographicLength: 256,
    },
  },
};

function serve(bytes: Uint8Array): Buffer {
  const request = decodeRequestBytes(bytes);
  const version = request.header.protocolVersion;
  const batchItems = decodeRequestPayloads(request).map((decoded) => {
    if (!decoded.ok || decoded.request.operation !== Operation.AddAttribute) throw new Error('unexpected request');
    const { uniqueIdentifier, attribute } = decoded.request.payload;
    const response = { uniqueIdentifier: resolveUniqueIdentifier(uniqueIdentifier), attribute };
    return successItem(decoded.item, encodeResponsePayload(Operation.AddAttribute, response, version));
  });
  return encodeResponseBytes({ header: { protocolVersion: version, timeStamp: 1700000000n }, batchItems });
}

export const benchmarks: Benchmark[] = [
  {
    name: 'kmip.model',
    run(report) {
      report(
        'kmip.model.get-request.decode',
        opsPerSecond(() => decodeRequestPayloads(decodeRequestBytes(getRequest))),
        'ops/s',
      );
      const item = { operation: Operation.Get, payload: undefined };
      report(
        'kmip.model.get-response.encode',
        opsPerSecond(() =>
          encodeResponseBytes({
            header: { protocolVersion: KMIP_1_1, timeStamp: 1700000000n },
            batchItems: [successItem(item, encodeResponsePayload(Operation.Get, getResponse, KMIP_1_1))],
          }),
        ),
        'ops/s',
      );
      report(
        'kmip.model.add-attribute-batch.serve',
        opsPerSecond(() => serve(addAttributeBatch)),
        'ops/s',
      );
      const tree = decodeTtlv(encodeTtlv(vcenterGetResponse()));
      report(
        'kmip.model.dump.get-response',
        opsPerSecond(() => dumpTtlv(tree)),
        'ops/s',
      );
      return Promise.resolve();
    },
  },
];

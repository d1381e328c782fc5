import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import {
  decodeTtlv,
  encodeTtlv,
  findItem,
  findItems,
  getStructure,
  Operation,
  ResultStatus,
  Tag,
  ttlv,
} from '@kmip/kmip';
import type { ConnectionContext } from '@kmip/kmip-transport';
import {
  createTestPki,
  MapDirectory,
  startServer,
  type RunningServer,
  type TestPki,
  type TestRecord,
} from './transport-fixture';

jest.setTimeout(30_000);

const PYTHON = '/usr/bin/python3';
const SCRIPT = join(__dirname, 'pykmip-discover-versions.py');

/**
 * An echo-like DiscoverVersions answer: the request's protocol version in the header, and the versions the client
 * listed echoed back as the supported ones (KMIP 1.4 §4.26).
 */
function discoverVersionsEcho(message: Buffer): Buffer {
  const request = decodeTtlv(message);
  const header = getStructure(request, Tag.RequestHeader);
  const item = getStructure(request, Tag.BatchItem);
  const payload = findItem(item, Tag.RequestPayload);
  const batchItemId = findItem(item, Tag.UniqueBatchItemID);
  return encodeTtlv(
    ttlv.structure(Tag.ResponseMessage, [
      ttlv.structure(Tag.ResponseHeader, [
        getStructure(header, Tag.ProtocolVersion),
        ttlv.dateTime(Tag.TimeStamp, new Date()),
        ttlv.integer(Tag.BatchCount, 1),
      ]),
      ttlv.structure(Tag.BatchItem, [
        ttlv.enumeration(Tag.Operation, Operation.DiscoverVersions),
        ...(batchItemId === undefined ? [] : [batchItemId]),
        ttlv.enumeration(Tag.ResultStatus, ResultStatus.Success),
        ttlv.structure(Tag.ResponsePayload, payload === undefined ? [] : findItems(payload, Tag.ProtocolVersion)),
      ]),
    ]),
  );
}

describe('KMIP transport: PyKMIP client interop', () => {
  let pki: TestPki;
  let running: RunningServer;
  const contexts: ConnectionContext<TestRecord>[] = [];

  beforeAll(async () => {
    pki = await createTestPki();
    running = await startServer(
      pki,
      new MapDirectory().allow(pki.client, { tenant: 'tenant-py', clientId: 'pykmip' }),
      {
        handler: (message, context) => {
          contexts.push(context);
          return Promise.resolve(discoverVersionsEcho(message));
        },
      },
    );
  });
  afterAll(async () => {
    await running.server.close(1000);
    pki.cleanup();
  });

  it('a PyKMIP DiscoverVersions over mutual TLS with the issued client certificate gets a well-formed reply', async () => {
    const certs = join(pki.dir, 'certs');
    const { stdout } = await promisify(execFile)(
      PYTHON,
      [
        SCRIPT,
        '127.0.0.1',
        String(running.port),
        join(certs, 'ca.pem'),
        join(certs, 'client.pem'),
        join(certs, 'client-key.pem'),
      ],
      { timeout: 20_000 },
    );
    expect(JSON.parse(stdout)).toEqual({
      tlsVersion: 'TLSv1.3',
      protocolVersion: [1, 1],
      batchCount: 1,
      operation: 'DISCOVER_VERSIONS',
      resultStatus: 'SUCCESS',
      versions: [
        [1, 4],
        [1, 1],
      ],
    });
    expect(contexts).toHaveLength(1);
    expect(contexts[0]).toMatchObject({
      tenant: 'tenant-py',
      clientId: 'pykmip',
      trust: 'ca',
      fingerprint: pki.client.fingerprint,
    });
  });
});

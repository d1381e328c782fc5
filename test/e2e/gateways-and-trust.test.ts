/**
 * Issue 4, tests 2 and 3 against one distributed stack (two gateway processes, the key-wrapping service, the
 * audit/inventory projector, Kafka, PostgreSQL), with PyKMIP as the client:
 * - a key created through gateway A is Get-able at once, with the same bytes, through gateway B (DESIGN §6: vSAN
 *   hosts fetch keys from any endpoint right after vCenter created them);
 * - tenants are isolated (another tenant's client gets Item Not Found, DESIGN §5), unknown certificates get no
 *   session, a removed client is cut off, and malformed TTLV gets Invalid Message or a closed connection without
 *   disturbing anyone else.
 */
import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createCertificateAuthority, issueClientCertificate } from '@kmip/pki';
import { startDeployment, type Deployment, type IssuedClient } from './deployment';
import { inspect } from './fault-run';
import { malformedCases } from './malformed-ttlv';
import { endpointArgs, runScript, ScriptSession, tlsArgs, type ClientTls } from './python-client';
import { rawExchange } from './raw-tls';
import type { HeldEvent, LoopEvent, ProbeResult, RawCaseResult } from './script-results';

jest.setTimeout(600_000);

const probe = (port: number, client: ClientTls): Promise<ProbeResult> =>
  runScript<ProbeResult>('tls_session.py', ['--mode', 'probe', ...endpointArgs(port), ...tlsArgs(client)]);

async function createKeys(
  client: ClientTls,
  count: number,
  createPort: number,
  fetchPort: number,
): Promise<Map<string, string>> {
  const loop = ScriptSession.start<LoopEvent>('create_loop.py', [
    '--endpoints',
    `127.0.0.1:${createPort}`,
    '--fetch-endpoint',
    `127.0.0.1:${fetchPort}`,
    '--max-attempts',
    String(count),
    ...tlsArgs(client),
  ]);
  try {
    await loop.waitFor((e) => e.event === 'done', 120_000, 'the end of the Creates');
    const events = await loop.finish();
    expect(events.filter((e) => e.event !== 'ack' && e.event !== 'fetched' && e.event !== 'done')).toEqual([]);
    const keys = new Map<string, string>();
    for (const event of events) if (event.event === 'fetched') keys.set(event.id, event.sha256);
    expect(keys.size).toBe(count);
    return keys;
  } finally {
    loop.kill();
  }
}

describe('two gateways, tenant isolation and client trust (distributed stack)', () => {
  let deployment: Deployment;
  let gatewayA: number;
  let gatewayB: number;
  let otherTenantClient: IssuedClient;
  let removable: IssuedClient;

  beforeAll(async () => {
    deployment = await startDeployment('distributed', { rootKeyProvider: 'local' });
    [gatewayA, gatewayB] = deployment.gatewayPorts;
    const otherTenant = `e2e-other-${randomBytes(3).toString('hex')}`;
    await deployment.createTenant(otherTenant);
    otherTenantClient = await deployment.issueClient(otherTenant, 'other-tenant-client');
    removable = await deployment.issueClient(deployment.tenant, 'removable-client');
  });
  afterAll(async () => {
    await deployment?.stop();
  });

  it('a key created through gateway A is Get-able right away with identical bytes through gateway B', async () => {
    // Each key is fetched through B right after A acknowledged its Create, then once more through A.
    const throughB = await createKeys(deployment.client, 8, gatewayA, gatewayB);
    const throughA = await inspect({ ...deployment.faultTarget(), endpoints: [gatewayA] }, gatewayA, [
      ...throughB.keys(),
    ]);
    for (const [id, digest] of throughB) {
      expect({ id, get: throughA.objects[id].get }).toEqual({
        id,
        get: { ok: true, objectType: 'SYMMETRIC_KEY', keyFormatType: 'RAW', length: 32, sha256: digest },
      });
    }
    // And the other way round.
    const throughAFirst = await createKeys(deployment.client, 4, gatewayB, gatewayA);
    expect(throughAFirst.size).toBe(4);
  });

  it("another tenant's client gets Item Not Found for the first tenant's key, and the other way round", async () => {
    const [[mine]] = await createKeys(deployment.client, 1, gatewayA, gatewayA);
    const [[theirs]] = await createKeys(otherTenantClient, 1, gatewayB, gatewayB);

    for (const port of [gatewayA, gatewayB]) {
      const seenByOther = await inspect({ ...deployment.faultTarget(), client: otherTenantClient }, port, [mine]);
      expect(seenByOther.objects[mine]).toEqual({
        get: expect.objectContaining({ ok: false, reason: 'ITEM_NOT_FOUND' }),
        state: expect.objectContaining({ ok: false, reason: 'ITEM_NOT_FOUND' }),
      });
      const seenByFirst = await inspect(deployment.faultTarget(), port, [theirs]);
      expect(seenByFirst.objects[theirs]).toEqual({
        get: expect.objectContaining({ ok: false, reason: 'ITEM_NOT_FOUND' }),
        state: expect.objectContaining({ ok: false, reason: 'ITEM_NOT_FOUND' }),
      });
    }
    // Each still reads its own.
    const own = await inspect({ ...deployment.faultTarget(), client: otherTenantClient }, gatewayA, [theirs]);
    expect(own.objects[theirs].get.ok).toBe(true);
  });

  it('a certificate the server does not know gets no session', async () => {
    // Self-signed by a stranger's CA, and one from the deployment's own CA that was never allowed.
    const strangerCa = await createCertificateAuthority({ subject: { commonName: 'stranger CA' } });
    const stranger = await issueClientCertificate(strangerCa, { subject: { commonName: 'stranger' } });
    const files: ClientTls = {
      cert: join(deployment.workDir, 'stranger.pem'),
      key: join(deployment.workDir, 'stranger-key.pem'),
      ca: deployment.client.ca,
    };
    await writeFile(files.cert, stranger.certificatePem);
    await writeFile(files.key, stranger.privateKeyPem, { mode: 0o600 });
    const neverAllowed = await deployment.issueUnlistedClient('never-allowed');

    for (const port of [gatewayA, gatewayB]) {
      for (const client of [files, neverAllowed]) {
        for (const sslVersion of ['PROTOCOL_SSLv23', 'PROTOCOL_TLSv1_2']) {
          const result = await runScript<ProbeResult>('tls_session.py', [
            '--mode',
            'probe',
            ...endpointArgs(port),
            ...tlsArgs(client),
            '--ssl-version',
            sslVersion,
          ]);
          // The server checks the certificate once the handshake is done and closes before reading a byte of
          // KMIP: the client sees its handshake fail or the connection end without an answer.
          expect(result).toMatchObject({ connected: false });
          expect(result.discover).toBeUndefined();
        }
      }
    }
    // Its allowed neighbour is served.
    expect(await probe(gatewayA, deployment.client)).toMatchObject({
      connected: true,
      discover: { status: 'SUCCESS' },
    });
  });

  it('a removed client is cut off: its open connection closes and a new one is refused', async () => {
    const held = ScriptSession.start<HeldEvent>('tls_session.py', [
      '--mode',
      'held',
      ...endpointArgs(gatewayB),
      ...tlsArgs(removable),
      '--wait',
      '30',
    ]);
    try {
      const ready = await held.waitFor((e) => e.event === 'ready', 60_000, 'the first answer');
      expect(ready).toEqual({ event: 'ready', discover: { status: 'SUCCESS', reason: null } });

      await deployment.removeClient(deployment.tenant, removable.fingerprint);
      held.send('check');
      const checked = await held.waitFor((e) => e.event === 'checked', 90_000, 'the check after the removal');
      expect(checked).toMatchObject({
        event: 'checked',
        closedByServer: true,
        reuse: { answered: false },
        reconnect: { connected: false },
      });
      await held.finish();
    } finally {
      held.kill();
    }
    // Through the other gateway as well.
    expect(await probe(gatewayA, removable)).toMatchObject({ connected: false });
    // The tenant's other client is not affected.
    expect(await probe(gatewayB, deployment.client)).toMatchObject({ connected: true });
  });

  it('malformed TTLV gets Invalid Message or a closed connection, and the gateway keeps serving', async () => {
    const cases = malformedCases();
    const python = await runScript<{ cases: Record<string, RawCaseResult> }>('raw_bytes.py', [
      ...endpointArgs(gatewayA),
      ...tlsArgs(deployment.client),
      ...cases.flatMap((c) => ['--case', `${c.name}=${c.bytes.toString('hex')}`]),
    ]);
    const invalidMessage = [
      {
        operation: null,
        batchId: null,
        status: 'OPERATION_FAILED',
        reason: 'INVALID_MESSAGE',
        message: expect.any(String),
      },
    ];
    for (const c of cases) {
      const outcome = python.cases[c.name];
      if (c.kind === 'framed') {
        expect({ case: c.name, outcome: outcome.outcome, items: outcome.items }).toEqual({
          case: c.name,
          outcome: 'response',
          items: invalidMessage,
        });
      } else if (outcome.outcome === 'response') {
        expect({ case: c.name, items: outcome.items }).toEqual({ case: c.name, items: invalidMessage });
      } else {
        expect({ case: c.name, outcome: outcome.outcome }).toEqual({ case: c.name, outcome: 'closed' });
      }
    }

    // The same from node, through the other gateway.
    for (const c of cases) {
      const exchange = await rawExchange(gatewayB, deployment.client, c.bytes);
      if (c.kind === 'framed' || exchange.response !== undefined) {
        expect({ case: c.name, response: exchange.response }).toEqual({
          case: c.name,
          response: [{ status: 'OperationFailed', reason: 'InvalidMessage' }],
        });
      } else {
        expect({ case: c.name, closed: exchange.closed }).toEqual({ case: c.name, closed: true });
      }
    }

    // Both gateways still serve, this client and others.
    for (const port of [gatewayA, gatewayB]) {
      expect(await probe(port, deployment.client)).toMatchObject({ connected: true, discover: { status: 'SUCCESS' } });
      expect(await probe(port, otherTenantClient)).toMatchObject({ connected: true, discover: { status: 'SUCCESS' } });
    }
    const keys = await createKeys(deployment.client, 2, gatewayA, gatewayB);
    expect(keys.size).toBe(2);
  });
});

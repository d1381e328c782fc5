/**
 * Issue 4, test 1: vCenter's conversation (DESIGN §6) at KMIP 1.1, hand-built with PyKMIP's message classes where
 * vCenter's exact shape matters, against the distributed stack with PKCS#11 root keys on SoftHSM2, and against the
 * embedded process of `npm start`. The client is configured with a username and password, which vCenter sends in the
 * header of some requests only.
 */
import { randomBytes } from 'node:crypto';
import { startDeployment, type Deployment, type IssuedClient } from './deployment';
import { inspect } from './fault-run';
import { endpointArgs, runScript, tlsArgs } from './python-client';
import type { VcenterSequenceResult } from './script-results';
import { expectVcenterConversation } from './vcenter-expectations';

jest.setTimeout(600_000);

async function vcenterConversation(port: number, client: IssuedClient): Promise<VcenterSequenceResult> {
  return runScript<VcenterSequenceResult>('vcenter_sequence.py', [
    ...endpointArgs(port),
    ...tlsArgs(client),
    ...(client.credential === undefined
      ? []
      : ['--username', client.credential.username, '--password', client.credential.password, '--wrong-password']),
  ]);
}

function describeConversation(mode: 'distributed' | 'embedded'): void {
  let deployment: Deployment;
  let vcenter: IssuedClient;

  beforeAll(async () => {
    deployment = await startDeployment(mode, { rootKeyProvider: mode === 'distributed' ? 'pkcs11' : 'local' });
    vcenter = await deployment.issueClient(deployment.tenant, 'vcenter', {
      username: 'vcenter-e2e',
      password: randomBytes(12).toString('base64url'),
    });
  });
  afterAll(async () => {
    await deployment?.stop();
  });

  it('answers every step as vCenter expects, and the key is the same through every endpoint', async () => {
    const result = await vcenterConversation(deployment.gatewayPorts[0], vcenter);
    expectVcenterConversation(result, { credentialChecked: true });

    // vSAN hosts fetch the key from any endpoint (with vCenter's certificate, without a Credential).
    const uid = result.create.uniqueIdentifier!;
    for (const port of deployment.gatewayPorts) {
      const seen = await inspect({ ...deployment.faultTarget(), client: vcenter }, port, [uid]);
      expect(seen.objects[uid]).toEqual({
        get: {
          ok: true,
          objectType: 'SYMMETRIC_KEY',
          keyFormatType: 'RAW',
          length: 32,
          sha256: result.get.materialSha256,
        },
        state: { ok: true, state: 'ACTIVE' },
      });
    }

    // The auditor's view: the object with vCenter's attributes, and its history in order.
    const object = await deployment.audit.object(deployment.tenant, uid);
    expect(object.object).toMatchObject({ state: 'Active', objectType: 'SymmetricKey', cryptographicLength: 256 });
    expect(Object.keys(object.object.attributes as Record<string, unknown>)).toEqual(
      expect.arrayContaining(['x-Vendor', 'x-Product', 'x-Product_Version']),
    );
    const history = await deployment.audit.history(deployment.tenant, uid);
    expect(history.filter((e) => e.verdict === 'applied').map((e) => e.type)).toEqual([
      'KeyCreated',
      'AttributeAdded',
      'AttributeAdded',
      'AttributeAdded',
      'KeyActivated',
    ]);
  });

  it('serves the status poll and a second conversation on new connections', async () => {
    const again = await vcenterConversation(deployment.gatewayPorts[deployment.gatewayPorts.length - 1], vcenter);
    expectVcenterConversation(again, { credentialChecked: true });
  });
}

describe('vCenter conversation at KMIP 1.1', () => {
  describe('distributed stack, PKCS#11 root keys on SoftHSM2', () => describeConversation('distributed'));
  describe('npm start (embedded)', () => describeConversation('embedded'));
});

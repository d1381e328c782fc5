/**
 * Issue 4, test 5: PyKMIP's own high-level client (ProxyKmipClient) runs create, register, get, get_attributes,
 * get_attribute_list, locate, activate, revoke and destroy against the distributed stack, at KMIP 1.0, 1.2, 1.4 and
 * 2.0, and every answer is what the KMIP specification of that version asks for.
 */
import { startDeployment, type Deployment } from './deployment';
import { endpointArgs, runScript, tlsArgs } from './python-client';
import type { PykmipOperationsResult } from './script-results';

jest.setTimeout(600_000);

describe('PyKMIP ProxyKmipClient operations against the distributed stack', () => {
  let deployment: Deployment;

  beforeAll(async () => {
    deployment = await startDeployment('distributed', { rootKeyProvider: 'local' });
  });
  afterAll(async () => {
    await deployment?.stop();
  });

  // KMIP 1.x answers a Destroy of an Active object Permission Denied; 2.0 has Wrong Key Lifecycle State for it, and
  // Object Destroyed for a Get of a destroyed object (KMIP 2.0 §11 error tables).
  const versions = [
    { version: '1.0', destroyActive: 'PERMISSION_DENIED', getDestroyed: 'PERMISSION_DENIED' },
    { version: '1.2', destroyActive: 'PERMISSION_DENIED', getDestroyed: 'PERMISSION_DENIED' },
    { version: '1.4', destroyActive: 'PERMISSION_DENIED', getDestroyed: 'PERMISSION_DENIED' },
    { version: '2.0', destroyActive: 'WRONG_KEY_LIFECYCLE_STATE', getDestroyed: 'OBJECT_DESTROYED' },
  ];

  it.each(versions)('KMIP $version', async ({ version, destroyActive, getDestroyed }) => {
    const r = await runScript<PykmipOperationsResult>('pykmip_operations.py', [
      ...endpointArgs(deployment.gatewayPorts[0]),
      ...tlsArgs(deployment.client),
      '--version',
      version,
    ]);

    // create, then get: an AES-256 symmetric key, Raw, 32 bytes, the same on every Get.
    expect(r.create.ok).toBe(true);
    const created = r.create.ok ? r.create.uniqueIdentifier : '';
    const key = { ok: true, objectType: 'SYMMETRIC_KEY', algorithm: 'AES', length: 256, keyFormatType: 'RAW' };
    expect(r.getCreated).toMatchObject({ ...key, materialLength: 32 });
    expect(r.getCreatedAgain).toEqual(r.getCreated);

    // register: the server keeps the client's bytes (compared by digest) under a new identifier.
    expect(r.register?.ok).toBe(true);
    const registered = r.register?.ok ? r.register : undefined;
    expect(registered?.uniqueIdentifier).not.toBe(created);
    expect(r.getRegistered).toMatchObject({ ...key, materialLength: 32, materialSha256: registered?.materialSha256 });

    // get_attributes and get_attribute_list
    expect(r.getAttributes).toEqual({
      ok: true,
      uniqueIdentifier: created,
      attributes: {
        State: 'PRE_ACTIVE',
        'Cryptographic Algorithm': 'AES',
        'Cryptographic Length': 256,
        Name: [expect.stringMatching(/^e2e-created-/)],
      },
    });
    expect(r.getAttributeList?.ok).toBe(true);
    const names = r.getAttributeList?.ok ? r.getAttributeList.names : [];
    expect(names).toEqual(
      expect.arrayContaining([
        'Unique Identifier',
        'Object Type',
        'Cryptographic Algorithm',
        'Cryptographic Length',
        'Cryptographic Usage Mask',
        'Name',
        'State',
        'Initial Date',
      ]),
    );

    // locate by name finds exactly the object of that name; an unused name finds nothing.
    expect(r.locateCreated).toEqual({ ok: true, uniqueIdentifiers: [created] });
    expect(r.locateRegistered).toEqual({ ok: true, uniqueIdentifiers: [registered?.uniqueIdentifier] });
    expect(r.locateUnknown).toEqual({ ok: true, uniqueIdentifiers: [] });

    // activate -> Active; destroy refused while Active; revoke -> Deactivated; destroy -> Destroyed, key gone.
    expect(r.activate).toEqual({ ok: true });
    expect(r.stateAfterActivate).toMatchObject({ ok: true, attributes: { State: 'ACTIVE' } });
    expect(r.destroyActive).toMatchObject({ ok: false, status: 'OPERATION_FAILED', reason: destroyActive });
    expect(r.revoke).toEqual({ ok: true });
    expect(r.stateAfterRevoke).toMatchObject({ ok: true, attributes: { State: 'DEACTIVATED' } });
    expect(r.destroyDeactivated).toEqual({ ok: true });
    expect(r.stateAfterDestroy).toMatchObject({ ok: true, attributes: { State: 'DESTROYED' } });
    expect(r.getDestroyed).toMatchObject({ ok: false, status: 'OPERATION_FAILED', reason: getDestroyed });

    // A Pre-Active object may be destroyed at once; an unknown identifier is Item Not Found.
    expect(r.destroyPreActive).toEqual({ ok: true });
    expect(r.getUnknown).toMatchObject({ ok: false, status: 'OPERATION_FAILED', reason: 'ITEM_NOT_FOUND' });
  });
});

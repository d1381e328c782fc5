/**
 * What vCenter relies on in its conversation with a key provider (DESIGN §6), as jest expectations on what
 * `py/vcenter_sequence.py` recorded. Shared by the distributed and the embedded runs.
 */
import type { AttributesResult, VcenterSequenceResult } from './script-results';

const SUCCESS = { status: 'SUCCESS', reason: null };

function stateOf(result: AttributesResult): unknown {
  return {
    status: result.status,
    payloadTags: result.payloadTags,
    attributes: result.attributes,
  };
}

export function expectVcenterConversation(
  result: VcenterSequenceResult,
  options: { readonly vendorIdentification?: string; readonly credentialChecked: boolean },
): void {
  // Every answer in the request's version, 1.1.
  expect(result.responseVersions.length).toBeGreaterThan(10);
  expect(new Set(result.responseVersions)).toEqual(new Set(['1.1']));

  // Status poll: a fresh connection, Discover Versions with an empty payload, twice; 1.1 among the versions.
  expect(result.statusPoll).toHaveLength(2);
  for (const poll of result.statusPoll) {
    expect(poll).toMatchObject(SUCCESS);
    expect(poll.versions).toContain('1.1');
  }
  expect(result.discover).toMatchObject(SUCCESS);

  // Registration: Query Server Information answers a Vendor Identification.
  expect(result.query).toMatchObject(SUCCESS);
  expect(typeof result.query.vendorIdentification).toBe('string');
  expect(result.query.vendorIdentification!.length).toBeGreaterThan(0);
  if (options.vendorIdentification !== undefined) {
    expect(result.query.vendorIdentification).toBe(options.vendorIdentification);
  }
  if (options.credentialChecked) {
    expect(result.wrongPassword).toEqual({ status: 'OPERATION_FAILED', reason: 'AUTHENTICATION_NOT_SUCCESSFUL' });
  }

  // Create without a Name: a symmetric key, Pre-Active.
  expect(result.create).toMatchObject({ ...SUCCESS, objectType: 'SYMMETRIC_KEY' });
  const uid = result.create.uniqueIdentifier!;
  expect(typeof uid).toBe('string');
  expect(uid.length).toBeGreaterThan(0);
  expect(stateOf(result.stateAfterCreate)).toEqual({
    status: 'SUCCESS',
    payloadTags: ['UNIQUE_IDENTIFIER', 'ATTRIBUTE'],
    attributes: [{ name: 'State', value: 'PRE_ACTIVE' }],
  });

  // An absent custom attribute: Success with only the Unique Identifier.
  expect(result.getCustomAbsent).toMatchObject({ ...SUCCESS, uniqueIdentifier: uid });
  expect(result.getCustomAbsent.payloadTags).toEqual(['UNIQUE_IDENTIFIER']);

  // Three Add Attribute items in one message: each answered, in order, with its 8-byte batch item id echoed.
  const sent = result.addAttributes.sentBatchIds;
  expect(sent.map((id) => id.length)).toEqual([16, 16, 16]);
  expect(result.addAttributes.items).toEqual([
    expect.objectContaining({ operation: 'ADD_ATTRIBUTE', batchId: sent[0], ...SUCCESS, uniqueIdentifier: uid }),
    expect.objectContaining({ operation: 'ADD_ATTRIBUTE', batchId: sent[1], ...SUCCESS, uniqueIdentifier: uid }),
    expect.objectContaining({ operation: 'ADD_ATTRIBUTE', batchId: sent[2], ...SUCCESS, uniqueIdentifier: uid }),
  ]);
  expect(result.addAttributes.items.map((item) => [item.attributeName, item.attributeValue])).toEqual([
    ['x-Vendor', 'VMware, Inc.'],
    ['x-Product', 'VMware vSphere'],
    ['x-Product_Version', '8.0.1'],
  ]);
  // And they are there afterwards.
  expect(result.getCustomPresent).toMatchObject(SUCCESS);
  expect(result.getCustomPresent.attributes).toEqual([
    { name: 'x-Vendor', value: 'VMware, Inc.' },
    { name: 'x-Product', value: 'VMware vSphere' },
    { name: 'x-Product_Version', value: '8.0.1' },
  ]);

  // Get Attributes (State) -> Pre-Active, Activate, -> Active.
  expect(result.stateBeforeActivate.attributes).toEqual([{ name: 'State', value: 'PRE_ACTIVE' }]);
  expect(result.activate).toEqual({ ...SUCCESS, uniqueIdentifier: uid });
  expect(result.stateAfterActivate.attributes).toEqual([{ name: 'State', value: 'ACTIVE' }]);

  // Get with only the Unique Identifier: the key itself, Raw, 32 bytes, not wrapped.
  expect(result.get).toMatchObject({
    ...SUCCESS,
    objectType: 'SYMMETRIC_KEY',
    uniqueIdentifier: uid,
    keyFormatType: 'RAW',
    algorithm: 'AES',
    length: 256,
    wrapped: false,
    materialLength: 32,
  });
  expect(result.get.materialSha256).toMatch(/^[0-9a-f]{64}$/);
}

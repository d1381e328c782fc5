import {
  KMIP_1_0,
  KMIP_1_1,
  KMIP_1_4,
  KMIP_2_0,
  KMIP_2_1,
  ObjectType,
  Operation,
  QueryFunction,
  Tag,
} from '@kmip/kmip';
import { Harness } from '../testing/kmip-harness.spec-helper';

describe('Discover Versions', () => {
  it('answers an empty request with every supported version, newest first', async () => {
    const h = new Harness();
    const { protocolVersions } = await h.ok(Operation.DiscoverVersions, { protocolVersions: [] });
    expect(protocolVersions.map((v) => `${v.major}.${v.minor}`)).toEqual([
      '2.1',
      '2.0',
      '1.4',
      '1.3',
      '1.2',
      '1.1',
      '1.0',
    ]);
  });

  it("answers a list with the versions both support, in the client's order", async () => {
    const h = new Harness();
    const offered = [{ major: 3, minor: 0 }, KMIP_1_1, KMIP_2_0, { major: 1, minor: 7 }, KMIP_1_0];
    const { protocolVersions } = await h.ok(Operation.DiscoverVersions, { protocolVersions: offered });
    expect(protocolVersions).toEqual([KMIP_1_1, KMIP_2_0, KMIP_1_0]);
    const none = await h.ok(Operation.DiscoverVersions, { protocolVersions: [{ major: 9, minor: 9 }] });
    expect(none.protocolVersions).toEqual([]);
  });
});

describe('Query', () => {
  it('lists the operations implemented that the request version defines, and the object types kept', async () => {
    const h = new Harness();
    const v11 = await h.ok(Operation.Query, {
      queryFunctions: [QueryFunction.QueryOperations, QueryFunction.QueryObjects],
    });
    expect(v11.operations).toEqual(
      expect.arrayContaining([Operation.Create, Operation.Get, Operation.Locate, Operation.DiscoverVersions]),
    );
    expect(v11.operations).not.toContain(Operation.SetAttribute);
    expect(v11.objectTypes).toEqual([ObjectType.SymmetricKey, ObjectType.SecretData]);
    const v20 = await h.ok(Operation.Query, { queryFunctions: [QueryFunction.QueryOperations] }, { version: KMIP_2_0 });
    expect(v20.operations).toContain(Operation.SetAttribute);
    expect(v20.objectTypes).toBeUndefined();
  });

  it('answers Query Server Information with the Vendor Identification and Server Information', async () => {
    const h = new Harness({ server: { vendorIdentification: 'ACME KMS', serverVersion: '9.9' } });
    for (const version of [KMIP_1_1, KMIP_1_4, KMIP_2_1]) {
      const info = await h.ok(Operation.Query, { queryFunctions: [QueryFunction.QueryServerInformation] }, { version });
      expect(info.vendorIdentification).toBe('ACME KMS');
      const fields = info.serverInformation?.value ?? [];
      expect(fields.map((f) => [f.tag, f.value])).toEqual([
        [Tag.ServerName, 'kmip-gateway'],
        [Tag.ServerVersion, '9.9'],
      ]);
    }
  });
});

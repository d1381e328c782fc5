import {
  CryptographicAlgorithm,
  CryptographicUsageMask,
  ItemType,
  KeyFormatType,
  ObjectType,
  Operation,
  ResultReason,
  ResultStatus,
  State,
  StorageStatusMask,
  Tag,
  tagInfo,
} from './index';

// Values copied from the spec tables (KMIP 1.4 §9.1.3, KMIP 2.0/2.1 §11-12), not from the transcription.
describe('spot checks against the KMIP specification', () => {
  it('tags of KMIP 1.x', () => {
    expect(Tag.ProtocolVersion).toBe(0x420069);
    expect(Tag.UniqueBatchItemID).toBe(0x420093);
    expect(Tag.UniqueIdentifier).toBe(0x420094);
    expect(Tag.TemplateAttribute).toBe(0x420091);
    expect(Tag.RequestMessage).toBe(0x420078);
    expect(Tag.BatchItem).toBe(0x42000f);
    expect(Tag.IVCounterNonce).toBe(0x42003d);
    expect(Tag.X509CertificateIdentifier).toBe(0x4200b5);
    expect(Tag.PKCS12FriendlyName).toBe(0x4200fb);
    expect(Tag.ReplaceExisting).toBe(0x420124);
  });

  it('tags added by KMIP 2.0 and 2.1', () => {
    expect(Tag.Attributes).toBe(0x420125);
    expect(Tag.AttributeReference).toBe(0x42013b);
    expect(Tag.ProtectionStorageMask).toBe(0x42015e);
    expect(Tag.PublicProtectionStorageMasks).toBe(0x420165);
    expect(Tag.ObjectGroups).toBe(0x420166);
    expect(Tag.RotateNameType).toBe(0x420171);
    expect(Tag.AsynchronousCorrelationValues).toBe(0x420176);
  });

  it('tags KMIP 2.0 turned into (Reserved)', () => {
    for (const key of ['TemplateAttribute', 'Template', 'AttributeIndex', 'OperationPolicyName'] as const) {
      expect(tagInfo.get(Tag[key])?.removedIn).toBe('2.0');
    }
    expect(tagInfo.get(Tag.AttributeName)?.removedIn).toBeUndefined();
  });

  it('operations', () => {
    expect(Operation.Create).toBe(0x01);
    expect(Operation.Query).toBe(0x18);
    expect(Operation.DiscoverVersions).toBe(0x1e);
    expect(Operation.Encrypt).toBe(0x1f);
    expect(Operation.SetAttribute).toBe(0x31);
    expect(Operation.AdjustAttribute).toBe(0x30);
    expect(Operation.Ping).toBe(0x3b);
  });

  it('other enumerations', () => {
    expect(ResultReason.ItemNotFound).toBe(0x01);
    expect(ResultReason.GeneralFailure).toBe(0x100);
    expect(ResultStatus.Success).toBe(0x00);
    expect(ObjectType.SymmetricKey).toBe(0x02);
    expect(ObjectType.CertificateRequest).toBe(0x0a);
    expect(CryptographicAlgorithm.AES).toBe(0x03);
    expect(CryptographicAlgorithm['3DES']).toBe(0x02);
    expect(CryptographicAlgorithm.HMACSHA256).toBe(0x09);
    expect(State.PreActive).toBe(0x01);
    expect(State.DestroyedCompromised).toBe(0x06);
    expect(KeyFormatType.TransparentSymmetricKey).toBe(0x07);
    expect(ItemType.Structure).toBe(0x01);
    expect(ItemType.DateTimeExtended).toBe(0x0b);
  });

  it('masks', () => {
    expect(CryptographicUsageMask.Encrypt | CryptographicUsageMask.Decrypt).toBe(12);
    expect(CryptographicUsageMask.Sign).toBe(0x1);
    expect(CryptographicUsageMask.FPEDecrypt).toBe(0x800000);
    expect(StorageStatusMask.OnLineStorage).toBe(0x1);
    expect(StorageStatusMask.ArchivalStorage).toBe(0x2);
  });
});

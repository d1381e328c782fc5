import { renderKey, renderMemberAccess, specNameToKey } from './generate-registry-keys';

describe('specNameToKey', () => {
  it.each([
    ['Protocol Version', 'ProtocolVersion'],
    ['Template-Attribute', 'TemplateAttribute'],
    ['Unique Batch Item ID', 'UniqueBatchItemID'],
    ['IV/Counter/Nonce', 'IVCounterNonce'],
    ['X.509 Certificate Identifier', 'X509CertificateIdentifier'],
    ['PKCS#12 Friendly Name', 'PKCS12FriendlyName'],
    ['Pre-Active', 'PreActive'],
    ['Cessation of Operation', 'CessationOfOperation'],
    ['HMAC-SHA256', 'HMACSHA256'],
    ['Suite B minLOS_128 Client KMIP v1.0', 'SuiteBMinLOS128ClientKMIPV10'],
    ['Polynomial Sharing GF (2^16)', 'PolynomialSharingGF216'],
    ['3DES', '3DES'],
  ])('%s -> %s', (name, key) => {
    expect(specNameToKey(name)).toBe(key);
  });

  it('rejects names without letters or digits', () => {
    expect(() => specNameToKey(' - ')).toThrow(/no letters or digits/);
  });
});

describe('renderKey / renderMemberAccess', () => {
  it('quotes keys that are not identifiers', () => {
    expect(renderKey('AES')).toBe('AES');
    expect(renderKey('3DES')).toBe("'3DES'");
    expect(renderMemberAccess('CryptographicAlgorithm', 'AES')).toBe('CryptographicAlgorithm.AES');
    expect(renderMemberAccess('CryptographicAlgorithm', '3DES')).toBe("CryptographicAlgorithm['3DES']");
  });
});

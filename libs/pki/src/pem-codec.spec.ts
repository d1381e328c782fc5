import { derToPem, pemToDer, readPemBlocks, PEM_CERTIFICATE_REQUEST } from './pem-codec';
import { PkiError } from './pki-error';

describe('PEM codec', () => {
  const der = Buffer.from(Array.from({ length: 100 }, (_, i) => i));

  it('writes 64-character lines and reads back the same bytes', () => {
    const pem = derToPem(der, 'CERTIFICATE');
    const lines = pem.trimEnd().split('\n');
    expect(lines[0]).toBe('-----BEGIN CERTIFICATE-----');
    expect(lines.at(-1)).toBe('-----END CERTIFICATE-----');
    expect(lines.slice(1, -1).every((l) => l.length <= 64)).toBe(true);
    expect(pemToDer(pem, 'CERTIFICATE')).toEqual(der);
  });

  it('finds blocks among other text and CRLF line ends', () => {
    const text = `subject=CN = x\r\n${derToPem(der, 'PRIVATE KEY').replace(/\n/g, '\r\n')}trailer`;
    expect(readPemBlocks(text).map((b) => b.label)).toEqual(['PRIVATE KEY']);
    expect(pemToDer(text, 'PRIVATE KEY')).toEqual(der);
  });

  it('accepts the NEW CERTIFICATE REQUEST label older tools write', () => {
    expect(pemToDer(derToPem(der, 'NEW CERTIFICATE REQUEST'), PEM_CERTIFICATE_REQUEST)).toEqual(der);
  });

  it('refuses text without the wanted block', () => {
    expect(() => pemToDer(derToPem(der, 'PRIVATE KEY'), 'CERTIFICATE')).toThrow(PkiError);
    expect(() => pemToDer('not pem at all', 'CERTIFICATE')).toThrow(/no CERTIFICATE PEM block/);
  });
});

import {
  fromRpcErrorWire,
  parseGenerateWire,
  parseHealthReply,
  parseReferenceReply,
  parseRegisterWire,
  parseUnwrapReply,
  toRpcErrorWire,
} from './key-wrapping.rpc-contract';
import {
  InvalidKeyWrappingRequestError,
  KeyWrappingInternalError,
  KeyWrappingUnavailableError,
  RootKeyRevokedError,
} from './key-wrapping-client.errors';

describe('the RPC contract', () => {
  it('defaults a generate to 256 bits and refuses other lengths', () => {
    expect(parseGenerateWire({ tenant: 't', objectId: 'o' })).toEqual({ tenant: 't', objectId: 'o', lengthBits: 256 });
    expect(parseGenerateWire({ tenant: 't', objectId: 'o', lengthBits: 128 }).lengthBits).toBe(128);
    expect(() => parseGenerateWire({ tenant: 't', objectId: 'o', lengthBits: 512 })).toThrow(
      InvalidKeyWrappingRequestError,
    );
  });

  it.each([
    ['not an object', 'text'],
    ['an array', []],
    ['an empty tenant', { tenant: '', objectId: 'o' }],
    ['a numeric object id', { tenant: 't', objectId: 7 }],
    ['a lone surrogate', { tenant: 't', objectId: 'a\ud800' }],
    ['an id longer than the AAD allows', { tenant: 't', objectId: 'x'.repeat(1025) }],
  ])('refuses %s', (_, data) => {
    expect(() => parseGenerateWire(data)).toThrow(InvalidKeyWrappingRequestError);
  });

  it('decodes register material from base64 and refuses anything else', () => {
    const material = Buffer.from('00112233445566778899aabbccddeeff', 'hex');
    const parsed = parseRegisterWire({ tenant: 't', objectId: 'o', material: material.toString('base64') });
    expect(parsed.material.equals(material)).toBe(true);
    for (const bad of ['', 'not base64!', 'AAA', 'A'.repeat(200), 42]) {
      expect(() => parseRegisterWire({ tenant: 't', objectId: 'o', material: bad })).toThrow(
        InvalidKeyWrappingRequestError,
      );
    }
  });

  it('carries error codes across the wire and reads nothing else as one of ours', () => {
    const wire = toRpcErrorWire(new KeyWrappingUnavailableError('the HSM is down', true));
    expect(JSON.parse(JSON.stringify(wire))).toEqual({
      code: 'UNAVAILABLE',
      message: 'the HSM is down',
      retryable: true,
    });
    const back = fromRpcErrorWire(JSON.parse(JSON.stringify(wire)));
    expect(back).toBeInstanceOf(KeyWrappingUnavailableError);
    expect(back).toMatchObject({ code: 'UNAVAILABLE', retryable: true });
    expect(fromRpcErrorWire({ code: 'ROOT_KEY_REVOKED', message: 'gone' })).toBeInstanceOf(RootKeyRevokedError);
    expect(fromRpcErrorWire({ status: 'error', message: 'Internal server error' })).toBeUndefined();
    expect(fromRpcErrorWire('There is no matching message handler')).toBeUndefined();
  });

  it('refuses replies it cannot read as internal errors', () => {
    expect(
      parseReferenceReply({ rootKeyId: 'crk', rootKeyVersion: '2', mechanism: 'CKM_AES_GCM', created: false }),
    ).toEqual({ rootKeyId: 'crk', rootKeyVersion: '2', mechanism: 'CKM_AES_GCM', created: false });
    expect(() => parseReferenceReply({ rootKeyId: 'crk', rootKeyVersion: '2', mechanism: 'ROT13' })).toThrow(
      KeyWrappingInternalError,
    );
    expect(parseUnwrapReply({ material: Buffer.alloc(32, 7).toString('base64') })).toEqual(Buffer.alloc(32, 7));
    expect(() => parseUnwrapReply({})).toThrow(KeyWrappingInternalError);
    expect(() => parseHealthReply({ status: 'ok', tenant: 't', provider: 'tpm' })).toThrow(KeyWrappingInternalError);
  });
});

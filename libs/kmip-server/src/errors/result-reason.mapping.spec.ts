import { KMIP_1_1, KMIP_1_4, KMIP_2_0, KmipError } from '@kmip/kmip';
import { mapFailure } from './result-reason.mapping';
import { OperationError } from './operation-error';
import { WriteFailure } from './write-failure';

const coded = (code: string) => Object.assign(new Error(`tenant-a/obj-1: ${code}`), { code });

describe('the Result Reason mapping', () => {
  it.each([
    // error, 1.1 reason, 2.0 reason
    [
      OperationError.fromDecision({ reason: 'WrongKeyLifecycleState', legacyReason: 'PermissionDenied', message: 'm' }),
      'PermissionDenied',
      'WrongKeyLifecycleState',
    ],
    [
      OperationError.fromDecision({ reason: 'AttributeReadOnly', legacyReason: 'PermissionDenied', message: 'm' }),
      'PermissionDenied',
      'AttributeReadOnly',
    ],
    [
      OperationError.fromDecision({ reason: 'IllegalOperation', legacyReason: 'IllegalOperation', message: 'm' }),
      'IllegalOperation',
      'IllegalObjectType',
    ],
    [new OperationError('ObjectDestroyed', 'm', 'PermissionDenied'), 'PermissionDenied', 'ObjectDestroyed'],
    [new KmipError('InvalidField', 'm'), 'InvalidField', 'InvalidField'],
    [new KmipError('KeyValueNotPresent', 'm'), 'GeneralFailure', 'KeyValueNotPresent'],
    [coded('ROOT_KEY_REVOKED'), 'PermissionDenied', 'PermissionDenied'],
    [coded('NOT_FOUND'), 'ItemNotFound', 'ItemNotFound'],
    [coded('CONFLICT'), 'IllegalOperation', 'ObjectAlreadyExists'],
    [coded('INVALID_REQUEST'), 'InvalidField', 'InvalidField'],
    [coded('INTERNAL'), 'CryptographicFailure', 'CryptographicFailure'],
    [coded('UNAVAILABLE'), 'GeneralFailure', 'GeneralFailure'],
    [new WriteFailure('timeout'), 'GeneralFailure', 'GeneralFailure'],
    [Object.assign(new Error('deadline'), { name: 'TimeoutError' }), 'GeneralFailure', 'GeneralFailure'],
    [new TypeError('Cannot read properties of undefined'), 'GeneralFailure', 'GeneralFailure'],
  ])('%p → 1.x %s, 2.x %s', (error, v1, v2) => {
    expect(mapFailure(error, KMIP_1_1).reason).toBe(v1);
    expect(mapFailure(error, KMIP_2_0).reason).toBe(v2);
  });

  it('uses a reason a 1.x version defines from that version on (Object Already Exists is 1.4)', () => {
    expect(mapFailure(new KmipError('ObjectAlreadyExists', 'm'), KMIP_1_4).reason).toBe('ObjectAlreadyExists');
    expect(mapFailure(new KmipError('ObjectAlreadyExists', 'm'), KMIP_1_1).reason).toBe('GeneralFailure');
  });

  it('never puts an unexpected error message, a client error message or a stack on the wire', () => {
    const secret = new Error('key 00112233445566778899 leaked at Object.<anonymous> (x.ts:1:1)');
    expect(mapFailure(secret, KMIP_1_1)).toEqual({
      reason: 'GeneralFailure',
      message: 'the server could not complete the operation',
    });
    expect(mapFailure(coded('NOT_FOUND'), KMIP_1_1).message).not.toMatch(/tenant-a|obj-1/);
    expect(mapFailure(new WriteFailure('timeout'), KMIP_1_1).message).toMatch(/may still take effect/);
  });
});

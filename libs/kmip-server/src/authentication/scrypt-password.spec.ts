import { scryptSync } from 'node:crypto';
import { isScryptHash } from '@kmip/key-lifecycle';
import { hashScryptPassword, parseScryptHash, verifyScryptPassword, VerifiedPasswords } from './scrypt-password';

describe('scrypt password hashes', () => {
  it('hashes in the PHC form key-lifecycle accepts, and verifies only the right password', async () => {
    const hash = await hashScryptPassword('vCenter-pa55', { ln: 4 });
    expect(isScryptHash(hash)).toBe(true);
    expect(hash).toMatch(/^\$scrypt\$ln=4,r=8,p=1\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+$/);
    expect(await verifyScryptPassword('vCenter-pa55', hash)).toBe(true);
    expect(await verifyScryptPassword('vCenter-pa56', hash)).toBe(false);
  });

  it('reads hashes written elsewhere: no leading $, padded or passlib base64', async () => {
    const salt = Buffer.from('0123456789abcdef');
    const derived = scryptSync('pw', salt, 32, { N: 16, r: 8, p: 1 });
    const b64 = (b: Buffer) => b.toString('base64');
    const passlib = (b: Buffer) => b.toString('base64').replace(/\+/g, '.').replace(/=+$/, '');
    expect(await verifyScryptPassword('pw', `scrypt$ln=4,r=8,p=1$${b64(salt)}$${b64(derived)}`)).toBe(true);
    expect(await verifyScryptPassword('pw', `$scrypt$ln=4,r=8,p=1$${passlib(salt)}$${passlib(derived)}`)).toBe(true);
  });

  it('refuses anything that is not a well-formed scrypt hash', async () => {
    expect(parseScryptHash('s3cret')).toBeUndefined();
    expect(parseScryptHash('$scrypt$ln=0,r=8,p=1$c2FsdA$aGFzaA')).toBeUndefined();
    expect(await verifyScryptPassword('s3cret', 's3cret')).toBe(false);
  });

  it('remembers a verified password, and a changed hash is checked afresh', async () => {
    const passwords = new VerifiedPasswords();
    const first = await hashScryptPassword('pw', { ln: 4 });
    const second = await hashScryptPassword('other', { ln: 4 });
    expect(await passwords.verify('pw', first)).toBe(true);
    expect(await passwords.verify('pw', first)).toBe(true);
    expect(await passwords.verify('pw', second)).toBe(false);
  });
});

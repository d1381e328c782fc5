/**
 * Operator helper: creates the first version of a root key in a token (used by the tests and the operator CLI).
 * Rotation (later versions) goes through Pkcs11RootKeyProvider.rotate().
 */
import { acquirePkcs11Module } from './pkcs11-module';
import { findRootKeyVersions, findSlotByTokenLabel, generateRootKeyVersion } from './pkcs11-root-key-objects';
import { pkcs11RootKeyId } from './pkcs11-root-key.provider';
import { Pkcs11SessionPool } from './pkcs11-session-pool';

export interface CreateRootKeyOptions {
  readonly library: string;
  readonly tokenLabel: string;
  readonly pin: string;
  readonly keyLabel: string;
}

export interface CreateRootKeyResult {
  readonly rootKeyId: string;
  readonly currentVersion: string;
  /** False when the key already existed (nothing was changed). */
  readonly created: boolean;
}

export async function createRootKey(options: CreateRootKeyOptions): Promise<CreateRootKeyResult> {
  if (!/^[\x21-\x7e]{1,60}$/.test(options.keyLabel)) {
    throw new TypeError('root key label must be 1 to 60 printable ASCII characters without spaces');
  }
  const module = acquirePkcs11Module(options.library);
  const pool = new Pkcs11SessionPool(module.pkcs11, findSlotByTokenLabelOrRelease(), options.pin, 1);
  try {
    return await pool.use((session) => {
      const existing = findRootKeyVersions(module.pkcs11, session, options.keyLabel);
      const rootKeyId = pkcs11RootKeyId(options.tokenLabel, options.keyLabel);
      if (existing.size > 0) {
        return { rootKeyId, currentVersion: String(Math.max(...existing.keys())), created: false };
      }
      generateRootKeyVersion(module.pkcs11, session, options.keyLabel, 1);
      return { rootKeyId, currentVersion: '1', created: true };
    });
  } finally {
    await pool.close();
    module.release();
  }

  function findSlotByTokenLabelOrRelease(): Buffer {
    try {
      return findSlotByTokenLabel(module.pkcs11, options.tokenLabel);
    } catch (err) {
      module.release();
      throw err;
    }
  }
}

/**
 * One loaded and initialized PKCS#11 library per process and path, shared by reference count.
 *
 * A PKCS#11 library may be initialized only once per process (C_Initialize again answers
 * CKR_CRYPTOKI_ALREADY_INITIALIZED) and C_Finalize ends every session of the process, so provider instances that
 * use the same library must share it; the last one to release it finalizes it. It is initialized with
 * CKF_OS_LOCKING_OK because pkcs11js runs the *Async calls on libuv worker threads.
 */
import * as pkcs11js from 'pkcs11js';
import { CKR } from './pkcs11-return-values';
import { mapPkcs11Error } from './pkcs11-error-mapping';
import { ProviderUnavailable } from '../key-wrapping.errors';

export interface Pkcs11Module {
  readonly pkcs11: pkcs11js.PKCS11;
  readonly libraryPath: string;
  /** Idempotent. */
  release(): void;
}

interface Entry {
  readonly pkcs11: pkcs11js.PKCS11;
  refs: number;
  /** False when someone else in this process had already initialized the library: not ours to finalize. */
  readonly owned: boolean;
}

const loaded = new Map<string, Entry>();

export function acquirePkcs11Module(libraryPath: string): Pkcs11Module {
  let entry = loaded.get(libraryPath);
  if (!entry) {
    entry = initialize(libraryPath);
    loaded.set(libraryPath, entry);
  }
  entry.refs++;
  const held = entry;
  let released = false;
  return {
    pkcs11: held.pkcs11,
    libraryPath,
    release(): void {
      if (released) return;
      released = true;
      held.refs--;
      if (held.refs > 0) return;
      loaded.delete(libraryPath);
      try {
        if (held.owned) held.pkcs11.C_Finalize();
      } finally {
        held.pkcs11.close();
      }
    },
  };
}

function initialize(libraryPath: string): Entry {
  const pkcs11 = new pkcs11js.PKCS11();
  try {
    pkcs11.load(libraryPath);
  } catch {
    throw new ProviderUnavailable(`cannot load the PKCS#11 library ${libraryPath}`);
  }
  try {
    pkcs11.C_Initialize({ flags: pkcs11js.CKF_OS_LOCKING_OK });
    return { pkcs11, refs: 0, owned: true };
  } catch (err) {
    if ((err as { code?: unknown }).code === CKR.CRYPTOKI_ALREADY_INITIALIZED) return { pkcs11, refs: 0, owned: false };
    pkcs11.close();
    throw mapPkcs11Error(err, `C_Initialize of ${libraryPath}`);
  }
}

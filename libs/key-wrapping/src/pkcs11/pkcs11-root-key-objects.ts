/**
 * How root key versions live in a token.
 *
 * Each version is its own AES-256 secret key object, CKA_LABEL `<label>.v<N>` (so HSM tools show every version
 * by name) and CKA_ID = the UTF-8 bytes of `<label>` (so one C_FindObjects finds all versions). The current
 * version is the highest N. Every version is a token object, private, sensitive and non-extractable, usable only
 * to encrypt and decrypt (CKM_AES_GCM through C_Encrypt/C_Decrypt).
 */
import type { PKCS11 } from 'pkcs11js';
import * as pkcs11js from 'pkcs11js';
import { ProviderUnavailable, RootKeyUnavailable } from '../key-wrapping.errors';
import { mapPkcs11Error } from './pkcs11-error-mapping';

export const ROOT_KEY_VALUE_LEN = 32;

export interface RootKeyObject {
  readonly version: number;
  readonly handle: Buffer;
}

export function versionLabel(label: string, version: number): string {
  return `${label}.v${version}`;
}

/** The slot whose token carries this label (labels are blank-padded to 32 bytes by the token). */
export function findSlotByTokenLabel(pkcs11: PKCS11, tokenLabel: string): Buffer {
  let slots: Buffer[];
  try {
    slots = pkcs11.C_GetSlotList(true);
  } catch (err) {
    throw mapPkcs11Error(err, 'C_GetSlotList');
  }
  for (const slot of slots) {
    try {
      if (pkcs11.C_GetTokenInfo(slot).label.trim() === tokenLabel) return slot;
    } catch {
      // A slot whose token went away meanwhile: not ours.
    }
  }
  throw new ProviderUnavailable(`no PKCS#11 token labelled "${tokenLabel}" is present`);
}

/** All versions of the root key, checked to be non-extractable sensitive AES-256 keys, by version. */
export function findRootKeyVersions(pkcs11: PKCS11, session: Buffer, label: string): Map<number, Buffer> {
  const versions = new Map<number, Buffer>();
  for (const object of listRootKeyObjects(pkcs11, session, label)) {
    if (versions.has(object.version)) {
      throw new RootKeyUnavailable(`two PKCS#11 keys are labelled "${versionLabel(label, object.version)}"`);
    }
    versions.set(object.version, object.handle);
  }
  return versions;
}

/** Every key object of the root key (duplicates included), checked to be non-extractable sensitive AES-256 keys. */
export function listRootKeyObjects(pkcs11: PKCS11, session: Buffer, label: string): RootKeyObject[] {
  const handles: Buffer[] = [];
  try {
    pkcs11.C_FindObjectsInit(session, [
      { type: pkcs11js.CKA_CLASS, value: pkcs11js.CKO_SECRET_KEY },
      { type: pkcs11js.CKA_KEY_TYPE, value: pkcs11js.CKK_AES },
      { type: pkcs11js.CKA_ID, value: Buffer.from(label, 'utf8') },
    ]);
    try {
      for (;;) {
        const batch = pkcs11.C_FindObjects(session, 64);
        if (batch.length === 0) break;
        handles.push(...batch);
      }
    } finally {
      pkcs11.C_FindObjectsFinal(session);
    }
  } catch (err) {
    throw mapPkcs11Error(err, 'C_FindObjects');
  }

  const pattern = new RegExp(`^${escapeRegExp(label)}\\.v([1-9][0-9]{0,8})$`);
  const objects: RootKeyObject[] = [];
  for (const handle of handles) {
    let attributes;
    try {
      attributes = pkcs11.C_GetAttributeValue(session, handle, [
        { type: pkcs11js.CKA_LABEL },
        { type: pkcs11js.CKA_SENSITIVE },
        { type: pkcs11js.CKA_EXTRACTABLE },
        { type: pkcs11js.CKA_VALUE_LEN },
      ]);
    } catch (err) {
      throw mapPkcs11Error(err, 'C_GetAttributeValue');
    }
    const [labelAttr, sensitive, extractable, valueLen] = attributes.map((a) => a.value);
    const objectLabel = labelAttr?.toString('utf8') ?? '';
    const match = pattern.exec(objectLabel);
    if (!match) continue; // same CKA_ID, not named like a version: not one of ours
    if (!isTrue(sensitive) || isTrue(extractable)) {
      throw new RootKeyUnavailable(`PKCS#11 key "${objectLabel}" is extractable or not sensitive; refusing to use it`);
    }
    if (readUlong(valueLen) !== ROOT_KEY_VALUE_LEN) {
      throw new RootKeyUnavailable(`PKCS#11 key "${objectLabel}" is not an AES-256 key`);
    }
    objects.push({ version: Number(match[1]), handle });
  }
  return objects;
}

/** Generates version `version` of the root key inside the token. */
export function generateRootKeyVersion(pkcs11: PKCS11, session: Buffer, label: string, version: number): Buffer {
  try {
    return pkcs11.C_GenerateKey(session, { mechanism: pkcs11js.CKM_AES_KEY_GEN }, [
      { type: pkcs11js.CKA_CLASS, value: pkcs11js.CKO_SECRET_KEY },
      { type: pkcs11js.CKA_KEY_TYPE, value: pkcs11js.CKK_AES },
      { type: pkcs11js.CKA_VALUE_LEN, value: ROOT_KEY_VALUE_LEN },
      { type: pkcs11js.CKA_LABEL, value: versionLabel(label, version) },
      { type: pkcs11js.CKA_ID, value: Buffer.from(label, 'utf8') },
      { type: pkcs11js.CKA_TOKEN, value: true },
      { type: pkcs11js.CKA_PRIVATE, value: true },
      { type: pkcs11js.CKA_SENSITIVE, value: true },
      { type: pkcs11js.CKA_EXTRACTABLE, value: false },
      { type: pkcs11js.CKA_MODIFIABLE, value: false },
      { type: pkcs11js.CKA_ENCRYPT, value: true },
      { type: pkcs11js.CKA_DECRYPT, value: true },
      { type: pkcs11js.CKA_WRAP, value: false },
      { type: pkcs11js.CKA_UNWRAP, value: false },
      { type: pkcs11js.CKA_SIGN, value: false },
      { type: pkcs11js.CKA_VERIFY, value: false },
      { type: pkcs11js.CKA_DERIVE, value: false },
    ]);
  } catch (err) {
    throw mapPkcs11Error(err, 'C_GenerateKey');
  }
}

function isTrue(value: Buffer | undefined): boolean {
  return value !== undefined && value.length > 0 && value[0] !== 0;
}

/** CK_ULONG in the platform's size and (little-endian, on every platform Node supports for this) byte order. */
function readUlong(value: Buffer | undefined): number {
  if (!value) return -1;
  if (value.length === 8) return Number(value.readBigUInt64LE());
  if (value.length === 4) return value.readUInt32LE();
  return -1;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

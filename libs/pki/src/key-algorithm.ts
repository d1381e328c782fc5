import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { derToPem, pemToDer, PEM_PRIVATE_KEY } from './pem-codec';
import { PkiError } from './pki-error';
import { subtle, x509, type CryptoKey, type CryptoKeyPair } from './x509-provider';

/**
 * Key types this PKI creates. RSA 2048 is the default: vCenter 7 and 8 accept RSA and ECDSA server certificates, but
 * RSA 2048 is what VMware documents for KMS certificates and what every vCenter/ESXi build handles.
 */
export type KeyAlgorithm = 'rsa-2048' | 'rsa-3072' | 'ecdsa-p256';

export const DEFAULT_KEY_ALGORITHM: KeyAlgorithm = 'rsa-2048';

const RSA_SIGNING = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' } as const;
const ECDSA_SIGNING = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const;

function generationParams(algorithm: KeyAlgorithm) {
  switch (algorithm) {
    case 'rsa-2048':
    case 'rsa-3072':
      return {
        ...RSA_SIGNING,
        modulusLength: algorithm === 'rsa-2048' ? 2048 : 3072,
        publicExponent: new Uint8Array([1, 0, 1]),
      };
    case 'ecdsa-p256':
      return ECDSA_SIGNING;
  }
}

/** A new signing key pair; the private key is extractable so that it can be written as PKCS#8. */
export async function generateKeyPair(algorithm: KeyAlgorithm): Promise<CryptoKeyPair> {
  return subtle.generateKey(generationParams(algorithm), true, ['sign', 'verify']);
}

export async function privateKeyToPem(key: CryptoKey): Promise<string> {
  return derToPem(await subtle.exportKey('pkcs8', key), PEM_PRIVATE_KEY);
}

/** Imports a PKCS#8 PEM private key (RSA or EC P-256) for signing certificates. */
export async function importSigningKey(privateKeyPem: string): Promise<CryptoKey> {
  const der = pemToDer(privateKeyPem, PEM_PRIVATE_KEY);
  const keyObject = createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
  const type = keyObject.asymmetricKeyType;
  if (type === 'rsa') return subtle.importKey('pkcs8', der, RSA_SIGNING, false, ['sign']);
  if (type === 'ec' && keyObject.asymmetricKeyDetails?.namedCurve === 'prime256v1') {
    return subtle.importKey('pkcs8', der, ECDSA_SIGNING, false, ['sign']);
  }
  throw new PkiError('unsupported-key', `signing keys must be RSA or EC P-256, not ${type ?? 'unknown'}`);
}

/** The certificate signature algorithm for a signing key: SHA-256 with RSA PKCS#1 v1.5 or ECDSA. */
export function signatureAlgorithmFor(key: CryptoKey): { name: string; hash: string } {
  return key.algorithm.name === 'ECDSA' ? { name: 'ECDSA', hash: 'SHA-256' } : RSA_SIGNING;
}

const ACCEPTED_CURVES = new Set(['prime256v1', 'secp384r1', 'secp521r1']);

/**
 * Checks that a public key someone else generated (a CSR's) is strong enough to certify: RSA of at least 2048 bits or
 * EC on a NIST curve. Returns whether it is RSA, which decides the key usages of its certificate.
 */
export function checkSubjectPublicKey(spki: Uint8Array | ArrayBuffer): { rsa: boolean } {
  let key: KeyObject;
  try {
    key = createPublicKey({ key: Buffer.from(spki as ArrayBuffer), format: 'der', type: 'spki' });
  } catch {
    throw new PkiError('unsupported-key', 'the public key cannot be parsed');
  }
  const details = key.asymmetricKeyDetails ?? {};
  if (key.asymmetricKeyType === 'rsa') {
    if ((details.modulusLength ?? 0) < 2048) {
      throw new PkiError('weak-key', `RSA key of ${details.modulusLength ?? 0} bits, at least 2048 required`);
    }
    return { rsa: true };
  }
  if (key.asymmetricKeyType === 'ec' && ACCEPTED_CURVES.has(details.namedCurve ?? '')) return { rsa: false };
  throw new PkiError('unsupported-key', `public key type ${key.asymmetricKeyType ?? 'unknown'} is not accepted`);
}

/** The key usages a TLS end-entity certificate needs (RFC 5280 §4.2.1.3): RSA key transport needs keyEncipherment. */
export function endEntityKeyUsages(rsa: boolean): number {
  return rsa
    ? x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyEncipherment
    : x509.KeyUsageFlags.digitalSignature;
}

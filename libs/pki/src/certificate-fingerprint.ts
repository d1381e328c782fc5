import { createHash } from 'node:crypto';
import { certificateDer } from './pem-codec';
import { PkiError } from './pki-error';

/**
 * The canonical certificate fingerprint of this project: SHA-256 of the DER certificate as 64 lowercase hex digits,
 * no separators. The allow-list, events and logs all use this form.
 */
export function certificateFingerprint(certificate: string | Uint8Array): string {
  return createHash('sha256').update(certificateDer(certificate)).digest('hex');
}

/**
 * Reads a SHA-256 fingerprint written by hand or by a tool (`AB:CD:…` from openssl or vCenter, with or without a
 * `sha256 Fingerprint=` prefix, any case, colons or spaces) into the canonical form.
 */
export function normalizeFingerprint(input: string): string {
  const text = input.trim().replace(/^sha-?256\s*fingerprint\s*=\s*/i, '');
  if (!/^[0-9a-fA-F]{2}([:\s]?[0-9a-fA-F]{2}){31}$/.test(text)) {
    throw new PkiError('bad-fingerprint', 'a SHA-256 fingerprint is 32 bytes as hex, optionally colon-separated');
  }
  return text.replace(/[:\s]/g, '').toLowerCase();
}

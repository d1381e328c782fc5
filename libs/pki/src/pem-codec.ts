import { PkiError } from './pki-error';

export const PEM_CERTIFICATE = 'CERTIFICATE';
export const PEM_PRIVATE_KEY = 'PRIVATE KEY';
export const PEM_CERTIFICATE_REQUEST = 'CERTIFICATE REQUEST';

const BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----\r?\n([A-Za-z0-9+/=\r\n\t ]*?)-----END \1-----/g;

export interface PemBlock {
  readonly label: string;
  readonly der: Buffer;
}

/** Every PEM block of a text (RFC 7468), in order; text around the blocks (e.g. openssl's comments) is ignored. */
export function readPemBlocks(pem: string): PemBlock[] {
  const blocks: PemBlock[] = [];
  for (const match of pem.matchAll(BLOCK)) {
    blocks.push({ label: match[1], der: Buffer.from(match[2].replace(/\s+/g, ''), 'base64') });
  }
  return blocks;
}

/**
 * The DER of the first block with one of the given labels. `NEW CERTIFICATE REQUEST` (older tools, some vCenter
 * versions) is accepted wherever `CERTIFICATE REQUEST` is.
 */
export function pemToDer(pem: string, label: string): Buffer {
  const accepted = label === PEM_CERTIFICATE_REQUEST ? [label, `NEW ${label}`] : [label];
  const block = readPemBlocks(pem).find((b) => accepted.includes(b.label));
  if (block === undefined || block.der.length === 0) throw new PkiError('bad-pem', `no ${label} PEM block found`);
  return block.der;
}

/** PEM text with 64-character lines and a final newline. */
export function derToPem(der: Uint8Array | ArrayBuffer, label: string): string {
  const base64 = Buffer.from(der instanceof ArrayBuffer ? new Uint8Array(der) : der).toString('base64');
  const lines = base64.match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

/** Accepts a certificate as PEM text or DER bytes and returns its DER. */
export function certificateDer(certificate: string | Uint8Array): Buffer {
  return typeof certificate === 'string' ? pemToDer(certificate, PEM_CERTIFICATE) : Buffer.from(certificate);
}

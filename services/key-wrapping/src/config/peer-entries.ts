/**
 * The gateway peers allowed to call the service, as configured: certificate SHA-256 fingerprints, or subjects (the
 * certificates then chain to the deployment's CA, which TLS checks first). Anything not listed is refused.
 */
import { ConfigError } from './config.error';

export type PeerEntry =
  | { readonly kind: 'fingerprint'; readonly fingerprint: string }
  /** Attribute=value pairs, compared as a set (order does not matter, nothing may be missing or extra). */
  | { readonly kind: 'subject'; readonly attributes: readonly string[] };

/**
 * `KEY_WRAPPING_ALLOWED_PEERS`: entries separated by `;` or new lines, each `sha256:<hex>` (colons allowed, or the
 * bare 64 hex digits) or `subject:CN=…,O=…` (values containing `,` or `;` are not supported).
 */
export function parsePeerEntries(text: string): PeerEntry[] {
  const entries = text
    .split(/[;\n]/)
    .map((e) => e.trim())
    .filter((e) => e.length > 0)
    .map(parsePeerEntry);
  if (entries.length === 0) throw new ConfigError('KEY_WRAPPING_ALLOWED_PEERS names no peer');
  return entries;
}

function parsePeerEntry(entry: string): PeerEntry {
  const subject = /^subject:(.+)$/i.exec(entry);
  if (subject) {
    const attributes = subject[1].split(',').map(normalizeAttribute);
    if (attributes.some((a) => a === undefined)) {
      throw new ConfigError('KEY_WRAPPING_ALLOWED_PEERS: a subject is a list of NAME=value separated by commas');
    }
    return { kind: 'subject', attributes: [...new Set(attributes as string[])].sort() };
  }
  const hex = entry.replace(/^sha-?256:/i, '').replace(/:/g, '');
  if (!/^[0-9a-fA-F]{64}$/.test(hex)) {
    throw new ConfigError('KEY_WRAPPING_ALLOWED_PEERS: an entry is sha256:<64 hex digits> or subject:CN=…');
  }
  return { kind: 'fingerprint', fingerprint: hex.toLowerCase() };
}

/** `cn = Gateway ` → `CN=Gateway`; undefined when it is not NAME=value. */
export function normalizeAttribute(text: string): string | undefined {
  const match = /^\s*([A-Za-z][A-Za-z0-9.]*)\s*=\s*(.*?)\s*$/.exec(text);
  if (!match || match[2].length === 0) return undefined;
  return `${match[1].toUpperCase()}=${match[2]}`;
}

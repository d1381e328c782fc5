/**
 * Deny by default: a peer whose certificate passed TLS (it chains to the deployment's CA) may call the service only
 * if its SHA-256 fingerprint or its exact subject is configured. The CA may also sign vCenter's certificates (DESIGN
 * §5), so "issued by our CA" alone must not be enough.
 */
import { createHash, X509Certificate } from 'node:crypto';
import { normalizeAttribute, type PeerEntry } from '../config/peer-entries';

export interface PeerIdentity {
  /** 64 lower-case hex digits. */
  readonly fingerprint: string;
  /** Normalized NAME=value attributes of the subject, sorted. */
  readonly subject: readonly string[];
}

export function peerIdentity(der: Buffer): PeerIdentity {
  const fingerprint = createHash('sha256').update(der).digest('hex');
  // node renders the subject one attribute per line, e.g. "O=kmip-vmware\nCN=kmip-gateway".
  const subject = new X509Certificate(der).subject
    .split('\n')
    .map(normalizeAttribute)
    .filter((a): a is string => a !== undefined)
    .sort();
  return { fingerprint, subject };
}

export class PeerAllowList {
  private readonly fingerprints: ReadonlySet<string>;
  private readonly subjects: ReadonlySet<string>;

  constructor(entries: readonly PeerEntry[]) {
    this.fingerprints = new Set(entries.flatMap((e) => (e.kind === 'fingerprint' ? [e.fingerprint] : [])));
    this.subjects = new Set(entries.flatMap((e) => (e.kind === 'subject' ? [e.attributes.join('\n')] : [])));
  }

  allows(peer: PeerIdentity): boolean {
    return this.fingerprints.has(peer.fingerprint) || this.subjects.has(peer.subject.join('\n'));
  }
}

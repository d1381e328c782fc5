import type { ClientRecord } from './client-directory.port';

/** How the client's certificate was accepted. */
export type ClientTrust = 'ca' | 'pinned';

/** Who is on the other end of a connection; handed to the message handler with every message. */
export interface ConnectionContext<C extends ClientRecord = ClientRecord> {
  /** Unique per server instance, for correlating log lines. */
  readonly connectionId: number;
  /** Canonical SHA-256 fingerprint of the client certificate. */
  readonly fingerprint: string;
  readonly tenant: string;
  readonly clientId: string;
  /** The allow-list record as the directory returned it. */
  readonly client: C;
  readonly trust: ClientTrust;
  readonly remoteAddress: string;
  readonly remotePort: number;
  /** Negotiated protocol, 'TLSv1.2' or 'TLSv1.3'. */
  readonly tlsProtocol: string;
  readonly connectedAt: Date;
}

/** What the allow-list knows about a client certificate. Implementations may add fields (allowed operations…). */
export interface ClientRecord {
  readonly tenant: string;
  readonly clientId: string;
  /**
   * The certificate is trusted by its fingerprint alone (vCenter's uploaded self-signed certificate): it is accepted
   * without a chain to a configured CA and without the clientAuth extended key usage. Only its validity period is
   * still checked.
   */
  readonly pinned?: boolean;
}

/**
 * The allow-list port the server asks after every handshake. The gateway implements it from the inventory; a lookup
 * may be asynchronous but should be fast (it is bounded by the handshake timeout).
 */
export interface ClientDirectory<C extends ClientRecord = ClientRecord> {
  /** `fingerprint` is the canonical SHA-256 of the certificate (64 lowercase hex digits). */
  lookup(fingerprint: string): C | undefined | Promise<C | undefined>;
}

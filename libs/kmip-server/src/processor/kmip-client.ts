import type { ConfiguredCredential } from '../authentication/credential-check';

/** The client behind a request: its certificate's allow-list entry (DESIGN §5) and where it connects from. */
export interface KmipClient {
  /** Canonical SHA-256 fingerprint of the client certificate. */
  readonly fingerprint: string;
  readonly address: string;
  readonly tenant: string;
  /** Operation names without spaces ('Get', 'DiscoverVersions'); anything else is refused (deny by default). */
  readonly allowedOperations: readonly string[];
  /** A KMIP Credential the client must present whenever it sends one. */
  readonly credential?: ConfiguredCredential;
}

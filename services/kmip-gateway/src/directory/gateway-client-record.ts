import type { ConfiguredCredential } from '@kmip/kmip-server';
import type { ClientRecord } from '@kmip/kmip-transport';

/** An allow-list entry as the gateway keeps it for the transport and the request processor. */
export interface GatewayClientRecord extends ClientRecord {
  readonly fingerprint: string;
  /** Operation names without spaces ('Get', 'DiscoverVersions'). */
  readonly allowedOperations: readonly string[];
  readonly credential?: ConfiguredCredential;
}

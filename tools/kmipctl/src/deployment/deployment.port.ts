import type { RootKeyRef } from '@kmip/key-lifecycle';
import type { CertificateAuthority } from '@kmip/pki';
import type { TenantOutcome, TenantRequest } from '@kmip/service-embedded';

/** A tenant's new root key, made but not yet served. */
export interface PreparedRootKey {
  readonly rootKey: RootKeyRef;
  /**
   * Called once the tenant exists: makes the key-wrapping service able to serve it (a distributed deployment adds it
   * to the service's tenants file). Answers a note for the operator, if there is something left to do.
   */
  activate(): Promise<string | undefined>;
}

/** A KMIP server deployment as kmipctl administers it. */
export interface Deployment {
  /** For messages: which deployment this is. */
  readonly description: string;
  /** Appends a tenant request through the decider and waits for the projector's verdict. */
  execute(request: TenantRequest): Promise<TenantOutcome>;
  /** The deployment's CA (certificate and key), which issues client certificates and signs CSRs. */
  certificateAuthority(): Promise<CertificateAuthority>;
  /** Makes a root key for a new tenant with the deployment's root key provider. */
  prepareRootKey(tenant: string): Promise<PreparedRootKey>;
  close(): Promise<void>;
}

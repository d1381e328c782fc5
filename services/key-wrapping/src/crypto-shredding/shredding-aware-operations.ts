/**
 * The key-wrapping operations as served to gateways: refused with RootKeyRevoked once the tenant's root key was
 * revoked (asked from the database on every call, so a revocation applied by any instance counts at once), and
 * refused with KekNotFound / InvalidKeyMaterial for a tenant this service does not serve.
 */
import {
  KekNotFound,
  RootKeyRevoked,
  type KekInfo,
  type KekLengthBits,
  type KeyWrappingHealth,
  type KeyWrappingOperations,
  type KeyWrappingService,
} from '@kmip/key-wrapping';
import { InvalidKeyWrappingRequestError } from '@kmip/key-wrapping';
import type { SqlClient } from '@kmip/sql';
import type { RootKeyRevocations } from './root-key-revocations';

export class ShreddingAwareOperations implements KeyWrappingOperations {
  constructor(
    private readonly service: KeyWrappingService,
    private readonly revocations: RootKeyRevocations,
    private readonly db: SqlClient,
    private readonly serves: (tenant: string) => boolean,
  ) {}

  async generate(tenant: string, objectId: string, lengthBits?: KekLengthBits): Promise<KekInfo> {
    await this.assertUsable(tenant, 'create');
    return this.service.generate(tenant, objectId, lengthBits);
  }

  async register(tenant: string, objectId: string, material: Uint8Array): Promise<KekInfo> {
    await this.assertUsable(tenant, 'create');
    return this.service.register(tenant, objectId, material);
  }

  async unwrap(tenant: string, objectId: string): Promise<Buffer> {
    // An object of a tenant not served here does not exist for the caller (DESIGN §5).
    if (!this.serves(tenant)) throw new KekNotFound(`no wrapped KEK for ${tenant}/${objectId}`);
    await this.assertUsable(tenant, 'read');
    return this.service.unwrap(tenant, objectId);
  }

  async health(tenant: string): Promise<KeyWrappingHealth> {
    await this.assertUsable(tenant, 'create');
    return this.service.health(tenant);
  }

  private async assertUsable(tenant: string, use: 'create' | 'read'): Promise<void> {
    if (!this.serves(tenant)) {
      throw new InvalidKeyWrappingRequestError(`tenant ${tenant} is not served by this key-wrapping service`);
    }
    if (await this.revocations.isRevoked(this.db, tenant)) {
      throw new RootKeyRevoked(
        use === 'read'
          ? `the root key of tenant ${tenant} was revoked: its keys are crypto-shredded`
          : `the root key of tenant ${tenant} was revoked: no key can be created`,
      );
    }
  }
}

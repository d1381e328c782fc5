/**
 * The embedded mode's client: calls the key-wrapping logic in the same process, with the checks and error codes of
 * the RPC path, so the gateway cannot tell the two apart.
 */
import type { KekLengthBits } from '../kek/kek-generator';
import type { KekInfo, KeyWrappingHealth } from '../key-wrapping.service';
import { toKeyWrappingClientError } from './client-error-mapping';
import type {
  GenerateKekRequest,
  KekAddress,
  KeyWrappingClient,
  KeyWrappingHealthReport,
  RegisterKekRequest,
  WrappedKekReference,
} from './key-wrapping.client';
import { checkId, checkLengthBits } from './key-wrapping.rpc-contract';

/** What the client needs of the logic: `KeyWrappingService` itself, or the service's crypto-shredding-aware wrapper. */
export interface KeyWrappingOperations {
  generate(tenant: string, objectId: string, lengthBits?: KekLengthBits): Promise<KekInfo>;
  register(tenant: string, objectId: string, material: Uint8Array): Promise<KekInfo>;
  unwrap(tenant: string, objectId: string): Promise<Buffer>;
  health(tenant: string): Promise<KeyWrappingHealth>;
}

export interface InProcessKeyWrappingClientOptions {
  /** The tenant `health()` reports on when the caller names none. */
  readonly defaultTenant: string;
}

export class InProcessKeyWrappingClient implements KeyWrappingClient {
  constructor(
    private readonly operations: KeyWrappingOperations,
    private readonly options: InProcessKeyWrappingClientOptions,
  ) {}

  generate(request: GenerateKekRequest): Promise<WrappedKekReference> {
    return mapped(async () => {
      const { tenant, objectId } = address(request);
      return toReference(await this.operations.generate(tenant, objectId, checkLengthBits(request.lengthBits)));
    });
  }

  register(request: RegisterKekRequest): Promise<WrappedKekReference> {
    return mapped(async () => {
      const { tenant, objectId } = address(request);
      return toReference(await this.operations.register(tenant, objectId, request.material));
    });
  }

  unwrap(request: KekAddress): Promise<Buffer> {
    return mapped(async () => {
      const { tenant, objectId } = address(request);
      return this.operations.unwrap(tenant, objectId);
    });
  }

  health(request: { readonly tenant?: string } = {}): Promise<KeyWrappingHealthReport> {
    return mapped(async () => {
      const tenant = checkId(request.tenant ?? this.options.defaultTenant, 'tenant');
      return toHealthReport(tenant, await this.operations.health(tenant));
    });
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}

function address(request: KekAddress): KekAddress {
  return { tenant: checkId(request.tenant, 'tenant'), objectId: checkId(request.objectId, 'objectId') };
}

async function mapped<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toKeyWrappingClientError(error);
  }
}

export function toReference(info: KekInfo): WrappedKekReference {
  return {
    rootKeyId: info.rootKeyId,
    rootKeyVersion: info.rootKeyVersion,
    mechanism: info.mechanism,
    created: info.created,
  };
}

export function toHealthReport(tenant: string, health: KeyWrappingHealth): KeyWrappingHealthReport {
  return {
    status: 'ok',
    tenant,
    provider: health.provider.provider,
    rootKeyId: health.provider.rootKeyId,
    currentRootKeyVersion: health.provider.currentVersion,
    mechanism: health.provider.mechanism,
  };
}

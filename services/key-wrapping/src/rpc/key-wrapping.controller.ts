/**
 * The RPC handlers: each checks its payload, calls the key-wrapping logic and answers plain JSON. Key material is
 * decoded into a buffer and zeroed once used; the base64 strings themselves cannot be zeroed (JSON on the wire).
 */
import { Controller, Inject, UseFilters, UseGuards, UseInterceptors } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  KEY_WRAPPING_PATTERNS,
  parseGenerateWire,
  parseHealthWire,
  parseRegisterWire,
  parseUnwrapWire,
  toHealthReport,
  toReference,
  zeroize,
  type KeyWrappingHealthReport,
  type KeyWrappingOperations,
  type UnwrapReplyWire,
  type WrappedKekReference,
} from '@kmip/key-wrapping';
import { InFlightInterceptor } from './in-flight.interceptor';
import { PeerCertificateGuard } from './peer-certificate.guard';
import { RpcErrorFilter } from './rpc-error.filter';
import { DEFAULT_TENANT, KEY_WRAPPING_OPERATIONS } from './tokens';

@Controller()
@UseGuards(PeerCertificateGuard)
@UseInterceptors(InFlightInterceptor)
@UseFilters(RpcErrorFilter)
export class KeyWrappingController {
  constructor(
    @Inject(KEY_WRAPPING_OPERATIONS) private readonly operations: KeyWrappingOperations,
    @Inject(DEFAULT_TENANT) private readonly defaultTenant: string,
  ) {}

  @MessagePattern(KEY_WRAPPING_PATTERNS.generate)
  async generate(@Payload() data: unknown): Promise<WrappedKekReference> {
    const request = parseGenerateWire(data);
    return toReference(await this.operations.generate(request.tenant, request.objectId, request.lengthBits));
  }

  @MessagePattern(KEY_WRAPPING_PATTERNS.register)
  async register(@Payload() data: unknown): Promise<WrappedKekReference> {
    const request = parseRegisterWire(data);
    try {
      return toReference(await this.operations.register(request.tenant, request.objectId, request.material));
    } finally {
      zeroize(request.material);
    }
  }

  @MessagePattern(KEY_WRAPPING_PATTERNS.unwrap)
  async unwrap(@Payload() data: unknown): Promise<UnwrapReplyWire> {
    const request = parseUnwrapWire(data);
    const material = await this.operations.unwrap(request.tenant, request.objectId);
    try {
      return { material: material.toString('base64') };
    } finally {
      zeroize(material);
    }
  }

  @MessagePattern(KEY_WRAPPING_PATTERNS.health)
  async health(@Payload() data: unknown): Promise<KeyWrappingHealthReport> {
    const tenant = parseHealthWire(data).tenant ?? this.defaultTenant;
    return toHealthReport(tenant, await this.operations.health(tenant));
  }
}

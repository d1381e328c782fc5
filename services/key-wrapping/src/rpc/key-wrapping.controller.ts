/**
 * The RPC handlers: each checks its payload, calls the key-wrapping logic and answers plain JSON. Key material is
 * decoded into a buffer and zeroed once used; the base64 strings themselves cannot be zeroed (JSON on the wire).
 * `kek.batch` runs several generate / register / unwrap calls concurrently and answers each with its reply or error.
 * Every message is counted while served (`InFlightCalls`), so that a shutdown lets it finish.
 */
import { Controller, Inject, UseFilters, UseGuards } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  KEY_WRAPPING_PATTERNS,
  parseBatchRequest,
  type BatchOperation,
  type BatchReplyWire,
  type BatchResultWire,
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
import type { InFlightCalls } from './in-flight-calls';
import { PeerCertificateGuard } from './peer-certificate.guard';
import { RpcErrorFilter, rpcErrorReply } from './rpc-error.filter';
import type { ServiceLogger } from '../service.logger';
import { DEFAULT_TENANT, IN_FLIGHT, KEY_WRAPPING_OPERATIONS, SERVICE_LOGGER } from './tokens';

@Controller()
@UseGuards(PeerCertificateGuard)
@UseFilters(RpcErrorFilter)
export class KeyWrappingController {
  constructor(
    @Inject(KEY_WRAPPING_OPERATIONS) private readonly operations: KeyWrappingOperations,
    @Inject(DEFAULT_TENANT) private readonly defaultTenant: string,
    @Inject(SERVICE_LOGGER) private readonly logger: ServiceLogger,
    @Inject(IN_FLIGHT) private readonly inFlight: InFlightCalls,
  ) {}

  @MessagePattern(KEY_WRAPPING_PATTERNS.batch)
  batch(@Payload() data: unknown): Promise<BatchReplyWire> {
    return this.inFlight.run(() => this.serveBatch(data));
  }

  @MessagePattern(KEY_WRAPPING_PATTERNS.generate)
  generate(@Payload() data: unknown): Promise<WrappedKekReference> {
    return this.inFlight.run(() => this.serveGenerate(data));
  }

  @MessagePattern(KEY_WRAPPING_PATTERNS.register)
  register(@Payload() data: unknown): Promise<WrappedKekReference> {
    return this.inFlight.run(() => this.serveRegister(data));
  }

  @MessagePattern(KEY_WRAPPING_PATTERNS.unwrap)
  unwrap(@Payload() data: unknown): Promise<UnwrapReplyWire> {
    return this.inFlight.run(() => this.serveUnwrap(data));
  }

  @MessagePattern(KEY_WRAPPING_PATTERNS.health)
  health(@Payload() data: unknown): Promise<KeyWrappingHealthReport> {
    return this.inFlight.run(() => this.serveHealth(data));
  }

  private async serveBatch(data: unknown): Promise<BatchReplyWire> {
    const calls = parseBatchRequest(data);
    const results = await Promise.all(
      calls.map((call): Promise<BatchResultWire> => {
        const pattern = 'invalid' in call ? KEY_WRAPPING_PATTERNS.batch : KEY_WRAPPING_PATTERNS[call.op];
        const served = 'invalid' in call ? Promise.reject(call.invalid) : this.serve(call.op, call.data);
        return served.then(
          (reply) => ({ reply }),
          (error: unknown) => ({ error: rpcErrorReply(error, pattern, this.logger) }),
        );
      }),
    );
    return { results };
  }

  private serve(op: BatchOperation, data: unknown): Promise<unknown> {
    switch (op) {
      case 'generate':
        return this.serveGenerate(data);
      case 'register':
        return this.serveRegister(data);
      case 'unwrap':
        return this.serveUnwrap(data);
      default: {
        const unknownOp: never = op;
        throw new Error(`unknown batch operation ${String(unknownOp)}`);
      }
    }
  }

  private async serveGenerate(data: unknown): Promise<WrappedKekReference> {
    const request = parseGenerateWire(data);
    return toReference(await this.operations.generate(request.tenant, request.objectId, request.lengthBits));
  }

  private async serveRegister(data: unknown): Promise<WrappedKekReference> {
    const request = parseRegisterWire(data);
    try {
      return toReference(await this.operations.register(request.tenant, request.objectId, request.material));
    } finally {
      zeroize(request.material);
    }
  }

  private async serveUnwrap(data: unknown): Promise<UnwrapReplyWire> {
    const request = parseUnwrapWire(data);
    const material = await this.operations.unwrap(request.tenant, request.objectId);
    try {
      return { material: material.toString('base64') };
    } finally {
      zeroize(material);
    }
  }

  private async serveHealth(data: unknown): Promise<KeyWrappingHealthReport> {
    const tenant = parseHealthWire(data).tenant ?? this.defaultTenant;
    return toHealthReport(tenant, await this.operations.health(tenant));
  }
}

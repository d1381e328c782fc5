/**
 * Every failure of a handler (or of the guard) leaves as `{ code, message, retryable }`: the codes of the client
 * port, messages naming ids only. Nest's default filter would log unknown exceptions with their messages; this one
 * logs the error's name and code only, and never a payload.
 */
import { ArgumentsHost, Catch, Inject, RpcExceptionFilter } from '@nestjs/common';
import { Observable, throwError } from 'rxjs';
import { toKeyWrappingClientError, toRpcErrorWire, type RpcErrorWire } from '@kmip/key-wrapping';
import { describeError, type ServiceLogger } from '../service.logger';
import { SERVICE_LOGGER } from './tokens';

/** What a failure is answered with; the ones an operator must look at (internal, unavailable) are logged. */
export function rpcErrorReply(exception: unknown, pattern: string, logger: ServiceLogger): RpcErrorWire {
  const error = toKeyWrappingClientError(exception);
  if (error.code === 'INTERNAL' || error.code === 'UNAVAILABLE') {
    logger.error(`${pattern} failed with ${error.code}: ${describeError(exception)}`);
  }
  return toRpcErrorWire(error);
}

@Catch()
export class RpcErrorFilter implements RpcExceptionFilter<unknown> {
  constructor(@Inject(SERVICE_LOGGER) private readonly logger: ServiceLogger) {}

  catch(exception: unknown, host: ArgumentsHost): Observable<RpcErrorWire> {
    const pattern =
      host.getType() === 'rpc'
        ? String(host.switchToRpc().getContext<{ getPattern?: () => string }>()?.getPattern?.())
        : '?';
    const reply = rpcErrorReply(exception, pattern, this.logger);
    return throwError(() => reply);
  }
}

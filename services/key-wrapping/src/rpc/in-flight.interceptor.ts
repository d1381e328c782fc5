/**
 * Counts the calls being served, so that a SIGTERM lets them finish before the connections close, and refuses new
 * ones once draining started (the client retries on another instance or after the restart).
 */
import { CallHandler, ExecutionContext, Inject, Injectable, NestInterceptor } from '@nestjs/common';
import { finalize, Observable } from 'rxjs';
import { KeyWrappingUnavailableError } from '@kmip/key-wrapping';
import { IN_FLIGHT } from './tokens';

export class InFlightCalls {
  private count = 0;
  private draining = false;
  private idle: (() => void)[] = [];

  enter(): boolean {
    if (this.draining) return false;
    this.count++;
    return true;
  }

  leave(): void {
    this.count--;
    if (this.count === 0) for (const resolve of this.idle.splice(0)) resolve();
  }

  /** Refuses new calls and resolves when the running ones ended, or after `graceMs`. */
  drain(graceMs: number): Promise<void> {
    this.draining = true;
    if (this.count === 0) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, graceMs);
      this.idle.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
}

@Injectable()
export class InFlightInterceptor implements NestInterceptor {
  constructor(@Inject(IN_FLIGHT) private readonly calls: InFlightCalls) {}

  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (!this.calls.enter()) throw new KeyWrappingUnavailableError('the key-wrapping service is shutting down', true);
    return next.handle().pipe(finalize(() => this.calls.leave()));
  }
}

/**
 * Nest's own log lines (start-up, mapped patterns, transport errors) through the service logger, message text only:
 * the extra parameters Nest may pass (objects, stacks, payloads) are dropped, and long texts are cut.
 */
import type { LoggerService } from '@nestjs/common';
import { describeError, type ServiceLogger } from '../service.logger';

export class NestServiceLogger implements LoggerService {
  constructor(private readonly logger: ServiceLogger) {}

  log(message: unknown): void {
    this.logger.info(text(message));
  }

  error(message: unknown): void {
    this.logger.error(text(message));
  }

  warn(message: unknown): void {
    this.logger.warn(text(message));
  }

  debug(): void {}

  verbose(): void {}
}

function text(message: unknown): string {
  if (typeof message === 'string') return `nest: ${message.slice(0, 200)}`;
  return `nest: ${describeError(message)}`;
}

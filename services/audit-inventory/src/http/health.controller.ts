import { Controller, Get, HttpCode, HttpException, HttpStatus, Inject } from '@nestjs/common';
import type { AuditInventoryOptions } from '../audit-inventory.options';
import { ProjectorLifecycle, type ProjectorStatus } from '../projection/projector-lifecycle';
import { AUDIT_INVENTORY_OPTIONS } from './tokens';

interface Health {
  readonly status: 'ok' | 'failing';
  readonly database: 'up' | 'down';
  readonly projector: ProjectorStatus;
}

@Controller()
export class HealthController {
  constructor(
    @Inject(AUDIT_INVENTORY_OPTIONS) private readonly options: AuditInventoryOptions,
    @Inject(ProjectorLifecycle) private readonly projector: ProjectorLifecycle,
  ) {}

  /** 200 when the database answers and the projector runs (or is not this process's job), else 503. */
  @Get('health')
  @HttpCode(HttpStatus.OK)
  async health(): Promise<Health> {
    const database = await this.options.db.query('select 1').then(
      () => 'up' as const,
      () => 'down' as const,
    );
    const projector = this.projector.status;
    const ok = database === 'up' && (projector === 'running' || projector === 'disabled');
    const body: Health = { status: ok ? 'ok' : 'failing', database, projector };
    if (!ok) throw new HttpException(body, HttpStatus.SERVICE_UNAVAILABLE);
    return body;
  }
}

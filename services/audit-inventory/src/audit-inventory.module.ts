import 'reflect-metadata';
import { Module, type DynamicModule } from '@nestjs/common';
import { InventoryReadModel } from '@kmip/inventory';
import type { AuditInventoryOptions } from './audit-inventory.options';
import { HealthController } from './http/health.controller';
import { InventoryController } from './http/inventory.controller';
import { AUDIT_INVENTORY_OPTIONS, READ_MODEL } from './http/tokens';
import { ProjectorLifecycle } from './projection/projector-lifecycle';

/**
 * The audit/inventory service as a NestJS module: the projector (when given an event log) and the read-only REST
 * API. The standalone process (`main.ts`) and the embedded mode host the same module.
 */
@Module({})
export class AuditInventoryModule {
  static forRoot(options: AuditInventoryOptions): DynamicModule {
    return {
      module: AuditInventoryModule,
      controllers: [HealthController, InventoryController],
      providers: [
        { provide: AUDIT_INVENTORY_OPTIONS, useValue: options },
        {
          provide: READ_MODEL,
          useFactory: () => new InventoryReadModel(options.db, { schema: options.schema }),
        },
        ProjectorLifecycle,
      ],
      exports: [READ_MODEL],
    };
  }
}

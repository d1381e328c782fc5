import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { startProjector, type RunningProjector } from '@kmip/inventory';
import type { AuditInventoryOptions } from '../audit-inventory.options';
import { AUDIT_INVENTORY_OPTIONS } from '../http/tokens';

export type ProjectorStatus = 'disabled' | 'starting' | 'running' | 'stopped' | 'failed';

/**
 * Runs the projector while the application runs: started once the module is up, stopped (consumption ends
 * after the batch in hand is committed) when the application closes. A failed projector is reported through
 * `onProjectorFailure`, so the host can exit and be restarted from the stored positions.
 */
@Injectable()
export class ProjectorLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  private running: RunningProjector | undefined;
  private current: ProjectorStatus;

  constructor(@Inject(AUDIT_INVENTORY_OPTIONS) private readonly options: AuditInventoryOptions) {
    this.current = options.eventLog ? 'starting' : 'disabled';
  }

  get status(): ProjectorStatus {
    return this.current;
  }

  async onApplicationBootstrap(): Promise<void> {
    const { eventLog, db } = this.options;
    if (!eventLog) return;
    try {
      this.running = await startProjector(eventLog, db, { ...this.options.projector, schema: this.options.schema });
    } catch (error) {
      this.current = 'failed';
      throw error;
    }
    this.current = 'running';
    this.running.done.then(
      () => {
        if (this.current === 'running') this.current = 'stopped';
      },
      (error: unknown) => {
        this.current = 'failed';
        this.options.onProjectorFailure?.(error);
      },
    );
  }

  async onApplicationShutdown(): Promise<void> {
    const running = this.running;
    this.running = undefined;
    if (this.current === 'running') this.current = 'stopped';
    await running?.stop();
  }
}

import { BadRequestException, Controller, Get, Inject, NotFoundException, Param, Query } from '@nestjs/common';
import { isCryptoShredded, type ManagedObject } from '@kmip/key-lifecycle';
import type { AccessRecord, AuditEvent, InventoryReadModel, RootKeyVersionObjects } from '@kmip/inventory';
import { integerParam, InvalidQueryError, locateCriteria, textParam } from './locate-params';
import { READ_MODEL } from './tokens';

/** Turns a bad query into 400, naming the parameter (never echoing the value). */
async function answering<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof InvalidQueryError || error instanceof RangeError) throw new BadRequestException(error.message);
    throw error;
  }
}

/**
 * The read-only API for auditors and operators. There is no key material in the read model, so none can be
 * served; an object of another tenant is simply not found.
 */
@Controller('tenants/:tenant')
export class InventoryController {
  constructor(@Inject(READ_MODEL) private readonly readModel: InventoryReadModel) {}

  @Get('objects')
  locate(@Param('tenant') tenant: string, @Query() query: Record<string, unknown>): Promise<{ objectIds: string[] }> {
    return answering(async () => ({ objectIds: await this.readModel.locate(tenant, locateCriteria(query)) }));
  }

  @Get('objects/:id')
  async object(
    @Param('tenant') tenant: string,
    @Param('id') id: string,
  ): Promise<{ object: ManagedObject; cryptoShredded: boolean }> {
    const object = await this.readModel.getObject(tenant, id);
    if (object.status !== 'Known') throw new NotFoundException('no such object in this tenant');
    return { object, cryptoShredded: isCryptoShredded(object, await this.readModel.getTenant(tenant)) };
  }

  @Get('objects/:id/history')
  async history(@Param('tenant') tenant: string, @Param('id') id: string): Promise<{ events: AuditEvent[] }> {
    const events = await this.readModel.objectHistory(tenant, id);
    if (events.length === 0) throw new NotFoundException('no such object in this tenant');
    return { events };
  }

  @Get('access')
  access(
    @Param('tenant') tenant: string,
    @Query() query: Record<string, unknown>,
  ): Promise<{ records: AccessRecord[] }> {
    return answering(async () => {
      const objectId = textParam(query, 'objectId');
      const fingerprint = textParam(query, 'fingerprint');
      const limit = integerParam(query, 'limit');
      const offset = integerParam(query, 'offset');
      const records = await this.readModel.accessHistory(tenant, {
        ...(objectId === undefined ? {} : { objectId }),
        ...(fingerprint === undefined ? {} : { fingerprint: fingerprint.toLowerCase() }),
        ...(limit === undefined ? {} : { limit }),
        ...(offset === undefined ? {} : { offset }),
      });
      return { records };
    });
  }

  @Get('root-keys')
  async rootKeys(@Param('tenant') tenant: string): Promise<{ rootKeyVersions: RootKeyVersionObjects[] }> {
    return { rootKeyVersions: await this.readModel.objectsByRootKeyVersion(tenant) };
  }
}

import { readFile } from 'node:fs/promises';
import { KafkaEventLog } from '@kmip/event-log';
import { createRootKey } from '@kmip/key-wrapping';
import type { Actor, RootKeyRef } from '@kmip/key-lifecycle';
import type { CertificateAuthority } from '@kmip/pki';
import {
  ensureTenantKeystore,
  keystorePath,
  TenantAdministration,
  type TenantOutcome,
  type TenantRequest,
} from '@kmip/service-embedded';
import { PgDatabase } from '@kmip/sql';
import { readCertificateAuthority } from './certificate-authority-files';
import type { RootKeysSetting } from './deployment-file';
import type { Deployment, PreparedRootKey } from './deployment.port';
import { addToTenantsFile, type TenantProviderSettings } from './tenants-file';

export interface DistributedSettings {
  readonly kafkaBrokers: readonly string[];
  readonly databaseUrl: string;
  readonly inventorySchema: string;
  readonly eventsTopic: string;
  readonly defaultTenant?: string;
  readonly ca?: { readonly certificate: string; readonly key: string };
  readonly rootKeys?: RootKeysSetting;
  readonly tenantsFile?: string;
}

const TENANTS_FILE_NOTE =
  'the key-wrapping service reads its tenants file again when the new tenant is first named (no restart needed)';

/** A distributed deployment: Kafka for the log, PostgreSQL for the read model the projector writes. */
export class DistributedDeployment implements Deployment {
  private constructor(
    readonly description: string,
    private readonly settings: DistributedSettings,
    private readonly parts: { log: KafkaEventLog; db: PgDatabase; administration: TenantAdministration },
    private readonly actor: Actor,
  ) {}

  static async open(settings: DistributedSettings, operator: string): Promise<DistributedDeployment> {
    const log = await KafkaEventLog.connect({
      brokers: settings.kafkaBrokers,
      clientId: 'kmipctl',
      operationTimeoutMs: 15_000,
    });
    const db = PgDatabase.connect({ pool: { connectionString: settings.databaseUrl, max: 2 } });
    try {
      const administration = await TenantAdministration.start({
        log,
        db,
        inventorySchema: settings.inventorySchema,
        eventsTopic: settings.eventsTopic,
      });
      return new DistributedDeployment(
        `the distributed deployment (Kafka ${settings.kafkaBrokers.join(',')}, schema ${settings.inventorySchema})`,
        settings,
        { log, db, administration },
        { kind: 'operator', name: operator },
      );
    } catch (error) {
      await log.close().catch(() => undefined);
      await db.close().catch(() => undefined);
      throw error;
    }
  }

  execute(request: TenantRequest): Promise<TenantOutcome> {
    return this.parts.administration.execute(request, this.actor);
  }

  certificateAuthority(): Promise<CertificateAuthority> {
    const ca = this.settings.ca;
    if (ca === undefined) throw new Error('the deployment has no CA configured (--run-dir, or --ca-cert and --ca-key)');
    return readCertificateAuthority(ca.certificate, ca.key);
  }

  async prepareRootKey(tenant: string): Promise<PreparedRootKey> {
    const { rootKeys, tenantsFile } = this.settings;
    if (rootKeys === undefined || tenantsFile === undefined) {
      throw new Error(
        'this deployment makes no root keys here: name an existing one (--root-key-id, --root-key-version)',
      );
    }
    const { rootKey, settings } = await makeRootKey(rootKeys, tenant);
    return {
      rootKey,
      activate: async () => {
        if (tenant === this.settings.defaultTenant) return undefined;
        return (await addToTenantsFile(tenantsFile, tenant, settings)) ? TENANTS_FILE_NOTE : undefined;
      },
    };
  }

  async close(): Promise<void> {
    await this.parts.administration.close().catch(() => undefined);
    await this.parts.log.close().catch(() => undefined);
    await this.parts.db.close().catch(() => undefined);
  }
}

async function makeRootKey(
  rootKeys: RootKeysSetting,
  tenant: string,
): Promise<{ rootKey: RootKeyRef; settings: TenantProviderSettings }> {
  switch (rootKeys.provider) {
    case 'local': {
      const rootKey = await ensureTenantKeystore(rootKeys.keystores, tenant);
      return {
        rootKey,
        settings: { ROOT_KEY_PROVIDER: 'local', LOCAL_KEYSTORE_PATH: keystorePath(rootKeys.keystores, tenant) },
      };
    }
    case 'pkcs11': {
      // SoftHSM2 reads its configuration from the environment when the module is initialized.
      if (rootKeys.softhsmConf !== undefined) process.env.SOFTHSM2_CONF = rootKeys.softhsmConf;
      const pin = (await readFile(rootKeys.pinFile, 'utf8')).replace(/\r?\n$/, '');
      const keyLabel = `${rootKeys.keyLabelPrefix}${tenant}`;
      const created = await createRootKey({ library: rootKeys.module, tokenLabel: rootKeys.tokenLabel, pin, keyLabel });
      return {
        rootKey: { rootKeyId: created.rootKeyId, rootKeyVersion: Number(created.currentVersion) },
        settings: {
          ROOT_KEY_PROVIDER: 'pkcs11',
          PKCS11_MODULE: rootKeys.module,
          PKCS11_TOKEN_LABEL: rootKeys.tokenLabel,
          PKCS11_KEY_LABEL: keyLabel,
          PKCS11_PIN_FILE: rootKeys.pinFile,
        },
      };
    }
  }
}

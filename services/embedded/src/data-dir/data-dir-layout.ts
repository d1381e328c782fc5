import { join, resolve } from 'node:path';

/** Where the embedded mode keeps everything, under one data directory (`./data` or `KMIP_DATA_DIR`). */
export interface DataDirLayout {
  readonly root: string;
  /** CA, server and first client certificates (libs/pki `ensureDevelopmentPki`). */
  readonly certs: string;
  /** The PGlite database: the event log and the read models. */
  readonly database: string;
  /** One local root key keystore per tenant: `<tenant>.json`. */
  readonly keystores: string;
  /** Held by the process that has the database open (the server, or kmipctl while the server is stopped). */
  readonly lock: string;
  /** Where a running server tells kmipctl how to reach it (loopback port and a token), mode 0600. */
  readonly adminEndpoint: string;
  /** Written once the default tenant and its first client exist. */
  readonly firstStart: string;
}

export function dataDirLayout(dataDir: string): DataDirLayout {
  const root = resolve(dataDir);
  return {
    root,
    certs: join(root, 'certs'),
    database: join(root, 'pglite'),
    keystores: join(root, 'keystores'),
    lock: join(root, 'embedded.lock'),
    adminEndpoint: join(root, 'admin-endpoint.json'),
    firstStart: join(root, 'first-start.json'),
  };
}

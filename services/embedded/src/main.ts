/**
 * `npm start`: the KMIP server in one process (DESIGN §7, embedded mode). Configuration from the environment
 * (`KMIP_DATA_DIR`, `KMIP_HOST`, `KMIP_PORT`, `KMIP_AUDIT_PORT`, `KMIP_TENANT`, `KMIP_SERVER_NAMES`,
 * `KMIP_LOG_OPERATIONS`). Ctrl-C or SIGTERM closes everything and exits 0.
 */
import 'reflect-metadata';
import { EmbeddedConfigError, readEmbeddedConfig } from './config/embedded.config';
import { DataDirBusyError } from './data-dir/data-dir-lock';
import { startEmbeddedServer, type EmbeddedServer } from './runtime/embedded-server';

async function main(): Promise<void> {
  const config = readEmbeddedConfig(process.env);
  // Filled once started; a fatal error during the start finds it empty.
  const running: { server?: EmbeddedServer } = {};
  let stopping: Promise<void> | undefined;
  const stop = (why: string, code: number): void => {
    stopping ??= (async () => {
      console.log(`[embedded] ${why}: stopping`);
      // Whatever hangs, the process ends.
      setTimeout(() => process.exit(1), 20_000).unref();
      await running.server?.close();
      console.log('[embedded] stopped');
      process.exit(code);
    })();
  };
  const server = await startEmbeddedServer(config, (reason) => {
    console.error(`[embedded] ${reason}`);
    stop('fatal error', 1);
  });
  running.server = server;
  console.log(server.banner);
  process.on('SIGTERM', () => stop('SIGTERM', 0));
  process.on('SIGINT', () => stop('SIGINT', 0));
}

main().catch((error: unknown) => {
  const known = error instanceof EmbeddedConfigError || error instanceof DataDirBusyError;
  const text = error instanceof Error ? (known ? error.message : `${error.name}: ${error.message}`) : String(error);
  console.error(`[embedded] cannot start: ${text}`);
  process.exit(1);
});

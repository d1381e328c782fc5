import { Client, type ClientConfig } from 'pg';
import type { NotificationHandler, Unlisten } from './sql-database';
import { sqlIdentifier } from './sql-identifier';

export interface PgListenerOptions {
  /** First delay before reconnecting after the connection was lost; doubles up to `maxReconnectDelayMs`. */
  readonly reconnectDelayMs?: number;
  readonly maxReconnectDelayMs?: number;
  /** Told when the connection was lost or could not be re-established (message only, never payloads). */
  readonly onError?: (message: string) => void;
}

/**
 * LISTEN needs one connection that stays open: a pooled client would be handed to others. This keeps one dedicated
 * client, LISTENs each channel someone subscribed to, and when the connection drops (server restart, terminated
 * backend) reconnects with backoff and LISTENs again. Notifications sent while it was away are lost.
 */
export class PgListener {
  private readonly handlers = new Map<string, Set<NotificationHandler>>();
  private readonly reconnectDelayMs: number;
  private readonly maxReconnectDelayMs: number;
  private client: Client | undefined;
  private connecting: Promise<Client> | undefined;
  private reconnectTimer: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(
    private readonly config: ClientConfig,
    private readonly options: PgListenerOptions = {},
  ) {
    this.reconnectDelayMs = options.reconnectDelayMs ?? 100;
    this.maxReconnectDelayMs = options.maxReconnectDelayMs ?? 5_000;
  }

  async listen(channel: string, onPayload: NotificationHandler): Promise<Unlisten> {
    sqlIdentifier(channel, 'channel');
    if (this.closed) throw new Error('the database is closed');
    let set = this.handlers.get(channel);
    const first = set === undefined;
    if (!set) {
      set = new Set();
      this.handlers.set(channel, set);
    }
    set.add(onPayload);
    try {
      const client = await this.connected();
      if (first) await client.query(`listen ${channel}`);
    } catch (error) {
      set.delete(onPayload);
      if (set.size === 0) this.handlers.delete(channel);
      throw error;
    }
    return () => this.unlisten(channel, onPayload);
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.reconnectTimer);
    this.handlers.clear();
    const client = this.client ?? (await this.connecting?.catch(() => undefined));
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private async unlisten(channel: string, onPayload: NotificationHandler): Promise<void> {
    const set = this.handlers.get(channel);
    if (!set?.delete(onPayload) || set.size > 0) return;
    this.handlers.delete(channel);
    await this.client?.query(`unlisten ${channel}`).catch(() => undefined);
  }

  private connected(): Promise<Client> {
    if (this.client) return Promise.resolve(this.client);
    this.connecting ??= this.connect().finally(() => (this.connecting = undefined));
    return this.connecting;
  }

  private async connect(): Promise<Client> {
    const client = new Client(this.config);
    client.on('notification', (message) => {
      for (const handler of [...(this.handlers.get(message.channel) ?? [])]) handler(message.payload ?? '');
    });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      for (const channel of this.handlers.keys()) await client.query(`listen ${channel}`);
    } catch (error) {
      client.removeAllListeners('end');
      await client.end().catch(() => undefined);
      throw error;
    }
    if (this.closed) {
      await client.end().catch(() => undefined);
      throw new Error('the database is closed');
    }
    this.client = client;
    return client;
  }

  private lost(client: Client, error?: Error): void {
    if (this.client !== client) return;
    this.client = undefined;
    client.removeAllListeners('end');
    client.end().catch(() => undefined);
    if (this.closed) return;
    this.options.onError?.(`LISTEN connection lost${error ? `: ${error.message}` : ''}; reconnecting`);
    this.scheduleReconnect(this.reconnectDelayMs);
  }

  private scheduleReconnect(delayMs: number): void {
    if (this.closed || this.handlers.size === 0 || this.reconnectTimer) return;
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = undefined;
      if (this.client || this.closed) return;
      this.connected().catch((error: unknown) => {
        const reason = error instanceof Error ? error.message : String(error);
        this.options.onError?.(`LISTEN reconnect failed: ${reason}`);
        this.scheduleReconnect(Math.min(delayMs * 2, this.maxReconnectDelayMs));
      });
    }, delayMs);
    this.reconnectTimer.unref();
  }
}

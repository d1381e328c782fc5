/** Where the gateway writes its log lines: connection events, operation names and results, never payloads. */
export interface GatewayLogger {
  log(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/**
 * Info lines (one per operation under load) are gathered and written together, at most 20 ms after the first of them
 * or once 32 KiB are waiting: one write for hundreds of lines instead of one each (stdout to a file is a synchronous
 * write on the event loop). Warnings and errors are written at once, after what was gathered; the process flushes on
 * exit. A line is an operational log, not the audit trail (that is `kmip.access`), so a crash may lose the last 20 ms.
 */
export class GatheredLines {
  private lines: string[] = [];
  private bytes = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly write: (text: string) => void,
    private readonly delayMs = 20,
    private readonly maxBytes = 32 * 1024,
  ) {}

  add(line: string): void {
    this.lines.push(line);
    this.bytes += line.length + 1;
    if (this.bytes >= this.maxBytes) this.flush();
    else this.timer ??= setTimeout(() => this.flush(), this.delayMs);
  }

  flush(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.lines.length === 0) return;
    const text = `${this.lines.join('\n')}\n`;
    this.lines = [];
    this.bytes = 0;
    this.write(text);
  }
}

const gathered = new GatheredLines((text) => process.stdout.write(text));
process.once('exit', () => gathered.flush());

export const consoleGatewayLogger: GatewayLogger = {
  log: (message) => gathered.add(`[kmip-gateway] ${message}`),
  warn: (message) => {
    gathered.flush();
    console.warn(`[kmip-gateway] ${message}`);
  },
  error: (message) => {
    gathered.flush();
    console.error(`[kmip-gateway] ${message}`);
  },
};

export const silentGatewayLogger: GatewayLogger = {
  log: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};

/** An error as a log line may show it: its name and code, and its message only for our own typed errors. */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? `${error.name} (${code})` : `${error.name}: ${error.message}`;
}

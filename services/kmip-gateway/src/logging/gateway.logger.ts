/** Where the gateway writes its log lines: connection events, operation names and results, never payloads. */
export interface GatewayLogger {
  log(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/**
 * Info lines (one per operation under load) are gathered and written once per turn of the event loop: one write
 * for many lines instead of one each. Warnings and errors are written at once, after what was gathered.
 */
class GatheredLines {
  private lines: string[] = [];

  add(line: string): void {
    if (this.lines.length === 0) setImmediate(() => this.flush());
    this.lines.push(line);
  }

  flush(): void {
    if (this.lines.length === 0) return;
    const text = `${this.lines.join('\n')}\n`;
    this.lines = [];
    process.stdout.write(text);
  }
}

const gathered = new GatheredLines();
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

/** Where the gateway writes its log lines: connection events, operation names and results, never payloads. */
export interface GatewayLogger {
  log(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export const consoleGatewayLogger: GatewayLogger = {
  log: (message) => console.log(`[kmip-gateway] ${message}`),
  warn: (message) => console.warn(`[kmip-gateway] ${message}`),
  error: (message) => console.error(`[kmip-gateway] ${message}`),
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

/**
 * The service's log lines: a level and a message the caller builds from ids, codes and counts. Nothing here ever
 * receives key material, a credential, or a request payload.
 */
export interface ServiceLogger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export const consoleServiceLogger: ServiceLogger = {
  info: (message) => console.log(`key-wrapping INFO ${message}`),
  warn: (message) => console.warn(`key-wrapping WARN ${message}`),
  error: (message) => console.error(`key-wrapping ERROR ${message}`),
};

/** The name and code of an error, for a log line: never its message when it may come from elsewhere. */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' || typeof code === 'number' ? `${error.name} (${code})` : error.name;
}

/** Where adapters report warnings and errors. Lines carry no record contents. */
export interface EventLogLogger {
  warn(message: string): void;
  error(message: string): void;
}

export const consoleLogger: EventLogLogger = {
  warn: (message) => console.warn(message),
  error: (message) => console.error(message),
};

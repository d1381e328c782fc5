/** Where the inventory reports what it skipped or retried: messages name positions and ids, never record contents. */
export interface InventoryLogger {
  warn(message: string): void;
  error(message: string): void;
}

export const consoleInventoryLogger: InventoryLogger = {
  warn: (message) => console.warn(`[inventory] ${message}`),
  error: (message) => console.error(`[inventory] ${message}`),
};

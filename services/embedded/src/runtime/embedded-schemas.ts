/** Schemas of the read models inside the one PGlite database (the event log has its own, `event_log`). */
export const EMBEDDED_INVENTORY_SCHEMA = 'inventory';
export const EMBEDDED_KEY_WRAPPING_SCHEMA = 'key_wrapping';

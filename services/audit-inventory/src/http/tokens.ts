/** Injection tokens of the module (explicit, so nothing depends on emitted decorator metadata). */
export const AUDIT_INVENTORY_OPTIONS = Symbol('AUDIT_INVENTORY_OPTIONS');
export const READ_MODEL = Symbol('READ_MODEL');

/** Injection tokens of the Nest module. */
export const KEY_WRAPPING_OPERATIONS = Symbol('KEY_WRAPPING_OPERATIONS');
export const DEFAULT_TENANT = Symbol('DEFAULT_TENANT');
export const PEER_ALLOW_LIST = Symbol('PEER_ALLOW_LIST');
export const SERVICE_LOGGER = Symbol('SERVICE_LOGGER');
export const IN_FLIGHT = Symbol('IN_FLIGHT');

import { clientAllowedV1Upcaster } from './client-allowed-v1.upcaster';
import { upcasterRegistry } from './upcaster-registry';

/** Every upcaster of this library: old shapes read as the current one. */
export const DEFAULT_UPCASTERS = upcasterRegistry([clientAllowedV1Upcaster]);

/** The options GatewayModule.forRoot was given. */
export const GATEWAY_OPTIONS = Symbol('GATEWAY_OPTIONS');

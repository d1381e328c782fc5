/** The server's "now": one reading per request, so every item of a batch shares it. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** The state stream an event belongs to: one object of a tenant, or the tenant itself. */
export type StreamRef =
  | { readonly kind: 'object'; readonly tenant: string; readonly objectId: string }
  | { readonly kind: 'tenant'; readonly tenant: string };

/** A map key for a stream; NUL cannot occur in a tenant or object id that came through the envelope checks. */
export function streamKey(ref: StreamRef): string {
  return ref.kind === 'object' ? `o\u0000${ref.tenant}\u0000${ref.objectId}` : `t\u0000${ref.tenant}`;
}

/** Whether a stream key names an object's stream (not a tenant's). */
export function isObjectStreamKey(key: string): boolean {
  return key.startsWith('o\u0000');
}

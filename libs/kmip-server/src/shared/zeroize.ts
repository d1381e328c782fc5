/** Overwrites a buffer that held key material or a password, once it is no longer needed. */
export function zeroize(bytes: Uint8Array | undefined): void {
  bytes?.fill(0);
}

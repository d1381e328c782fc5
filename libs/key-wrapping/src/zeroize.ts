/** Overwrites buffers holding secrets. JavaScript strings cannot be zeroed, so secrets are kept in buffers. */
export function zeroize(...buffers: (Uint8Array | undefined | null)[]): void {
  for (const buffer of buffers) buffer?.fill(0);
}

/** Bytes from hex written for people: spaces, `|` separators and line breaks are ignored. */
export function hexBytes(hex: string): Buffer {
  const digits = hex.replace(/[\s|]/g, '');
  if (!/^(?:[0-9a-fA-F]{2})*$/.test(digits)) throw new Error('malformed hex vector');
  return Buffer.from(digits, 'hex');
}

/**
 * A client certificate's SHA-256 fingerprint in canonical form: 64 lowercase hex digits. Accepts the usual spellings
 * (upper case, colon-separated pairs) and answers undefined for anything else.
 */
export function normalizeFingerprint(text: string): string | undefined {
  const hex = /^([0-9a-fA-F]{2}:){31}[0-9a-fA-F]{2}$/.test(text) ? text.replace(/:/g, '') : text;
  return /^[0-9a-fA-F]{64}$/.test(hex) ? hex.toLowerCase() : undefined;
}

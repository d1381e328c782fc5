/**
 * How spec names become TypeScript keys (documented in the generated file's header):
 * split the name on every character that is not an ASCII letter or digit, upper-case the first character of each
 * part and keep the rest exactly as the spec writes it, then join. So acronyms stay as written ("HMAC-SHA256" →
 * HMACSHA256, "Unique Batch Item ID" → UniqueBatchItemID, "Pre-Active" → PreActive, "PKCS#12 Friendly Name" →
 * PKCS12FriendlyName, "Cessation of Operation" → CessationOfOperation). A key that does not start with a letter
 * ("3DES") is emitted quoted rather than renamed.
 */
export function specNameToKey(name: string): string {
  const parts = name.split(/[^A-Za-z0-9]+/).filter((part) => part.length > 0);
  if (parts.length === 0) throw new Error(`spec name ${JSON.stringify(name)} has no letters or digits`);
  return parts.map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join('');
}

/** The key as it must appear in an object literal. */
export function renderKey(key: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? key : `'${key}'`;
}

/** `Name.key` or `Name['3DES']`. */
export function renderMemberAccess(object: string, key: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? `${object}.${key}` : `${object}['${key}']`;
}

/**
 * Field names that would mean key material (or a secret in clear) had reached an event. Events refer to keys by the
 * root key version that wraps them; a password appears only as `passwordHash`.
 */
const FORBIDDEN =
  /^(keymaterial|material|plaintext.*|cleartext|clearkey|rawkey|keybytes|keyvalue|keyblock|secret|secretkey|privatekey|password|passphrase|unwrapped.*|kek|dek|wrappedkey|ciphertext)$/;

const canonical = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]/g, '');

export function isKeyMaterialFieldName(name: string): boolean {
  return FORBIDDEN.test(canonical(name));
}

/** The paths of every field, at any depth, whose name looks like key material. */
export function keyMaterialFieldPaths(value: unknown, path = '$'): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => keyMaterialFieldPaths(v, `${path}[${i}]`));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, v]) => [
    ...(isKeyMaterialFieldName(key) ? [`${path}.${key}`] : []),
    ...keyMaterialFieldPaths(v, `${path}.${key}`),
  ]);
}

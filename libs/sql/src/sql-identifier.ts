/** PostgreSQL identifiers this project builds into SQL text: lower-case, unquoted-safe, at most 63 bytes. */
const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

export function isSqlIdentifier(name: string): boolean {
  return IDENTIFIER.test(name);
}

/** The name itself when it is a safe identifier; otherwise throws (the name is configuration, not a secret). */
export function sqlIdentifier(name: string, what = 'identifier'): string {
  if (!isSqlIdentifier(name)) {
    throw new Error(`${what} "${name.slice(0, 80)}" must match ${IDENTIFIER.source}`);
  }
  return name;
}

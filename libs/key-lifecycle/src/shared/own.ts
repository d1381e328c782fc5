/** Reads an own property only, so that names such as "__proto__" or "constructor" never reach the prototype. */
export function own<V>(record: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

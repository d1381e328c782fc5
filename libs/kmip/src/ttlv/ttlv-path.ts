/** Formats a path of tags as `420078/42000F/420079` for error messages (tags are not secret; values never appear). */
export function formatTtlvPath(path: readonly number[]): string {
  return path.length === 0 ? '(root)' : path.map(formatTtlvTag).join('/');
}

export function formatTtlvTag(tag: number): string {
  return tag.toString(16).toUpperCase().padStart(6, '0');
}

import { enumerationInfo, Tag } from '@kmip/kmip';

/**
 * An Operation value's name without spaces, as allow-lists (key-lifecycle `KmipOperation`) and access records spell
 * it: 'Get', 'GetAttributes', 'DiscoverVersions'; 'Unknown' for a value the registry does not name.
 */
export function operationName(operation: number | undefined): string {
  if (operation === undefined) return 'Unknown';
  return enumerationInfo.get(Tag.Operation)?.values.get(operation)?.key ?? 'Unknown';
}

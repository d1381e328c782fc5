import { enumName, SecretDataType, Tag } from '@kmip/kmip';
import { enumerationNumber } from '../attributes/enumeration-text';

/**
 * key-lifecycle keeps no Secret Data Type, which a Get must answer (KMIP 1.4 §2.2.7). The server keeps it in a
 * server-only custom attribute ("y-", 1.4 §3.39) written with the Register, as the spec's name of the value.
 */
export const SECRET_DATA_TYPE_ATTRIBUTE = 'y-Secret Data Type';

export function secretDataTypeText(value: number): string {
  return enumName(Tag.SecretDataType, value) ?? `0x${value.toString(16).toUpperCase().padStart(8, '0')}`;
}

/** The stored type, or Password for an object registered without one. */
export function secretDataTypeValue(text: string | undefined): number {
  return (text === undefined ? undefined : enumerationNumber(Tag.SecretDataType, text)) ?? SecretDataType.Password;
}

/** The managed object types this server keeps (KMIP 1.4 §2.2, Object Type enumeration §9.1.3.2.12). */
export const OBJECT_TYPES = ['SymmetricKey', 'SecretData', 'OpaqueObject'] as const;
export type ObjectType = (typeof OBJECT_TYPES)[number];

import { KeyFormatType, type KeyMaterial } from '@kmip/kmip';
import { OperationError } from '../errors/operation-error';

export type KeyObjectKind = 'SymmetricKey' | 'SecretData';

/**
 * The Key Format Types this server converts to and from (KMIP 1.4 §2.1.3, §9.1.3.2.3): a symmetric key as Raw
 * (its default) or Transparent Symmetric Key; secret data as Raw (default) or Opaque. The bytes are the same.
 */
const FORMATS: Readonly<Record<KeyObjectKind, readonly number[]>> = {
  SymmetricKey: [KeyFormatType.Raw, KeyFormatType.TransparentSymmetricKey],
  SecretData: [KeyFormatType.Raw, KeyFormatType.Opaque],
};

/** The format to answer a Get in: the one asked for, or Raw; Key Format Type Not Supported otherwise. */
export function keyFormatFor(kind: KeyObjectKind, requested: number | undefined): number {
  const format = requested ?? KeyFormatType.Raw;
  if (!FORMATS[kind].includes(format)) {
    throw new OperationError('KeyFormatTypeNotSupported', 'the Key Format Type cannot be produced for this object');
  }
  return format;
}

/** The bytes of a registered key value, if it is in a format this server takes for `kind`. */
export function registeredKeyBytes(kind: KeyObjectKind, format: number, material: KeyMaterial): Uint8Array {
  if (!FORMATS[kind].includes(format)) {
    throw new OperationError('KeyFormatTypeNotSupported', 'the Key Format Type is not accepted for this object');
  }
  if (material.kind === 'bytes' && format !== KeyFormatType.TransparentSymmetricKey) return material.bytes;
  if (material.kind === 'transparent-symmetric' && format === KeyFormatType.TransparentSymmetricKey)
    return material.key;
  throw new OperationError('InvalidField', 'the Key Material does not match its Key Format Type');
}

/** Key Material in `format` (one of those `keyFormatFor` allows). */
export function keyMaterialIn(format: number, bytes: Uint8Array): KeyMaterial {
  return format === KeyFormatType.TransparentSymmetricKey
    ? { kind: 'transparent-symmetric', key: bytes }
    : { kind: 'bytes', bytes };
}

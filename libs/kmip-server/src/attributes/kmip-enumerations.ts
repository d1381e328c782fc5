import {
  CRYPTOGRAPHIC_ALGORITHMS,
  KMIP_STATES,
  OBJECT_TYPES,
  REVOCATION_REASON_CODES,
  type CryptographicAlgorithm,
  type KmipState,
  type ObjectType,
  type RevocationReasonCode,
} from '@kmip/key-lifecycle';
import { enumerationInfo, enumName, Tag } from '@kmip/kmip';
import { enumerationNumber } from './enumeration-text';

/*
 * KMIP enumeration values ↔ the unions key-lifecycle types its fields with. Object types, states and revocation
 * reasons are spelled like the registry's keys ('SymmetricKey', 'PreActive'); algorithms like the spec's names ('AES').
 */

function keyOf(tag: number, value: number): string | undefined {
  return enumerationInfo.get(tag)?.values.get(value)?.key;
}

function member<T extends string>(values: readonly T[], text: string | undefined): T | undefined {
  return text !== undefined && (values as readonly string[]).includes(text) ? (text as T) : undefined;
}

export function objectTypeOf(value: number): ObjectType | undefined {
  return member(OBJECT_TYPES, keyOf(Tag.ObjectType, value));
}

export function stateOf(value: number): KmipState | undefined {
  return member(KMIP_STATES, keyOf(Tag.State, value));
}

export function revocationReasonOf(value: number): RevocationReasonCode | undefined {
  return member(REVOCATION_REASON_CODES, keyOf(Tag.RevocationReasonCode, value));
}

export function algorithmOf(value: number): CryptographicAlgorithm | undefined {
  return member(CRYPTOGRAPHIC_ALGORITHMS, enumName(Tag.CryptographicAlgorithm, value));
}

export function algorithmValue(algorithm: CryptographicAlgorithm): number {
  const value = enumerationNumber(Tag.CryptographicAlgorithm, algorithm);
  if (value === undefined) throw new Error(`the registry lacks the algorithm ${algorithm}`);
  return value;
}

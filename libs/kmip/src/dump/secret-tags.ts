import { isExtensionTag, Tag, tagInfo } from '../registry';

/**
 * Items whose whole subtree is secret: key material in every format (the transparent formats' private parts, should
 * they appear outside Key Material), passwords and their hashes, tickets, opaque data, plaintext given to or returned
 * by cryptographic operations, derivation inputs. Over-redacting a public modulus is the price of never printing a
 * private one.
 */
const SECRET_SUBTREES: ReadonlySet<number> = new Set([
  Tag.KeyMaterial,
  Tag.Key,
  Tag.Password,
  Tag.OneTimePassword,
  Tag.HashedPassword,
  Tag.ServerHashedPassword,
  Tag.TicketValue,
  Tag.OpaqueDataValue,
  Tag.Data,
  Tag.DerivationData,
  Tag.PrivateExponent,
  Tag.PrimeExponentP,
  Tag.PrimeExponentQ,
  Tag.CRTCoefficient,
  Tag.P,
  Tag.Q,
  Tag.D,
  Tag.X,
  Tag.PKCS11InputParameters,
  Tag.PKCS11OutputParameters,
]);

/** Items secret when they are a leaf: a wrapped Key Value (Byte String), a Credential Value that is not a structure. */
const SECRET_LEAVES: ReadonlySet<number> = new Set([Tag.KeyValue, Tag.CredentialValue]);

export function isSecretSubtree(tag: number): boolean {
  return SECRET_SUBTREES.has(tag);
}

export function isSecretLeaf(tag: number): boolean {
  return SECRET_LEAVES.has(tag) || SECRET_SUBTREES.has(tag);
}

/**
 * Vendor extension tags and tags no KMIP version defines may carry anything: their byte strings, big integers and
 * text are redacted as well; numbers, enumerations, booleans and dates are shown.
 */
export function isOpaqueTag(tag: number): boolean {
  return isExtensionTag(tag) || !tagInfo.has(tag);
}

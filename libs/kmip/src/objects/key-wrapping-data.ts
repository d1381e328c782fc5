import { ttlv, type TtlvItem, type TtlvStructure } from '../ttlv';
import { Tag } from '../registry';
import { bytesIf, enumerationIf, itemIf } from '../messages/optional-fields';
import { StructureReader } from '../messages/structure-reader';

/** Encryption / MAC-Signature Key Information (KMIP 1.4 §2.1.5): which key wrapped the object, and how. */
export interface KeyInformation {
  readonly uniqueIdentifier: string;
  /** Kept as a TTLV tree: Block Cipher Mode, Padding Method, Hashing Algorithm, … (KMIP 1.4 §3.6). */
  readonly cryptographicParameters?: TtlvStructure;
}

/** Key Wrapping Data (KMIP 1.4 §2.1.5): how the Key Value of a wrapped Key Block was protected. */
export interface KeyWrappingData {
  readonly wrappingMethod: number;
  readonly encryptionKeyInformation?: KeyInformation;
  readonly macSignatureKeyInformation?: KeyInformation;
  readonly macSignature?: Uint8Array;
  readonly ivCounterNonce?: Uint8Array;
  /** KMIP 1.1+. */
  readonly encodingOption?: number;
}

export function decodeKeyWrappingData(item: TtlvItem): KeyWrappingData {
  const reader = new StructureReader(item, 'Key Wrapping Data');
  const encryption = reader.optionalItem(Tag.EncryptionKeyInformation);
  const mac = reader.optionalItem(Tag.MACSignatureKeyInformation);
  const data: KeyWrappingData = {
    wrappingMethod: reader.enumeration(Tag.WrappingMethod),
    encryptionKeyInformation: encryption === undefined ? undefined : decodeKeyInformation(encryption),
    macSignatureKeyInformation: mac === undefined ? undefined : decodeKeyInformation(mac),
    macSignature: reader.optionalBytes(Tag.MACSignature),
    ivCounterNonce: reader.optionalBytes(Tag.IVCounterNonce),
    encodingOption: reader.optionalEnumeration(Tag.EncodingOption),
  };
  reader.done();
  return data;
}

export function encodeKeyWrappingData(data: KeyWrappingData): TtlvStructure {
  return ttlv.structure(Tag.KeyWrappingData, [
    ttlv.enumeration(Tag.WrappingMethod, data.wrappingMethod),
    ...itemIf(encodeKeyInformation(Tag.EncryptionKeyInformation, data.encryptionKeyInformation)),
    ...itemIf(encodeKeyInformation(Tag.MACSignatureKeyInformation, data.macSignatureKeyInformation)),
    ...bytesIf(Tag.MACSignature, data.macSignature),
    ...bytesIf(Tag.IVCounterNonce, data.ivCounterNonce),
    ...enumerationIf(Tag.EncodingOption, data.encodingOption),
  ]);
}

function decodeKeyInformation(item: TtlvItem): KeyInformation {
  const reader = new StructureReader(item, 'Key Information');
  const information: KeyInformation = {
    uniqueIdentifier: reader.text(Tag.UniqueIdentifier),
    cryptographicParameters: reader.optional(Tag.CryptographicParameters, 'Structure'),
  };
  reader.done();
  return information;
}

function encodeKeyInformation(tag: number, information: KeyInformation | undefined): TtlvStructure | undefined {
  if (information === undefined) return undefined;
  return ttlv.structure(tag, [
    ttlv.text(Tag.UniqueIdentifier, information.uniqueIdentifier),
    ...itemIf(information.cryptographicParameters),
  ]);
}

import { ttlv, type TtlvItem, type TtlvStructure } from '../ttlv';
import { CredentialType, Tag } from '../registry';
import type { KmipErrorScope } from './kmip-error';
import { bytesIf, textIf } from './optional-fields';
import { StructureReader } from './structure-reader';

/** Credential (KMIP 1.4 §2.1.2): who the client claims to be, inside the request header's Authentication. */
export type Credential = UsernamePasswordCredential | DeviceCredential | AttestationCredential | OtherCredential;

/** Credential Type Username and Password; vCenter sends it on some requests (DESIGN §5). */
export interface UsernamePasswordCredential {
  readonly kind: 'UsernameAndPassword';
  readonly username: string;
  readonly password?: string;
}

/** Credential Type Device (KMIP 1.1+): every field optional. */
export interface DeviceCredential {
  readonly kind: 'Device';
  readonly deviceSerialNumber?: string;
  readonly password?: string;
  readonly deviceIdentifier?: string;
  readonly networkIdentifier?: string;
  readonly machineIdentifier?: string;
  readonly mediaIdentifier?: string;
}

/** Nonce (KMIP 1.4 §2.1.14), issued by the server for attestation. */
export interface Nonce {
  readonly id: Uint8Array;
  readonly value: Uint8Array;
}

/** Credential Type Attestation (KMIP 1.2+). */
export interface AttestationCredential {
  readonly kind: 'Attestation';
  readonly nonce: Nonce;
  readonly attestationType: number;
  readonly attestationMeasurement?: Uint8Array;
  readonly attestationAssertion?: Uint8Array;
}

/** Any other Credential Type (One Time Password, Hashed Password, Ticket of KMIP 2.x, extensions): kept as sent. */
export interface OtherCredential {
  readonly kind: 'Other';
  readonly credentialType: number;
  readonly credentialValue: TtlvItem;
}

const WHAT = 'Credential';

export function decodeCredential(item: TtlvItem, scope: KmipErrorScope): Credential {
  const reader = new StructureReader(item, WHAT, scope);
  const credentialType = reader.enumeration(Tag.CredentialType);
  const value = reader.requiredItem(Tag.CredentialValue);
  reader.done();
  switch (credentialType) {
    case CredentialType.UsernameAndPassword: {
      const fields = new StructureReader(value, 'Credential Value (Username and Password)', scope);
      const credential: UsernamePasswordCredential = {
        kind: 'UsernameAndPassword',
        username: fields.text(Tag.Username),
        password: fields.optionalText(Tag.Password),
      };
      fields.done();
      return credential;
    }
    case CredentialType.Device: {
      const fields = new StructureReader(value, 'Credential Value (Device)', scope);
      const credential: DeviceCredential = {
        kind: 'Device',
        deviceSerialNumber: fields.optionalText(Tag.DeviceSerialNumber),
        password: fields.optionalText(Tag.Password),
        deviceIdentifier: fields.optionalText(Tag.DeviceIdentifier),
        networkIdentifier: fields.optionalText(Tag.NetworkIdentifier),
        machineIdentifier: fields.optionalText(Tag.MachineIdentifier),
        mediaIdentifier: fields.optionalText(Tag.MediaIdentifier),
      };
      fields.done();
      return credential;
    }
    case CredentialType.Attestation: {
      const fields = new StructureReader(value, 'Credential Value (Attestation)', scope);
      const credential: AttestationCredential = {
        kind: 'Attestation',
        nonce: decodeNonce(fields.required(Tag.Nonce, 'Structure'), scope),
        attestationType: fields.enumeration(Tag.AttestationType),
        attestationMeasurement: fields.optionalBytes(Tag.AttestationMeasurement),
        attestationAssertion: fields.optionalBytes(Tag.AttestationAssertion),
      };
      fields.done();
      return credential;
    }
    default:
      return { kind: 'Other', credentialType, credentialValue: value };
  }
}

export function encodeCredential(credential: Credential): TtlvStructure {
  let type: number;
  let value: TtlvItem;
  switch (credential.kind) {
    case 'UsernameAndPassword':
      type = CredentialType.UsernameAndPassword;
      value = ttlv.structure(Tag.CredentialValue, [
        ttlv.text(Tag.Username, credential.username),
        ...textIf(Tag.Password, credential.password),
      ]);
      break;
    case 'Device':
      type = CredentialType.Device;
      value = ttlv.structure(Tag.CredentialValue, [
        ...textIf(Tag.DeviceSerialNumber, credential.deviceSerialNumber),
        ...textIf(Tag.Password, credential.password),
        ...textIf(Tag.DeviceIdentifier, credential.deviceIdentifier),
        ...textIf(Tag.NetworkIdentifier, credential.networkIdentifier),
        ...textIf(Tag.MachineIdentifier, credential.machineIdentifier),
        ...textIf(Tag.MediaIdentifier, credential.mediaIdentifier),
      ]);
      break;
    case 'Attestation':
      type = CredentialType.Attestation;
      value = ttlv.structure(Tag.CredentialValue, [
        encodeNonce(credential.nonce),
        ttlv.enumeration(Tag.AttestationType, credential.attestationType),
        ...bytesIf(Tag.AttestationMeasurement, credential.attestationMeasurement),
        ...bytesIf(Tag.AttestationAssertion, credential.attestationAssertion),
      ]);
      break;
    case 'Other':
      type = credential.credentialType;
      value = credential.credentialValue;
      break;
  }
  return ttlv.structure(Tag.Credential, [ttlv.enumeration(Tag.CredentialType, type), value]);
}

export function decodeNonce(item: TtlvItem, scope: KmipErrorScope): Nonce {
  const reader = new StructureReader(item, 'Nonce', scope);
  const nonce = { id: reader.bytes(Tag.NonceID), value: reader.bytes(Tag.NonceValue) };
  reader.done();
  return nonce;
}

export function encodeNonce(nonce: Nonce): TtlvStructure {
  return ttlv.structure(Tag.Nonce, [ttlv.bytes(Tag.NonceID, nonce.id), ttlv.bytes(Tag.NonceValue, nonce.value)]);
}

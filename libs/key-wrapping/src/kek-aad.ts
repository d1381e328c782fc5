/**
 * The additional authenticated data that binds a wrapped KEK to its tenant and object id, so a blob copied to
 * another row (or another tenant) fails to unwrap.
 *
 * Encoding: a fixed label followed by each field as a 4-byte big-endian length and its UTF-8 bytes. Every field is
 * length-prefixed, so no two (tenant, objectId) pairs share an encoding, whatever characters they contain.
 */
const LABEL = 'kmip-vmware/kek-aad/v1';

export const MAX_AAD_FIELD_BYTES = 1024;

export function kekAad(tenant: string, objectId: string): Buffer {
  return Buffer.concat([field(LABEL, 'label'), field(tenant, 'tenant'), field(objectId, 'objectId')]);
}

function field(value: string, name: string): Buffer {
  if (typeof value !== 'string' || value.length === 0)
    throw new TypeError(`kekAad: ${name} must be a non-empty string`);
  // A lone surrogate would be encoded as U+FFFD and collide with a real U+FFFD.
  if (/\p{Cs}/u.test(value)) throw new TypeError(`kekAad: ${name} is not well-formed Unicode`);
  const bytes = Buffer.from(value, 'utf8');
  if (bytes.length > MAX_AAD_FIELD_BYTES)
    throw new TypeError(`kekAad: ${name} is longer than ${MAX_AAD_FIELD_BYTES} bytes`);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(bytes.length);
  return Buffer.concat([length, bytes]);
}

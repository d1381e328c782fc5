export { PkiError, type PkiErrorReason } from './pki-error';
export { type KeyAlgorithm, DEFAULT_KEY_ALGORITHM } from './key-algorithm';
export { type SubjectName } from './distinguished-name';
export {
  PEM_CERTIFICATE,
  PEM_CERTIFICATE_REQUEST,
  PEM_PRIVATE_KEY,
  readPemBlocks,
  pemToDer,
  derToPem,
  type PemBlock,
} from './pem-codec';
export { readPemFile, writeKeyFile, writeCertificateFile, KEY_FILE_MODE, CERTIFICATE_FILE_MODE } from './pem-file';
export {
  createCertificateAuthority,
  DEFAULT_CA_SUBJECT,
  type CertificateAuthority,
  type CreateCertificateAuthorityOptions,
} from './certificate-authority';
export { DEFAULT_END_ENTITY_VALIDITY_DAYS } from './end-entity-certificate';
export { issueServerCertificate, type IssuedCertificate, type ServerCertificateOptions } from './server-certificate';
export { issueClientCertificate, type ClientCertificateOptions } from './client-certificate';
export { signCertificateRequest, type CsrSigningOptions } from './csr-signing';
export { certificateFingerprint, normalizeFingerprint } from './certificate-fingerprint';
export { ensureDevelopmentPki, type DevelopmentPki, type DevelopmentPkiOptions } from './development-pki';

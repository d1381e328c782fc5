// GENERATED FILE - do not edit.
// Source data: libs/kmip/spec/tags.json, libs/kmip/spec/enumerations.json, libs/kmip/spec/masks.json
// Regenerate: npm run generate:kmip (libs/kmip/scripts/generate-registry.ts)
//
// Keys are the spec names in PascalCase: split on every non-alphanumeric character, upper-case the first
// character of each part, keep the rest as the spec writes it (acronyms stay: AES, HMACSHA256, UniqueBatchItemID).
// Names that start with a digit stay quoted (CryptographicAlgorithm['3DES']).

import { indexEnumerations, indexTags } from './registry-index';
import type { EnumerationInfo, MaskInfo, TagInfo } from './registry-types';

/** KMIP tags by spec name (KMIP 1.4 §9.1.3.1 Table 288; KMIP 2.0 §11.54; KMIP 2.1 §11.56 Table 487). */
export const Tag = {
  /** Activation Date (KMIP 1.0+) */
  ActivationDate: 0x420001,
  /** Application Data (KMIP 1.0+) */
  ApplicationData: 0x420002,
  /** Application Namespace (KMIP 1.0+) */
  ApplicationNamespace: 0x420003,
  /** Application Specific Information (KMIP 1.0+) */
  ApplicationSpecificInformation: 0x420004,
  /** Archive Date (KMIP 1.0+) */
  ArchiveDate: 0x420005,
  /** Asynchronous Correlation Value (KMIP 1.0+) */
  AsynchronousCorrelationValue: 0x420006,
  /** Asynchronous Indicator (KMIP 1.0+) */
  AsynchronousIndicator: 0x420007,
  /** Attribute (KMIP 1.0+) */
  Attribute: 0x420008,
  /** Attribute Index (KMIP 1.0, removed in 2.0) */
  AttributeIndex: 0x420009,
  /** Attribute Name (KMIP 1.0+) */
  AttributeName: 0x42000a,
  /** Attribute Value (KMIP 1.0+) */
  AttributeValue: 0x42000b,
  /** Authentication (KMIP 1.0+) */
  Authentication: 0x42000c,
  /** Batch Count (KMIP 1.0+) */
  BatchCount: 0x42000d,
  /** Batch Error Continuation Option (KMIP 1.0+) */
  BatchErrorContinuationOption: 0x42000e,
  /** Batch Item (KMIP 1.0+) */
  BatchItem: 0x42000f,
  /** Batch Order Option (KMIP 1.0+) */
  BatchOrderOption: 0x420010,
  /** Block Cipher Mode (KMIP 1.0+) */
  BlockCipherMode: 0x420011,
  /** Cancellation Result (KMIP 1.0+) */
  CancellationResult: 0x420012,
  /** Certificate (KMIP 1.0+) */
  Certificate: 0x420013,
  /** Certificate Identifier (KMIP 1.0, removed in 2.0) */
  CertificateIdentifier: 0x420014,
  /** Certificate Issuer (KMIP 1.0, removed in 2.0) */
  CertificateIssuer: 0x420015,
  /** Certificate Issuer Alternative Name (KMIP 1.0, removed in 2.0) */
  CertificateIssuerAlternativeName: 0x420016,
  /** Certificate Issuer Distinguished Name (KMIP 1.0, removed in 2.0) */
  CertificateIssuerDistinguishedName: 0x420017,
  /** Certificate Request (KMIP 1.0+) */
  CertificateRequest: 0x420018,
  /** Certificate Request Type (KMIP 1.0+) */
  CertificateRequestType: 0x420019,
  /** Certificate Subject (KMIP 1.0, removed in 2.0) */
  CertificateSubject: 0x42001a,
  /** Certificate Subject Alternative Name (KMIP 1.0, removed in 2.0) */
  CertificateSubjectAlternativeName: 0x42001b,
  /** Certificate Subject Distinguished Name (KMIP 1.0, removed in 2.0) */
  CertificateSubjectDistinguishedName: 0x42001c,
  /** Certificate Type (KMIP 1.0+) */
  CertificateType: 0x42001d,
  /** Certificate Value (KMIP 1.0+) */
  CertificateValue: 0x42001e,
  /** Common Template-Attribute (KMIP 1.0, removed in 2.0) */
  CommonTemplateAttribute: 0x42001f,
  /** Compromise Date (KMIP 1.0+) */
  CompromiseDate: 0x420020,
  /** Compromise Occurrence Date (KMIP 1.0+) */
  CompromiseOccurrenceDate: 0x420021,
  /** Contact Information (KMIP 1.0+) */
  ContactInformation: 0x420022,
  /** Credential (KMIP 1.0+) */
  Credential: 0x420023,
  /** Credential Type (KMIP 1.0+) */
  CredentialType: 0x420024,
  /** Credential Value (KMIP 1.0+) */
  CredentialValue: 0x420025,
  /** Criticality Indicator (KMIP 1.0+) */
  CriticalityIndicator: 0x420026,
  /** CRT Coefficient (KMIP 1.0+) */
  CRTCoefficient: 0x420027,
  /** Cryptographic Algorithm (KMIP 1.0+) */
  CryptographicAlgorithm: 0x420028,
  /** Cryptographic Domain Parameters (KMIP 1.0+) */
  CryptographicDomainParameters: 0x420029,
  /** Cryptographic Length (KMIP 1.0+) */
  CryptographicLength: 0x42002a,
  /** Cryptographic Parameters (KMIP 1.0+) */
  CryptographicParameters: 0x42002b,
  /** Cryptographic Usage Mask (KMIP 1.0+) */
  CryptographicUsageMask: 0x42002c,
  /** Custom Attribute (KMIP 1.0, removed in 2.0) */
  CustomAttribute: 0x42002d,
  /** D (KMIP 1.0+) */
  D: 0x42002e,
  /** Deactivation Date (KMIP 1.0+) */
  DeactivationDate: 0x42002f,
  /** Derivation Data (KMIP 1.0+) */
  DerivationData: 0x420030,
  /** Derivation Method (KMIP 1.0+) */
  DerivationMethod: 0x420031,
  /** Derivation Parameters (KMIP 1.0+) */
  DerivationParameters: 0x420032,
  /** Destroy Date (KMIP 1.0+) */
  DestroyDate: 0x420033,
  /** Digest (KMIP 1.0+) */
  Digest: 0x420034,
  /** Digest Value (KMIP 1.0+) */
  DigestValue: 0x420035,
  /** Encryption Key Information (KMIP 1.0+) */
  EncryptionKeyInformation: 0x420036,
  /** G (KMIP 1.0+) */
  G: 0x420037,
  /** Hashing Algorithm (KMIP 1.0+) */
  HashingAlgorithm: 0x420038,
  /** Initial Date (KMIP 1.0+) */
  InitialDate: 0x420039,
  /** Initialization Vector (KMIP 1.0+) */
  InitializationVector: 0x42003a,
  /** Issuer (KMIP 1.0, removed in 2.0) */
  Issuer: 0x42003b,
  /** Iteration Count (KMIP 1.0+) */
  IterationCount: 0x42003c,
  /** IV/Counter/Nonce (KMIP 1.0+) */
  IVCounterNonce: 0x42003d,
  /** J (KMIP 1.0+) */
  J: 0x42003e,
  /** Key (KMIP 1.0+) */
  Key: 0x42003f,
  /** Key Block (KMIP 1.0+) */
  KeyBlock: 0x420040,
  /** Key Compression Type (KMIP 1.0+) */
  KeyCompressionType: 0x420041,
  /** Key Format Type (KMIP 1.0+) */
  KeyFormatType: 0x420042,
  /** Key Material (KMIP 1.0+) */
  KeyMaterial: 0x420043,
  /** Key Part Identifier (KMIP 1.0+) */
  KeyPartIdentifier: 0x420044,
  /** Key Value (KMIP 1.0+) */
  KeyValue: 0x420045,
  /** Key Wrapping Data (KMIP 1.0+) */
  KeyWrappingData: 0x420046,
  /** Key Wrapping Specification (KMIP 1.0+) */
  KeyWrappingSpecification: 0x420047,
  /** Last Change Date (KMIP 1.0+) */
  LastChangeDate: 0x420048,
  /** Lease Time (KMIP 1.0+) */
  LeaseTime: 0x420049,
  /** Link (KMIP 1.0+) */
  Link: 0x42004a,
  /** Link Type (KMIP 1.0+) */
  LinkType: 0x42004b,
  /** Linked Object Identifier (KMIP 1.0+) */
  LinkedObjectIdentifier: 0x42004c,
  /** MAC/Signature (KMIP 1.0+) */
  MACSignature: 0x42004d,
  /** MAC/Signature Key Information (KMIP 1.0+) */
  MACSignatureKeyInformation: 0x42004e,
  /** Maximum Items (KMIP 1.0+) */
  MaximumItems: 0x42004f,
  /** Maximum Response Size (KMIP 1.0+) */
  MaximumResponseSize: 0x420050,
  /** Message Extension (KMIP 1.0+) */
  MessageExtension: 0x420051,
  /** Modulus (KMIP 1.0+) */
  Modulus: 0x420052,
  /** Name (KMIP 1.0+) */
  Name: 0x420053,
  /** Name Type (KMIP 1.0+) */
  NameType: 0x420054,
  /** Name Value (KMIP 1.0+) */
  NameValue: 0x420055,
  /** Object Group (KMIP 1.0+) */
  ObjectGroup: 0x420056,
  /** Object Type (KMIP 1.0+) */
  ObjectType: 0x420057,
  /** Offset (KMIP 1.0+) */
  Offset: 0x420058,
  /** Opaque Data Type (KMIP 1.0+) */
  OpaqueDataType: 0x420059,
  /** Opaque Data Value (KMIP 1.0+) */
  OpaqueDataValue: 0x42005a,
  /** Opaque Object (KMIP 1.0+) */
  OpaqueObject: 0x42005b,
  /** Operation (KMIP 1.0+) */
  Operation: 0x42005c,
  /** Operation Policy Name (KMIP 1.0, removed in 2.0) */
  OperationPolicyName: 0x42005d,
  /** P (KMIP 1.0+) */
  P: 0x42005e,
  /** Padding Method (KMIP 1.0+) */
  PaddingMethod: 0x42005f,
  /** Prime Exponent P (KMIP 1.0+) */
  PrimeExponentP: 0x420060,
  /** Prime Exponent Q (KMIP 1.0+) */
  PrimeExponentQ: 0x420061,
  /** Prime Field Size (KMIP 1.0+) */
  PrimeFieldSize: 0x420062,
  /** Private Exponent (KMIP 1.0+) */
  PrivateExponent: 0x420063,
  /** Private Key (KMIP 1.0+) */
  PrivateKey: 0x420064,
  /** Private Key Template-Attribute (KMIP 1.0, removed in 2.0) */
  PrivateKeyTemplateAttribute: 0x420065,
  /** Private Key Unique Identifier (KMIP 1.0+) */
  PrivateKeyUniqueIdentifier: 0x420066,
  /** Process Start Date (KMIP 1.0+) */
  ProcessStartDate: 0x420067,
  /** Protect Stop Date (KMIP 1.0+) */
  ProtectStopDate: 0x420068,
  /** Protocol Version (KMIP 1.0+) */
  ProtocolVersion: 0x420069,
  /** Protocol Version Major (KMIP 1.0+) */
  ProtocolVersionMajor: 0x42006a,
  /** Protocol Version Minor (KMIP 1.0+) */
  ProtocolVersionMinor: 0x42006b,
  /** Public Exponent (KMIP 1.0+) */
  PublicExponent: 0x42006c,
  /** Public Key (KMIP 1.0+) */
  PublicKey: 0x42006d,
  /** Public Key Template-Attribute (KMIP 1.0, removed in 2.0) */
  PublicKeyTemplateAttribute: 0x42006e,
  /** Public Key Unique Identifier (KMIP 1.0+) */
  PublicKeyUniqueIdentifier: 0x42006f,
  /** Put Function (KMIP 1.0+) */
  PutFunction: 0x420070,
  /** Q (KMIP 1.0+) */
  Q: 0x420071,
  /** Q String (KMIP 1.0+) */
  QString: 0x420072,
  /** Qlength (KMIP 1.0+) */
  Qlength: 0x420073,
  /** Query Function (KMIP 1.0+) */
  QueryFunction: 0x420074,
  /** Recommended Curve (KMIP 1.0+) */
  RecommendedCurve: 0x420075,
  /** Replaced Unique Identifier (KMIP 1.0+) */
  ReplacedUniqueIdentifier: 0x420076,
  /** Request Header (KMIP 1.0+) */
  RequestHeader: 0x420077,
  /** Request Message (KMIP 1.0+) */
  RequestMessage: 0x420078,
  /** Request Payload (KMIP 1.0+) */
  RequestPayload: 0x420079,
  /** Response Header (KMIP 1.0+) */
  ResponseHeader: 0x42007a,
  /** Response Message (KMIP 1.0+) */
  ResponseMessage: 0x42007b,
  /** Response Payload (KMIP 1.0+) */
  ResponsePayload: 0x42007c,
  /** Result Message (KMIP 1.0+) */
  ResultMessage: 0x42007d,
  /** Result Reason (KMIP 1.0+) */
  ResultReason: 0x42007e,
  /** Result Status (KMIP 1.0+) */
  ResultStatus: 0x42007f,
  /** Revocation Message (KMIP 1.0+) */
  RevocationMessage: 0x420080,
  /** Revocation Reason (KMIP 1.0+) */
  RevocationReason: 0x420081,
  /** Revocation Reason Code (KMIP 1.0+) */
  RevocationReasonCode: 0x420082,
  /** Key Role Type (KMIP 1.0+) */
  KeyRoleType: 0x420083,
  /** Salt (KMIP 1.0+) */
  Salt: 0x420084,
  /** Secret Data (KMIP 1.0+) */
  SecretData: 0x420085,
  /** Secret Data Type (KMIP 1.0+) */
  SecretDataType: 0x420086,
  /** Serial Number (KMIP 1.0, removed in 2.0) */
  SerialNumber: 0x420087,
  /** Server Information (KMIP 1.0+) */
  ServerInformation: 0x420088,
  /** Split Key (KMIP 1.0+) */
  SplitKey: 0x420089,
  /** Split Key Method (KMIP 1.0+) */
  SplitKeyMethod: 0x42008a,
  /** Split Key Parts (KMIP 1.0+) */
  SplitKeyParts: 0x42008b,
  /** Split Key Threshold (KMIP 1.0+) */
  SplitKeyThreshold: 0x42008c,
  /** State (KMIP 1.0+) */
  State: 0x42008d,
  /** Storage Status Mask (KMIP 1.0+) */
  StorageStatusMask: 0x42008e,
  /** Symmetric Key (KMIP 1.0+) */
  SymmetricKey: 0x42008f,
  /** Template (KMIP 1.0, removed in 2.0) */
  Template: 0x420090,
  /** Template-Attribute (KMIP 1.0, removed in 2.0) */
  TemplateAttribute: 0x420091,
  /** Time Stamp (KMIP 1.0+) */
  TimeStamp: 0x420092,
  /** Unique Batch Item ID (KMIP 1.0+) */
  UniqueBatchItemID: 0x420093,
  /** Unique Identifier (KMIP 1.0+) */
  UniqueIdentifier: 0x420094,
  /** Usage Limits (KMIP 1.0+) */
  UsageLimits: 0x420095,
  /** Usage Limits Count (KMIP 1.0+) */
  UsageLimitsCount: 0x420096,
  /** Usage Limits Total (KMIP 1.0+) */
  UsageLimitsTotal: 0x420097,
  /** Usage Limits Unit (KMIP 1.0+) */
  UsageLimitsUnit: 0x420098,
  /** Username (KMIP 1.0+) */
  Username: 0x420099,
  /** Validity Date (KMIP 1.0+) */
  ValidityDate: 0x42009a,
  /** Validity Indicator (KMIP 1.0+) */
  ValidityIndicator: 0x42009b,
  /** Vendor Extension (KMIP 1.0+) */
  VendorExtension: 0x42009c,
  /** Vendor Identification (KMIP 1.0+) */
  VendorIdentification: 0x42009d,
  /** Wrapping Method (KMIP 1.0+) */
  WrappingMethod: 0x42009e,
  /** X (KMIP 1.0+) */
  X: 0x42009f,
  /** Y (KMIP 1.0+) */
  Y: 0x4200a0,
  /** Password (KMIP 1.0+) */
  Password: 0x4200a1,
  /** Device Identifier (KMIP 1.1+) */
  DeviceIdentifier: 0x4200a2,
  /** Encoding Option (KMIP 1.1+) */
  EncodingOption: 0x4200a3,
  /** Extension Information (KMIP 1.1+) */
  ExtensionInformation: 0x4200a4,
  /** Extension Name (KMIP 1.1+) */
  ExtensionName: 0x4200a5,
  /** Extension Tag (KMIP 1.1+) */
  ExtensionTag: 0x4200a6,
  /** Extension Type (KMIP 1.1+) */
  ExtensionType: 0x4200a7,
  /** Fresh (KMIP 1.1+) */
  Fresh: 0x4200a8,
  /** Machine Identifier (KMIP 1.1+) */
  MachineIdentifier: 0x4200a9,
  /** Media Identifier (KMIP 1.1+) */
  MediaIdentifier: 0x4200aa,
  /** Network Identifier (KMIP 1.1+) */
  NetworkIdentifier: 0x4200ab,
  /** Object Group Member (KMIP 1.1+) */
  ObjectGroupMember: 0x4200ac,
  /** Certificate Length (KMIP 1.1+) */
  CertificateLength: 0x4200ad,
  /** Digital Signature Algorithm (KMIP 1.1+) */
  DigitalSignatureAlgorithm: 0x4200ae,
  /** Certificate Serial Number (KMIP 1.1+) */
  CertificateSerialNumber: 0x4200af,
  /** Device Serial Number (KMIP 1.1+) */
  DeviceSerialNumber: 0x4200b0,
  /** Issuer Alternative Name (KMIP 1.1+) */
  IssuerAlternativeName: 0x4200b1,
  /** Issuer Distinguished Name (KMIP 1.1+) */
  IssuerDistinguishedName: 0x4200b2,
  /** Subject Alternative Name (KMIP 1.1+) */
  SubjectAlternativeName: 0x4200b3,
  /** Subject Distinguished Name (KMIP 1.1+) */
  SubjectDistinguishedName: 0x4200b4,
  /** X.509 Certificate Identifier (KMIP 1.1+) */
  X509CertificateIdentifier: 0x4200b5,
  /** X.509 Certificate Issuer (KMIP 1.1+) */
  X509CertificateIssuer: 0x4200b6,
  /** X.509 Certificate Subject (KMIP 1.1+) */
  X509CertificateSubject: 0x4200b7,
  /** Key Value Location (KMIP 1.2+) */
  KeyValueLocation: 0x4200b8,
  /** Key Value Location Value (KMIP 1.2+) */
  KeyValueLocationValue: 0x4200b9,
  /** Key Value Location Type (KMIP 1.2+) */
  KeyValueLocationType: 0x4200ba,
  /** Key Value Present (KMIP 1.2+) */
  KeyValuePresent: 0x4200bb,
  /** Original Creation Date (KMIP 1.2+) */
  OriginalCreationDate: 0x4200bc,
  /** PGP Key (KMIP 1.2+) */
  PGPKey: 0x4200bd,
  /** PGP Key Version (KMIP 1.2+) */
  PGPKeyVersion: 0x4200be,
  /** Alternative Name (KMIP 1.2+) */
  AlternativeName: 0x4200bf,
  /** Alternative Name Value (KMIP 1.2+) */
  AlternativeNameValue: 0x4200c0,
  /** Alternative Name Type (KMIP 1.2+) */
  AlternativeNameType: 0x4200c1,
  /** Data (KMIP 1.2+) */
  Data: 0x4200c2,
  /** Signature Data (KMIP 1.2+) */
  SignatureData: 0x4200c3,
  /** Data Length (KMIP 1.2+) */
  DataLength: 0x4200c4,
  /** Random IV (KMIP 1.2+) */
  RandomIV: 0x4200c5,
  /** MAC Data (KMIP 1.2+) */
  MACData: 0x4200c6,
  /** Attestation Type (KMIP 1.2+) */
  AttestationType: 0x4200c7,
  /** Nonce (KMIP 1.2+) */
  Nonce: 0x4200c8,
  /** Nonce ID (KMIP 1.2+) */
  NonceID: 0x4200c9,
  /** Nonce Value (KMIP 1.2+) */
  NonceValue: 0x4200ca,
  /** Attestation Measurement (KMIP 1.2+) */
  AttestationMeasurement: 0x4200cb,
  /** Attestation Assertion (KMIP 1.2+) */
  AttestationAssertion: 0x4200cc,
  /** IV Length (KMIP 1.2+) */
  IVLength: 0x4200cd,
  /** Tag Length (KMIP 1.2+) */
  TagLength: 0x4200ce,
  /** Fixed Field Length (KMIP 1.2+) */
  FixedFieldLength: 0x4200cf,
  /** Counter Length (KMIP 1.2+) */
  CounterLength: 0x4200d0,
  /** Initial Counter Value (KMIP 1.2+) */
  InitialCounterValue: 0x4200d1,
  /** Invocation Field Length (KMIP 1.2+) */
  InvocationFieldLength: 0x4200d2,
  /** Attestation Capable Indicator (KMIP 1.2+) */
  AttestationCapableIndicator: 0x4200d3,
  /** Offset Items (KMIP 1.3+) */
  OffsetItems: 0x4200d4,
  /** Located Items (KMIP 1.3+) */
  LocatedItems: 0x4200d5,
  /** Correlation Value (KMIP 1.3+) */
  CorrelationValue: 0x4200d6,
  /** Init Indicator (KMIP 1.3+) */
  InitIndicator: 0x4200d7,
  /** Final Indicator (KMIP 1.3+) */
  FinalIndicator: 0x4200d8,
  /** RNG Parameters (KMIP 1.3+) */
  RNGParameters: 0x4200d9,
  /** RNG Algorithm (KMIP 1.3+) */
  RNGAlgorithm: 0x4200da,
  /** DRBG Algorithm (KMIP 1.3+) */
  DRBGAlgorithm: 0x4200db,
  /** FIPS186 Variation (KMIP 1.3+) */
  FIPS186Variation: 0x4200dc,
  /** Prediction Resistance (KMIP 1.3+) */
  PredictionResistance: 0x4200dd,
  /** Random Number Generator (KMIP 1.3+) */
  RandomNumberGenerator: 0x4200de,
  /** Validation Information (KMIP 1.3+) */
  ValidationInformation: 0x4200df,
  /** Validation Authority Type (KMIP 1.3+) */
  ValidationAuthorityType: 0x4200e0,
  /** Validation Authority Country (KMIP 1.3+) */
  ValidationAuthorityCountry: 0x4200e1,
  /** Validation Authority URI (KMIP 1.3+) */
  ValidationAuthorityURI: 0x4200e2,
  /** Validation Version Major (KMIP 1.3+) */
  ValidationVersionMajor: 0x4200e3,
  /** Validation Version Minor (KMIP 1.3+) */
  ValidationVersionMinor: 0x4200e4,
  /** Validation Type (KMIP 1.3+) */
  ValidationType: 0x4200e5,
  /** Validation Level (KMIP 1.3+) */
  ValidationLevel: 0x4200e6,
  /** Validation Certificate Identifier (KMIP 1.3+) */
  ValidationCertificateIdentifier: 0x4200e7,
  /** Validation Certificate URI (KMIP 1.3+) */
  ValidationCertificateURI: 0x4200e8,
  /** Validation Vendor URI (KMIP 1.3+) */
  ValidationVendorURI: 0x4200e9,
  /** Validation Profile (KMIP 1.3+) */
  ValidationProfile: 0x4200ea,
  /** Profile Information (KMIP 1.3+) */
  ProfileInformation: 0x4200eb,
  /** Profile Name (KMIP 1.3+) */
  ProfileName: 0x4200ec,
  /** Server URI (KMIP 1.3+) */
  ServerURI: 0x4200ed,
  /** Server Port (KMIP 1.3+) */
  ServerPort: 0x4200ee,
  /** Streaming Capability (KMIP 1.3+) */
  StreamingCapability: 0x4200ef,
  /** Asynchronous Capability (KMIP 1.3+) */
  AsynchronousCapability: 0x4200f0,
  /** Attestation Capability (KMIP 1.3+) */
  AttestationCapability: 0x4200f1,
  /** Unwrap Mode (KMIP 1.3+) */
  UnwrapMode: 0x4200f2,
  /** Destroy Action (KMIP 1.3+) */
  DestroyAction: 0x4200f3,
  /** Shredding Algorithm (KMIP 1.3+) */
  ShreddingAlgorithm: 0x4200f4,
  /** RNG Mode (KMIP 1.3+) */
  RNGMode: 0x4200f5,
  /** Client Registration Method (KMIP 1.3+) */
  ClientRegistrationMethod: 0x4200f6,
  /** Capability Information (KMIP 1.3+) */
  CapabilityInformation: 0x4200f7,
  /** Key Wrap Type (KMIP 1.4+) */
  KeyWrapType: 0x4200f8,
  /** Batch Undo Capability (KMIP 1.4+) */
  BatchUndoCapability: 0x4200f9,
  /** Batch Continue Capability (KMIP 1.4+) */
  BatchContinueCapability: 0x4200fa,
  /** PKCS#12 Friendly Name (KMIP 1.4+) */
  PKCS12FriendlyName: 0x4200fb,
  /** Description (KMIP 1.4+) */
  Description: 0x4200fc,
  /** Comment (KMIP 1.4+) */
  Comment: 0x4200fd,
  /** Authenticated Encryption Additional Data (KMIP 1.4+) */
  AuthenticatedEncryptionAdditionalData: 0x4200fe,
  /** Authenticated Encryption Tag (KMIP 1.4+) */
  AuthenticatedEncryptionTag: 0x4200ff,
  /** Salt Length (KMIP 1.4+) */
  SaltLength: 0x420100,
  /** Mask Generator (KMIP 1.4+) */
  MaskGenerator: 0x420101,
  /** Mask Generator Hashing Algorithm (KMIP 1.4+) */
  MaskGeneratorHashingAlgorithm: 0x420102,
  /** P Source (KMIP 1.4+) */
  PSource: 0x420103,
  /** Trailer Field (KMIP 1.4+) */
  TrailerField: 0x420104,
  /** Client Correlation Value (KMIP 1.4+) */
  ClientCorrelationValue: 0x420105,
  /** Server Correlation Value (KMIP 1.4+) */
  ServerCorrelationValue: 0x420106,
  /** Digested Data (KMIP 1.4+) */
  DigestedData: 0x420107,
  /** Certificate Subject CN (KMIP 1.4+) */
  CertificateSubjectCN: 0x420108,
  /** Certificate Subject O (KMIP 1.4+) */
  CertificateSubjectO: 0x420109,
  /** Certificate Subject OU (KMIP 1.4+) */
  CertificateSubjectOU: 0x42010a,
  /** Certificate Subject Email (KMIP 1.4+) */
  CertificateSubjectEmail: 0x42010b,
  /** Certificate Subject C (KMIP 1.4+) */
  CertificateSubjectC: 0x42010c,
  /** Certificate Subject ST (KMIP 1.4+) */
  CertificateSubjectST: 0x42010d,
  /** Certificate Subject L (KMIP 1.4+) */
  CertificateSubjectL: 0x42010e,
  /** Certificate Subject UID (KMIP 1.4+) */
  CertificateSubjectUID: 0x42010f,
  /** Certificate Subject Serial Number (KMIP 1.4+) */
  CertificateSubjectSerialNumber: 0x420110,
  /** Certificate Subject Title (KMIP 1.4+) */
  CertificateSubjectTitle: 0x420111,
  /** Certificate Subject DC (KMIP 1.4+) */
  CertificateSubjectDC: 0x420112,
  /** Certificate Subject DN Qualifier (KMIP 1.4+) */
  CertificateSubjectDNQualifier: 0x420113,
  /** Certificate Issuer CN (KMIP 1.4+) */
  CertificateIssuerCN: 0x420114,
  /** Certificate Issuer O (KMIP 1.4+) */
  CertificateIssuerO: 0x420115,
  /** Certificate Issuer OU (KMIP 1.4+) */
  CertificateIssuerOU: 0x420116,
  /** Certificate Issuer Email (KMIP 1.4+) */
  CertificateIssuerEmail: 0x420117,
  /** Certificate Issuer C (KMIP 1.4+) */
  CertificateIssuerC: 0x420118,
  /** Certificate Issuer ST (KMIP 1.4+) */
  CertificateIssuerST: 0x420119,
  /** Certificate Issuer L (KMIP 1.4+) */
  CertificateIssuerL: 0x42011a,
  /** Certificate Issuer UID (KMIP 1.4+) */
  CertificateIssuerUID: 0x42011b,
  /** Certificate Issuer Serial Number (KMIP 1.4+) */
  CertificateIssuerSerialNumber: 0x42011c,
  /** Certificate Issuer Title (KMIP 1.4+) */
  CertificateIssuerTitle: 0x42011d,
  /** Certificate Issuer DC (KMIP 1.4+) */
  CertificateIssuerDC: 0x42011e,
  /** Certificate Issuer DN Qualifier (KMIP 1.4+) */
  CertificateIssuerDNQualifier: 0x42011f,
  /** Sensitive (KMIP 1.4+) */
  Sensitive: 0x420120,
  /** Always Sensitive (KMIP 1.4+) */
  AlwaysSensitive: 0x420121,
  /** Extractable (KMIP 1.4+) */
  Extractable: 0x420122,
  /** Never Extractable (KMIP 1.4+) */
  NeverExtractable: 0x420123,
  /** Replace Existing (KMIP 1.4+) */
  ReplaceExisting: 0x420124,
  /** Attributes (KMIP 2.0+) */
  Attributes: 0x420125,
  /** Common Attributes (KMIP 2.0+) */
  CommonAttributes: 0x420126,
  /** Private Key Attributes (KMIP 2.0+) */
  PrivateKeyAttributes: 0x420127,
  /** Public Key Attributes (KMIP 2.0+) */
  PublicKeyAttributes: 0x420128,
  /** Extension Enumeration (KMIP 2.0+) */
  ExtensionEnumeration: 0x420129,
  /** Extension Attribute (KMIP 2.0+) */
  ExtensionAttribute: 0x42012a,
  /** Extension Parent Structure Tag (KMIP 2.0+) */
  ExtensionParentStructureTag: 0x42012b,
  /** Extension Description (KMIP 2.0+) */
  ExtensionDescription: 0x42012c,
  /** Server Name (KMIP 2.0+) */
  ServerName: 0x42012d,
  /** Server Serial Number (KMIP 2.0+) */
  ServerSerialNumber: 0x42012e,
  /** Server Version (KMIP 2.0+) */
  ServerVersion: 0x42012f,
  /** Server Load (KMIP 2.0+) */
  ServerLoad: 0x420130,
  /** Product Name (KMIP 2.0+) */
  ProductName: 0x420131,
  /** Build Level (KMIP 2.0+) */
  BuildLevel: 0x420132,
  /** Build Date (KMIP 2.0+) */
  BuildDate: 0x420133,
  /** Cluster Info (KMIP 2.0+) */
  ClusterInfo: 0x420134,
  /** Alternate Failover Endpoints (KMIP 2.0+) */
  AlternateFailoverEndpoints: 0x420135,
  /** Short Unique Identifier (KMIP 2.0+) */
  ShortUniqueIdentifier: 0x420136,
  /** Reserved (KMIP 2.0+) */
  Reserved: 0x420137,
  /** Tag (KMIP 2.0+) */
  Tag: 0x420138,
  /** Certificate Request Unique Identifier (KMIP 2.0+) */
  CertificateRequestUniqueIdentifier: 0x420139,
  /** NIST Key Type (KMIP 2.0+) */
  NISTKeyType: 0x42013a,
  /** Attribute Reference (KMIP 2.0+) */
  AttributeReference: 0x42013b,
  /** Current Attribute (KMIP 2.0+) */
  CurrentAttribute: 0x42013c,
  /** New Attribute (KMIP 2.0+) */
  NewAttribute: 0x42013d,
  /** Certificate Request Value (KMIP 2.0+) */
  CertificateRequestValue: 0x420140,
  /** Log Message (KMIP 2.0+) */
  LogMessage: 0x420141,
  /** Profile Version (KMIP 2.0+) */
  ProfileVersion: 0x420142,
  /** Profile Version Major (KMIP 2.0+) */
  ProfileVersionMajor: 0x420143,
  /** Profile Version Minor (KMIP 2.0+) */
  ProfileVersionMinor: 0x420144,
  /** Protection Level (KMIP 2.0+) */
  ProtectionLevel: 0x420145,
  /** Protection Period (KMIP 2.0+) */
  ProtectionPeriod: 0x420146,
  /** Quantum Safe (KMIP 2.0+) */
  QuantumSafe: 0x420147,
  /** Quantum Safe Capability (KMIP 2.0+) */
  QuantumSafeCapability: 0x420148,
  /** Ticket (KMIP 2.0+) */
  Ticket: 0x420149,
  /** Ticket Type (KMIP 2.0+) */
  TicketType: 0x42014a,
  /** Ticket Value (KMIP 2.0+) */
  TicketValue: 0x42014b,
  /** Request Count (KMIP 2.0+) */
  RequestCount: 0x42014c,
  /** Rights (KMIP 2.0+) */
  Rights: 0x42014d,
  /** Objects (KMIP 2.0+) */
  Objects: 0x42014e,
  /** Operations (KMIP 2.0+) */
  Operations: 0x42014f,
  /** Right (KMIP 2.0+) */
  Right: 0x420150,
  /** Endpoint Role (KMIP 2.0+) */
  EndpointRole: 0x420151,
  /** Defaults Information (KMIP 2.0+) */
  DefaultsInformation: 0x420152,
  /** Object Defaults (KMIP 2.0+) */
  ObjectDefaults: 0x420153,
  /** Ephemeral (KMIP 2.0+) */
  Ephemeral: 0x420154,
  /** Server Hashed Password (KMIP 2.0+) */
  ServerHashedPassword: 0x420155,
  /** One Time Password (KMIP 2.0+) */
  OneTimePassword: 0x420156,
  /** Hashed Password (KMIP 2.0+) */
  HashedPassword: 0x420157,
  /** Adjustment Type (KMIP 2.0+) */
  AdjustmentType: 0x420158,
  /** PKCS#11 Interface (KMIP 2.0+) */
  PKCS11Interface: 0x420159,
  /** PKCS#11 Function (KMIP 2.0+) */
  PKCS11Function: 0x42015a,
  /** PKCS#11 Input Parameters (KMIP 2.0+) */
  PKCS11InputParameters: 0x42015b,
  /** PKCS#11 Output Parameters (KMIP 2.0+) */
  PKCS11OutputParameters: 0x42015c,
  /** PKCS#11 Return Code (KMIP 2.0+) */
  PKCS11ReturnCode: 0x42015d,
  /** Protection Storage Mask (KMIP 2.0+) */
  ProtectionStorageMask: 0x42015e,
  /** Protection Storage Masks (KMIP 2.0+) */
  ProtectionStorageMasks: 0x42015f,
  /** Interop Function (KMIP 2.0+) */
  InteropFunction: 0x420160,
  /** Interop Identifier (KMIP 2.0+) */
  InteropIdentifier: 0x420161,
  /** Adjustment Value (KMIP 2.0+) */
  AdjustmentValue: 0x420162,
  /** Common Protection Storage Masks (KMIP 2.0+) */
  CommonProtectionStorageMasks: 0x420163,
  /** Private Protection Storage Masks (KMIP 2.0+) */
  PrivateProtectionStorageMasks: 0x420164,
  /** Public Protection Storage Masks (KMIP 2.0+) */
  PublicProtectionStorageMasks: 0x420165,
  /** Object Groups (KMIP 2.1+) */
  ObjectGroups: 0x420166,
  /** Object Types (KMIP 2.1+) */
  ObjectTypes: 0x420167,
  /** Constraints (KMIP 2.1+) */
  Constraints: 0x420168,
  /** Constraint (KMIP 2.1+) */
  Constraint: 0x420169,
  /** Rotate Interval (KMIP 2.1+) */
  RotateInterval: 0x42016a,
  /** Rotate Automatic (KMIP 2.1+) */
  RotateAutomatic: 0x42016b,
  /** Rotate Offset (KMIP 2.1+) */
  RotateOffset: 0x42016c,
  /** Rotate Date (KMIP 2.1+) */
  RotateDate: 0x42016d,
  /** Rotate Generation (KMIP 2.1+) */
  RotateGeneration: 0x42016e,
  /** Rotate Name (KMIP 2.1+) */
  RotateName: 0x42016f,
  /** Rotate Name Value (KMIP 2.1+) */
  RotateNameValue: 0x420170,
  /** Rotate Name Type (KMIP 2.1+) */
  RotateNameType: 0x420171,
  /** Rotate Latest (KMIP 2.1+) */
  RotateLatest: 0x420172,
  /** Asynchronous Request (KMIP 2.1+) */
  AsynchronousRequest: 0x420173,
  /** Submission Date (KMIP 2.1+) */
  SubmissionDate: 0x420174,
  /** Processing Stage (KMIP 2.1+) */
  ProcessingStage: 0x420175,
  /** Asynchronous Correlation Values (KMIP 2.1+) */
  AsynchronousCorrelationValues: 0x420176,
} as const;

export type TagName = keyof typeof Tag;

/** Adjustment Type (field: Adjustment Type). KMIP 2.0 §11.1; KMIP 2.1 §11.1. */
export const AdjustmentType = {
  /** Increment (KMIP 2.0+) */
  Increment: 0x01,
  /** Decrement (KMIP 2.0+) */
  Decrement: 0x02,
  /** Negate (KMIP 2.0+) */
  Negate: 0x03,
} as const;

/** Alternative Name Type (field: Alternative Name Type). KMIP 1.4 §9.1.3.2.34 Table 322; KMIP 2.1 §11.2 Table 430. */
export const AlternativeNameType = {
  /** Uninterpreted Text String (KMIP 1.2+) */
  UninterpretedTextString: 0x01,
  /** URI (KMIP 1.2+) */
  URI: 0x02,
  /** Object Serial Number (KMIP 1.2+) */
  ObjectSerialNumber: 0x03,
  /** Email Address (KMIP 1.2+) */
  EmailAddress: 0x04,
  /** DNS Name (KMIP 1.2+) */
  DNSName: 0x05,
  /** X.500 Distinguished Name (KMIP 1.2+) */
  X500DistinguishedName: 0x06,
  /** IP Address (KMIP 1.2+) */
  IPAddress: 0x07,
} as const;

/** Asynchronous Indicator (field: Asynchronous Indicator). KMIP 2.0 §11.3; KMIP 2.1 §11.3. */
export const AsynchronousIndicator = {
  /** Mandatory (KMIP 2.0+) */
  Mandatory: 0x01,
  /** Optional (KMIP 2.0+) */
  Optional: 0x02,
  /** Prohibited (KMIP 2.0+) */
  Prohibited: 0x03,
} as const;

/** Attestation Type (field: Attestation Type). KMIP 1.4 §9.1.3.2.36 Table 324; KMIP 2.1 §11.4 Table 433. */
export const AttestationType = {
  /** TPM Quote (KMIP 1.2+) */
  TPMQuote: 0x01,
  /** TCG Integrity Report (KMIP 1.2+) */
  TCGIntegrityReport: 0x02,
  /** SAML Assertion (KMIP 1.2+) */
  SAMLAssertion: 0x03,
} as const;

/** Batch Error Continuation Option (field: Batch Error Continuation Option). KMIP 1.4 §9.1.3.2.30 Table 318; KMIP 2.1 §11.5. */
export const BatchErrorContinuationOption = {
  /** Continue (KMIP 1.0+) */
  Continue: 0x01,
  /** Stop (KMIP 1.0+) */
  Stop: 0x02,
  /** Undo (KMIP 1.0+) */
  Undo: 0x03,
} as const;

/** Block Cipher Mode (field: Block Cipher Mode). KMIP 1.4 §9.1.3.2.14 Table 302; KMIP 2.1 §11.6 Table 436. */
export const BlockCipherMode = {
  /** CBC (KMIP 1.0+) */
  CBC: 0x01,
  /** ECB (KMIP 1.0+) */
  ECB: 0x02,
  /** PCBC (KMIP 1.0+) */
  PCBC: 0x03,
  /** CFB (KMIP 1.0+) */
  CFB: 0x04,
  /** OFB (KMIP 1.0+) */
  OFB: 0x05,
  /** CTR (KMIP 1.0+) */
  CTR: 0x06,
  /** CMAC (KMIP 1.0+) */
  CMAC: 0x07,
  /** CCM (KMIP 1.0+) */
  CCM: 0x08,
  /** GCM (KMIP 1.0+) */
  GCM: 0x09,
  /** CBC-MAC (KMIP 1.0+) */
  CBCMAC: 0x0a,
  /** XTS (KMIP 1.0+) */
  XTS: 0x0b,
  /** AESKeyWrapPadding (KMIP 1.0+) */
  AESKeyWrapPadding: 0x0c,
  /** NISTKeyWrap (KMIP 1.0+) */
  NISTKeyWrap: 0x0d,
  /** X9.102 AESKW (KMIP 1.0+) */
  X9102AESKW: 0x0e,
  /** X9.102 TDKW (KMIP 1.0+) */
  X9102TDKW: 0x0f,
  /** X9.102 AKW1 (KMIP 1.0+) */
  X9102AKW1: 0x10,
  /** X9.102 AKW2 (KMIP 1.0+) */
  X9102AKW2: 0x11,
  /** AEAD (KMIP 1.4+) */
  AEAD: 0x12,
} as const;

/** Cancellation Result (field: Cancellation Result). KMIP 1.4 §9.1.3.2.25 Table 313; KMIP 2.1 §11.7. */
export const CancellationResult = {
  /** Canceled (KMIP 1.0+) */
  Canceled: 0x01,
  /** Unable to Cancel (KMIP 1.0+) */
  UnableToCancel: 0x02,
  /** Completed (KMIP 1.0+) */
  Completed: 0x03,
  /** Failed (KMIP 1.0+) */
  Failed: 0x04,
  /** Unavailable (KMIP 1.0+) */
  Unavailable: 0x05,
} as const;

/** Certificate Request Type (field: Certificate Request Type). KMIP 1.4 §9.1.3.2.22 Table 310; KMIP 2.1 §11.8 Table 439. */
export const CertificateRequestType = {
  /** CRMF (KMIP 1.0+) */
  CRMF: 0x01,
  /** PKCS#10 (KMIP 1.0+) */
  PKCS10: 0x02,
  /** PEM (KMIP 1.0+) */
  PEM: 0x03,
  /** PGP (KMIP 1.0, removed in 2.0) */
  PGP: 0x04,
} as const;

/** Certificate Type (field: Certificate Type). KMIP 1.4 §9.1.3.2.6 Table 294; KMIP 2.1 §11.9 Table 440. */
export const CertificateType = {
  /** X.509 (KMIP 1.0+) */
  X509: 0x01,
  /** PGP (KMIP 1.0+) */
  PGP: 0x02,
} as const;

/** Client Registration Method (field: Client Registration Method). KMIP 1.4 §9.1.3.2.47; KMIP 2.1 §11.10. */
export const ClientRegistrationMethod = {
  /** Unspecified (KMIP 1.3+) */
  Unspecified: 0x01,
  /** Server Pre-Generated (KMIP 1.3+) */
  ServerPreGenerated: 0x02,
  /** Server On-Demand (KMIP 1.3+) */
  ServerOnDemand: 0x03,
  /** Client Generated (KMIP 1.3+) */
  ClientGenerated: 0x04,
  /** Client Registered (KMIP 1.3+) */
  ClientRegistered: 0x05,
} as const;

/** Credential Type (field: Credential Type). KMIP 1.4 §9.1.3.2.1 Table 289; KMIP 2.1 §11.11 Table 442. */
export const CredentialType = {
  /** Username and Password (KMIP 1.0+) */
  UsernameAndPassword: 0x01,
  /** Device (KMIP 1.1+) */
  Device: 0x02,
  /** Attestation (KMIP 1.2+) */
  Attestation: 0x03,
  /** One Time Password (KMIP 2.0+) */
  OneTimePassword: 0x04,
  /** Hashed Password (KMIP 2.0+) */
  HashedPassword: 0x05,
  /** Ticket (KMIP 2.0+) */
  Ticket: 0x06,
} as const;

/** Cryptographic Algorithm (field: Cryptographic Algorithm). KMIP 1.4 §9.1.3.2.13 Table 301; KMIP 2.1 §11.12 Table 443. */
export const CryptographicAlgorithm = {
  /** DES (KMIP 1.0+) */
  DES: 0x01,
  /** 3DES (KMIP 1.0+) */
  '3DES': 0x02,
  /** AES (KMIP 1.0+) */
  AES: 0x03,
  /** RSA (KMIP 1.0+) */
  RSA: 0x04,
  /** DSA (KMIP 1.0+) */
  DSA: 0x05,
  /** ECDSA (KMIP 1.0+) */
  ECDSA: 0x06,
  /** HMAC-SHA1 (KMIP 1.0+) */
  HMACSHA1: 0x07,
  /** HMAC-SHA224 (KMIP 1.0+) */
  HMACSHA224: 0x08,
  /** HMAC-SHA256 (KMIP 1.0+) */
  HMACSHA256: 0x09,
  /** HMAC-SHA384 (KMIP 1.0+) */
  HMACSHA384: 0x0a,
  /** HMAC-SHA512 (KMIP 1.0+) */
  HMACSHA512: 0x0b,
  /** HMAC-MD5 (KMIP 1.0+) */
  HMACMD5: 0x0c,
  /** DH (KMIP 1.0+) */
  DH: 0x0d,
  /** ECDH (KMIP 1.0+) */
  ECDH: 0x0e,
  /** ECMQV (KMIP 1.0+) */
  ECMQV: 0x0f,
  /** Blowfish (KMIP 1.0+) */
  Blowfish: 0x10,
  /** Camellia (KMIP 1.0+) */
  Camellia: 0x11,
  /** CAST5 (KMIP 1.0+) */
  CAST5: 0x12,
  /** IDEA (KMIP 1.0+) */
  IDEA: 0x13,
  /** MARS (KMIP 1.0+) */
  MARS: 0x14,
  /** RC2 (KMIP 1.0+) */
  RC2: 0x15,
  /** RC4 (KMIP 1.0+) */
  RC4: 0x16,
  /** RC5 (KMIP 1.0+) */
  RC5: 0x17,
  /** SKIPJACK (KMIP 1.0+) */
  SKIPJACK: 0x18,
  /** Twofish (KMIP 1.0+) */
  Twofish: 0x19,
  /** EC (KMIP 1.2+) */
  EC: 0x1a,
  /** One Time Pad (KMIP 1.3+) */
  OneTimePad: 0x1b,
  /** ChaCha20 (KMIP 1.4+) */
  ChaCha20: 0x1c,
  /** Poly1305 (KMIP 1.4+) */
  Poly1305: 0x1d,
  /** ChaCha20Poly1305 (KMIP 1.4+) */
  ChaCha20Poly1305: 0x1e,
  /** SHA3-224 (KMIP 1.4+) */
  SHA3224: 0x1f,
  /** SHA3-256 (KMIP 1.4+) */
  SHA3256: 0x20,
  /** SHA3-384 (KMIP 1.4+) */
  SHA3384: 0x21,
  /** SHA3-512 (KMIP 1.4+) */
  SHA3512: 0x22,
  /** HMAC-SHA3-224 (KMIP 1.4+) */
  HMACSHA3224: 0x23,
  /** HMAC-SHA3-256 (KMIP 1.4+) */
  HMACSHA3256: 0x24,
  /** HMAC-SHA3-384 (KMIP 1.4+) */
  HMACSHA3384: 0x25,
  /** HMAC-SHA3-512 (KMIP 1.4+) */
  HMACSHA3512: 0x26,
  /** SHAKE-128 (KMIP 1.4+) */
  SHAKE128: 0x27,
  /** SHAKE-256 (KMIP 1.4+) */
  SHAKE256: 0x28,
  /** ARIA (KMIP 2.0+) */
  ARIA: 0x29,
  /** SEED (KMIP 2.0+) */
  SEED: 0x2a,
  /** SM2 (KMIP 2.0+) */
  SM2: 0x2b,
  /** SM3 (KMIP 2.0+) */
  SM3: 0x2c,
  /** SM4 (KMIP 2.0+) */
  SM4: 0x2d,
  /** GOST R 34.10-2012 (KMIP 2.0+) */
  GOSTR34102012: 0x2e,
  /** GOST R 34.11-2012 (KMIP 2.0+) */
  GOSTR34112012: 0x2f,
  /** GOST R 34.13-2015 (KMIP 2.0+) */
  GOSTR34132015: 0x30,
  /** GOST 28147-89 (KMIP 2.0+) */
  GOST2814789: 0x31,
  /** XMSS (KMIP 2.0+) */
  XMSS: 0x32,
  /** SPHINCS-256 (KMIP 2.0+) */
  SPHINCS256: 0x33,
  /** McEliece (KMIP 2.0+) */
  McEliece: 0x34,
  /** McEliece-6960119 (KMIP 2.0+) */
  McEliece6960119: 0x35,
  /** McEliece-8192128 (KMIP 2.0+) */
  McEliece8192128: 0x36,
  /** Ed25519 (KMIP 2.0+) */
  Ed25519: 0x37,
  /** Ed448 (KMIP 2.0+) */
  Ed448: 0x38,
} as const;

/** Data (field: Data). KMIP 2.0 §11.13; KMIP 2.1 §11.13 Table 444. */
export const Data = {
  /** Decrypt (KMIP 2.0+) */
  Decrypt: 0x01,
  /** Encrypt (KMIP 2.0+) */
  Encrypt: 0x02,
  /** Hash (KMIP 2.0+) */
  Hash: 0x03,
  /** MAC MAC Data (KMIP 2.0+) */
  MACMACData: 0x04,
  /** RNG Retrieve (KMIP 2.0+) */
  RNGRetrieve: 0x05,
  /** Sign Signature Data (KMIP 2.0+) */
  SignSignatureData: 0x06,
  /** Signature Verify (KMIP 2.0+) */
  SignatureVerify: 0x07,
} as const;

/** Derivation Method (field: Derivation Method). KMIP 1.4 §9.1.3.2.21 Table 309; KMIP 2.1 §11.14. */
export const DerivationMethod = {
  /** PBKDF2 (KMIP 1.0+) */
  PBKDF2: 0x01,
  /** HASH (KMIP 1.0+) */
  HASH: 0x02,
  /** HMAC (KMIP 1.0+) */
  HMAC: 0x03,
  /** ENCRYPT (KMIP 1.0+) */
  ENCRYPT: 0x04,
  /** NIST800-108-C (KMIP 1.0+) */
  NIST800108C: 0x05,
  /** NIST800-108-F (KMIP 1.0+) */
  NIST800108F: 0x06,
  /** NIST800-108-DPI (KMIP 1.0+) */
  NIST800108DPI: 0x07,
  /** Asymmetric Key (KMIP 1.4+) */
  AsymmetricKey: 0x08,
  /** AWS Signature Version 4 (KMIP 2.0+) */
  AWSSignatureVersion4: 0x09,
  /** HKDF (KMIP 2.0+) */
  HKDF: 0x0a,
} as const;

/** Destroy Action (field: Destroy Action). KMIP 1.4 §9.1.3.2.44; KMIP 2.1 §11.15. */
export const DestroyAction = {
  /** Unspecified (KMIP 1.3+) */
  Unspecified: 0x01,
  /** Key Material Deleted (KMIP 1.3+) */
  KeyMaterialDeleted: 0x02,
  /** Key Material Shredded (KMIP 1.3+) */
  KeyMaterialShredded: 0x03,
  /** Meta Data Deleted (KMIP 1.3+) */
  MetaDataDeleted: 0x04,
  /** Meta Data Shredded (KMIP 1.3+) */
  MetaDataShredded: 0x05,
  /** Deleted (KMIP 1.3+) */
  Deleted: 0x06,
  /** Shredded (KMIP 1.3+) */
  Shredded: 0x07,
} as const;

/** Digital Signature Algorithm (field: Digital Signature Algorithm). KMIP 1.4 §9.1.3.2.7 Table 295; KMIP 2.1 §11.16 Table 447. */
export const DigitalSignatureAlgorithm = {
  /** MD2 with RSA Encryption (PKCS#1 v1.5) (KMIP 1.1, removed in 2.0) */
  MD2WithRSAEncryptionPKCS1V15: 0x01,
  /** MD2 with RSA Encryption (KMIP 2.0+) */
  MD2WithRSAEncryption: 0x01,
  /** MD5 with RSA Encryption (PKCS#1 v1.5) (KMIP 1.1, removed in 2.0) */
  MD5WithRSAEncryptionPKCS1V15: 0x02,
  /** MD5 with RSA Encryption (KMIP 2.0+) */
  MD5WithRSAEncryption: 0x02,
  /** SHA-1 with RSA Encryption (PKCS#1 v1.5) (KMIP 1.1, removed in 2.0) */
  SHA1WithRSAEncryptionPKCS1V15: 0x03,
  /** SHA-1 with RSA Encryption (KMIP 2.0+) */
  SHA1WithRSAEncryption: 0x03,
  /** SHA-224 with RSA Encryption (PKCS#1 v1.5) (KMIP 1.1, removed in 2.0) */
  SHA224WithRSAEncryptionPKCS1V15: 0x04,
  /** SHA-224 with RSA Encryption (KMIP 2.0+) */
  SHA224WithRSAEncryption: 0x04,
  /** SHA-256 with RSA Encryption (PKCS#1 v1.5) (KMIP 1.1, removed in 2.0) */
  SHA256WithRSAEncryptionPKCS1V15: 0x05,
  /** SHA-256 with RSA Encryption (KMIP 2.0+) */
  SHA256WithRSAEncryption: 0x05,
  /** SHA-384 with RSA Encryption (PKCS#1 v1.5) (KMIP 1.1, removed in 2.0) */
  SHA384WithRSAEncryptionPKCS1V15: 0x06,
  /** SHA-384 with RSA Encryption (KMIP 2.0+) */
  SHA384WithRSAEncryption: 0x06,
  /** SHA-512 with RSA Encryption (PKCS#1 v1.5) (KMIP 1.1, removed in 2.0) */
  SHA512WithRSAEncryptionPKCS1V15: 0x07,
  /** SHA-512 with RSA Encryption (KMIP 2.0+) */
  SHA512WithRSAEncryption: 0x07,
  /** RSASSA-PSS (PKCS#1 v2.1) (KMIP 1.1, removed in 2.0) */
  RSASSAPSSPKCS1V21: 0x08,
  /** RSASSA-PSS (KMIP 2.0+) */
  RSASSAPSS: 0x08,
  /** DSA with SHA-1 (KMIP 1.1+) */
  DSAWithSHA1: 0x09,
  /** DSA with SHA224 (KMIP 1.1+) */
  DSAWithSHA224: 0x0a,
  /** DSA with SHA256 (KMIP 1.1+) */
  DSAWithSHA256: 0x0b,
  /** ECDSA with SHA-1 (KMIP 1.1+) */
  ECDSAWithSHA1: 0x0c,
  /** ECDSA with SHA224 (KMIP 1.1+) */
  ECDSAWithSHA224: 0x0d,
  /** ECDSA with SHA256 (KMIP 1.1+) */
  ECDSAWithSHA256: 0x0e,
  /** ECDSA with SHA384 (KMIP 1.1+) */
  ECDSAWithSHA384: 0x0f,
  /** ECDSA with SHA512 (KMIP 1.1+) */
  ECDSAWithSHA512: 0x10,
  /** SHA3-256 with RSA Encryption (KMIP 1.4+) */
  SHA3256WithRSAEncryption: 0x11,
  /** SHA3-384 with RSA Encryption (KMIP 1.4+) */
  SHA3384WithRSAEncryption: 0x12,
  /** SHA3-512 with RSA Encryption (KMIP 1.4+) */
  SHA3512WithRSAEncryption: 0x13,
} as const;

/** DRBG Algorithm (field: DRBG Algorithm). KMIP 1.4 §9.1.3.2.38; KMIP 2.1 §11.17 Table 448. */
export const DRBGAlgorithm = {
  /** Unspecified (KMIP 1.3+) */
  Unspecified: 0x01,
  /** Dual-EC (KMIP 1.3+) */
  DualEC: 0x02,
  /** Hash (KMIP 1.3+) */
  Hash: 0x03,
  /** HMAC (KMIP 1.3+) */
  HMAC: 0x04,
  /** CTR (KMIP 1.3+) */
  CTR: 0x05,
} as const;

/** Encoding Option (field: Encoding Option). KMIP 1.4 §9.1.3.2.32 Table 320; KMIP 2.1 §11.18. */
export const EncodingOption = {
  /** No Encoding (KMIP 1.1+) */
  NoEncoding: 0x01,
  /** TTLV Encoding (KMIP 1.1+) */
  TTLVEncoding: 0x02,
} as const;

/** Endpoint Role (field: Endpoint Role). KMIP 2.0 §11.19; KMIP 2.1 §11.19. */
export const EndpointRole = {
  /** Client (KMIP 2.0+) */
  Client: 0x01,
  /** Server (KMIP 2.0+) */
  Server: 0x02,
} as const;

/** FIPS186 Variation (field: FIPS186 Variation). KMIP 1.4 §9.1.3.2.39; KMIP 2.1 §11.20 Table 453. */
export const FIPS186Variation = {
  /** Unspecified (KMIP 1.3+) */
  Unspecified: 0x01,
  /** GP x-Original (KMIP 1.3+) */
  GPXOriginal: 0x02,
  /** GP x-Change Notice (KMIP 1.3+) */
  GPXChangeNotice: 0x03,
  /** x-Original (KMIP 1.3+) */
  XOriginal: 0x04,
  /** x-Change Notice (KMIP 1.3+) */
  XChangeNotice: 0x05,
  /** k-Original (KMIP 1.3+) */
  KOriginal: 0x06,
  /** k-Change Notice (KMIP 1.3+) */
  KChangeNotice: 0x07,
} as const;

/** Hashing Algorithm (field: Hashing Algorithm, Mask Generator Hashing Algorithm). KMIP 1.4 §9.1.3.2.16 Table 304; KMIP 2.1 §11.21 Table 454. */
export const HashingAlgorithm = {
  /** MD2 (KMIP 1.0+) */
  MD2: 0x01,
  /** MD4 (KMIP 1.0+) */
  MD4: 0x02,
  /** MD5 (KMIP 1.0+) */
  MD5: 0x03,
  /** SHA-1 (KMIP 1.0+) */
  SHA1: 0x04,
  /** SHA-224 (KMIP 1.0+) */
  SHA224: 0x05,
  /** SHA-256 (KMIP 1.0+) */
  SHA256: 0x06,
  /** SHA-384 (KMIP 1.0+) */
  SHA384: 0x07,
  /** SHA-512 (KMIP 1.0+) */
  SHA512: 0x08,
  /** RIPEMD-160 (KMIP 1.0+) */
  RIPEMD160: 0x09,
  /** Tiger (KMIP 1.0+) */
  Tiger: 0x0a,
  /** Whirlpool (KMIP 1.0+) */
  Whirlpool: 0x0b,
  /** SHA-512/224 (KMIP 1.2+) */
  SHA512224: 0x0c,
  /** SHA-512/256 (KMIP 1.2+) */
  SHA512256: 0x0d,
  /** SHA3-224 (KMIP 1.4+; before 2.0: "SHA-3-224") */
  SHA3224: 0x0e,
  /** SHA3-256 (KMIP 1.4+; before 2.0: "SHA-3-256") */
  SHA3256: 0x0f,
  /** SHA3-384 (KMIP 1.4+; before 2.0: "SHA-3-384") */
  SHA3384: 0x10,
  /** SHA3-512 (KMIP 1.4+; before 2.0: "SHA-3-512") */
  SHA3512: 0x11,
} as const;

/** Interop Function (field: Interop Function). KMIP 2.0 §11.22; KMIP 2.1 §11.22. */
export const InteropFunction = {
  /** Begin (KMIP 2.0+) */
  Begin: 0x01,
  /** End (KMIP 2.0+) */
  End: 0x02,
  /** Reset (KMIP 2.0+) */
  Reset: 0x03,
} as const;

/** Item Type (field: Extension Type). KMIP 2.0 §11.23; KMIP 2.1 §11.23. */
export const ItemType = {
  /** Structure (KMIP 2.0+) */
  Structure: 0x01,
  /** Integer (KMIP 2.0+) */
  Integer: 0x02,
  /** Long Integer (KMIP 2.0+) */
  LongInteger: 0x03,
  /** Big Integer (KMIP 2.0+) */
  BigInteger: 0x04,
  /** Enumeration (KMIP 2.0+) */
  Enumeration: 0x05,
  /** Boolean (KMIP 2.0+) */
  Boolean: 0x06,
  /** Text String (KMIP 2.0+) */
  TextString: 0x07,
  /** Byte String (KMIP 2.0+) */
  ByteString: 0x08,
  /** Date Time (KMIP 2.0+) */
  DateTime: 0x09,
  /** Interval (KMIP 2.0+) */
  Interval: 0x0a,
  /** Date Time Extended (KMIP 2.0+) */
  DateTimeExtended: 0x0b,
} as const;

/** Key Compression Type (field: Key Compression Type). KMIP 1.4 §9.1.3.2.2 Table 290; KMIP 2.1 §11.24 Table 459. */
export const KeyCompressionType = {
  /** EC Public Key Type Uncompressed (KMIP 1.0+) */
  ECPublicKeyTypeUncompressed: 0x01,
  /** EC Public Key Type X9.62 Compressed Prime (KMIP 1.0+) */
  ECPublicKeyTypeX962CompressedPrime: 0x02,
  /** EC Public Key Type X9.62 Compressed Char2 (KMIP 1.0+) */
  ECPublicKeyTypeX962CompressedChar2: 0x03,
  /** EC Public Key Type X9.62 Hybrid (KMIP 1.0+) */
  ECPublicKeyTypeX962Hybrid: 0x04,
} as const;

/** Key Format Type (field: Key Format Type). KMIP 1.4 §9.1.3.2.3 Table 291; KMIP 2.1 §11.25. */
export const KeyFormatType = {
  /** Raw (KMIP 1.0+) */
  Raw: 0x01,
  /** Opaque (KMIP 1.0+) */
  Opaque: 0x02,
  /** PKCS#1 (KMIP 1.0+) */
  PKCS1: 0x03,
  /** PKCS#8 (KMIP 1.0+) */
  PKCS8: 0x04,
  /** X.509 (KMIP 1.0+) */
  X509: 0x05,
  /** ECPrivateKey (KMIP 1.0+) */
  ECPrivateKey: 0x06,
  /** Transparent Symmetric Key (KMIP 1.0+) */
  TransparentSymmetricKey: 0x07,
  /** Transparent DSA Private Key (KMIP 1.0+) */
  TransparentDSAPrivateKey: 0x08,
  /** Transparent DSA Public Key (KMIP 1.0+) */
  TransparentDSAPublicKey: 0x09,
  /** Transparent RSA Private Key (KMIP 1.0+) */
  TransparentRSAPrivateKey: 0x0a,
  /** Transparent RSA Public Key (KMIP 1.0+) */
  TransparentRSAPublicKey: 0x0b,
  /** Transparent DH Private Key (KMIP 1.0+) */
  TransparentDHPrivateKey: 0x0c,
  /** Transparent DH Public Key (KMIP 1.0+) */
  TransparentDHPublicKey: 0x0d,
  /** Transparent ECDSA Private Key (KMIP 1.0, removed in 2.0) */
  TransparentECDSAPrivateKey: 0x0e,
  /** Transparent ECDSA Public Key (KMIP 1.0, removed in 2.0) */
  TransparentECDSAPublicKey: 0x0f,
  /** Transparent ECDH Private Key (KMIP 1.0, removed in 2.0) */
  TransparentECDHPrivateKey: 0x10,
  /** Transparent ECDH Public Key (KMIP 1.0, removed in 2.0) */
  TransparentECDHPublicKey: 0x11,
  /** Transparent ECMQV Private Key (KMIP 1.0, removed in 2.0) */
  TransparentECMQVPrivateKey: 0x12,
  /** Transparent ECMQV Public Key (KMIP 1.0, removed in 2.0) */
  TransparentECMQVPublicKey: 0x13,
  /** Transparent EC Private Key (KMIP 1.3+) */
  TransparentECPrivateKey: 0x14,
  /** Transparent EC Public Key (KMIP 1.3+) */
  TransparentECPublicKey: 0x15,
  /** PKCS#12 (KMIP 1.4+) */
  PKCS12: 0x16,
  /** PKCS#10 (KMIP 2.0+) */
  PKCS10: 0x17,
} as const;

/** Key Role Type (field: Key Role Type). KMIP 1.4 §9.1.3.2.17 Table 305; KMIP 2.1 §11.26 Table 462. */
export const KeyRoleType = {
  /** BDK (KMIP 1.0+) */
  BDK: 0x01,
  /** CVK (KMIP 1.0+) */
  CVK: 0x02,
  /** DEK (KMIP 1.0+) */
  DEK: 0x03,
  /** MKAC (KMIP 1.0+) */
  MKAC: 0x04,
  /** MKSMC (KMIP 1.0+) */
  MKSMC: 0x05,
  /** MKSMI (KMIP 1.0+) */
  MKSMI: 0x06,
  /** MKDAC (KMIP 1.0+) */
  MKDAC: 0x07,
  /** MKDN (KMIP 1.0+) */
  MKDN: 0x08,
  /** MKCP (KMIP 1.0+) */
  MKCP: 0x09,
  /** MKOTH (KMIP 1.0+) */
  MKOTH: 0x0a,
  /** KEK (KMIP 1.0+) */
  KEK: 0x0b,
  /** MAC16609 (KMIP 1.0+) */
  MAC16609: 0x0c,
  /** MAC97971 (KMIP 1.0+) */
  MAC97971: 0x0d,
  /** MAC97972 (KMIP 1.0+) */
  MAC97972: 0x0e,
  /** MAC97973 (KMIP 1.0+) */
  MAC97973: 0x0f,
  /** MAC97974 (KMIP 1.0+) */
  MAC97974: 0x10,
  /** MAC97975 (KMIP 1.0+) */
  MAC97975: 0x11,
  /** ZPK (KMIP 1.0+) */
  ZPK: 0x12,
  /** PVKIBM (KMIP 1.0+) */
  PVKIBM: 0x13,
  /** PVKPVV (KMIP 1.0+) */
  PVKPVV: 0x14,
  /** PVKOTH (KMIP 1.0+) */
  PVKOTH: 0x15,
  /** DUKPT (KMIP 1.4+) */
  DUKPT: 0x16,
  /** IV (KMIP 1.4+) */
  IV: 0x17,
  /** TRKBK (KMIP 1.4+) */
  TRKBK: 0x18,
} as const;

/** Key Value Location Type (field: Key Value Location Type). KMIP 1.4 §9.1.3.2.35 Table 323; KMIP 2.1 §11.27 Table 463. */
export const KeyValueLocationType = {
  /** Uninterpreted Text String (KMIP 1.2+) */
  UninterpretedTextString: 0x01,
  /** URI (KMIP 1.2+) */
  URI: 0x02,
} as const;

/** Key Wrap Type (field: Key Wrap Type). KMIP 1.4 §9.1.3.2.48; KMIP 2.1 §11.29. */
export const KeyWrapType = {
  /** Not Wrapped (KMIP 1.4+) */
  NotWrapped: 0x01,
  /** As Registered (KMIP 1.4+) */
  AsRegistered: 0x02,
} as const;

/** Link Type (field: Link Type). KMIP 1.4 §9.1.3.2.20 Table 308; KMIP 2.1 §11.28. */
export const LinkType = {
  /** Certificate Link (KMIP 1.0+) */
  CertificateLink: 0x101,
  /** Public Key Link (KMIP 1.0+) */
  PublicKeyLink: 0x102,
  /** Private Key Link (KMIP 1.0+) */
  PrivateKeyLink: 0x103,
  /** Derivation Base Object Link (KMIP 1.0+) */
  DerivationBaseObjectLink: 0x104,
  /** Derived Key Link (KMIP 1.0+) */
  DerivedKeyLink: 0x105,
  /** Replacement Object Link (KMIP 1.0+) */
  ReplacementObjectLink: 0x106,
  /** Replaced Object Link (KMIP 1.0+) */
  ReplacedObjectLink: 0x107,
  /** Parent Link (KMIP 1.2+) */
  ParentLink: 0x108,
  /** Child Link (KMIP 1.2+) */
  ChildLink: 0x109,
  /** Previous Link (KMIP 1.2+) */
  PreviousLink: 0x10a,
  /** Next Link (KMIP 1.2+) */
  NextLink: 0x10b,
  /** PKCS#12 Certificate Link (KMIP 1.4+) */
  PKCS12CertificateLink: 0x10c,
  /** PKCS#12 Password Link (KMIP 1.4+) */
  PKCS12PasswordLink: 0x10d,
  /** Wrapping Key Link (KMIP 2.0+) */
  WrappingKeyLink: 0x10e,
} as const;

/** Mask Generator (field: Mask Generator). KMIP 1.4 §9.1.3.2.49; KMIP 2.1 §11.30. */
export const MaskGenerator = {
  /** MGF1 (KMIP 1.4, removed in 2.0) */
  MGF1: 0x01,
  /** MFG1 (KMIP 2.0+) */
  MFG1: 0x01,
} as const;

/** Name Type (field: Name Type). KMIP 1.4 §9.1.3.2.11 Table 299; KMIP 2.1 §11.31 Table 466. */
export const NameType = {
  /** Uninterpreted Text String (KMIP 1.0+) */
  UninterpretedTextString: 0x01,
  /** URI (KMIP 1.0+) */
  URI: 0x02,
} as const;

/** NIST Key Type (field: NIST Key Type). KMIP 2.0 §11.32; KMIP 2.1 §11.32. */
export const NISTKeyType = {
  /** Private signature key (KMIP 2.0+) */
  PrivateSignatureKey: 0x01,
  /** Public signature verification key (KMIP 2.0+) */
  PublicSignatureVerificationKey: 0x02,
  /** Symmetric authentication key (KMIP 2.0+) */
  SymmetricAuthenticationKey: 0x03,
  /** Private authentication key (KMIP 2.0+) */
  PrivateAuthenticationKey: 0x04,
  /** Public authentication key (KMIP 2.0+) */
  PublicAuthenticationKey: 0x05,
  /** Symmetric data encryption key (KMIP 2.0+) */
  SymmetricDataEncryptionKey: 0x06,
  /** Symmetric key wrapping key (KMIP 2.0+) */
  SymmetricKeyWrappingKey: 0x07,
  /** Symmetric random number generation key (KMIP 2.0+) */
  SymmetricRandomNumberGenerationKey: 0x08,
  /** Symmetric master key (KMIP 2.0+) */
  SymmetricMasterKey: 0x09,
  /** Private key transport key (KMIP 2.0+) */
  PrivateKeyTransportKey: 0x0a,
  /** Public key transport key (KMIP 2.0+) */
  PublicKeyTransportKey: 0x0b,
  /** Symmetric key agreement key (KMIP 2.0+) */
  SymmetricKeyAgreementKey: 0x0c,
  /** Private static key agreement key (KMIP 2.0+) */
  PrivateStaticKeyAgreementKey: 0x0d,
  /** Public static key agreement key (KMIP 2.0+) */
  PublicStaticKeyAgreementKey: 0x0e,
  /** Private ephemeral key agreement key (KMIP 2.0+) */
  PrivateEphemeralKeyAgreementKey: 0x0f,
  /** Public ephemeral key agreement key (KMIP 2.0+) */
  PublicEphemeralKeyAgreementKey: 0x10,
  /** Symmetric authorization key (KMIP 2.0+) */
  SymmetricAuthorizationKey: 0x11,
  /** Private authorization key (KMIP 2.0+) */
  PrivateAuthorizationKey: 0x12,
  /** Public authorization key (KMIP 2.0+) */
  PublicAuthorizationKey: 0x13,
} as const;

/** Object Group Member (field: Object Group Member). KMIP 1.4 §9.1.3.2.33 Table 321; KMIP 2.1 §11.33 Table 467. */
export const ObjectGroupMember = {
  /** Group Member Fresh (KMIP 1.1+) */
  GroupMemberFresh: 0x01,
  /** Group Member Default (KMIP 1.1+) */
  GroupMemberDefault: 0x02,
} as const;

/** Object Type (field: Object Type). KMIP 1.4 §9.1.3.2.12 Table 300; KMIP 2.1 §11.34 Table 468. */
export const ObjectType = {
  /** Certificate (KMIP 1.0+) */
  Certificate: 0x01,
  /** Symmetric Key (KMIP 1.0+) */
  SymmetricKey: 0x02,
  /** Public Key (KMIP 1.0+) */
  PublicKey: 0x03,
  /** Private Key (KMIP 1.0+) */
  PrivateKey: 0x04,
  /** Split Key (KMIP 1.0+) */
  SplitKey: 0x05,
  /** Template (KMIP 1.0, removed in 2.0) */
  Template: 0x06,
  /** Secret Data (KMIP 1.0+) */
  SecretData: 0x07,
  /** Opaque Object (KMIP 1.0+) */
  OpaqueObject: 0x08,
  /** PGP Key (KMIP 1.2+) */
  PGPKey: 0x09,
  /** Certificate Request (KMIP 2.0+) */
  CertificateRequest: 0x0a,
} as const;

/** Opaque Data Type (field: Opaque Data Type). KMIP 1.4 §9.1.3.2.10 Table 298; KMIP 2.1 §11.35 Table 469. */
export const OpaqueDataType = {} as const;

/** Operation (field: Operation). KMIP 1.4 §9.1.3.2.27 Table 315; KMIP 2.1 §11.36 Table 470. */
export const Operation = {
  /** Create (KMIP 1.0+) */
  Create: 0x01,
  /** Create Key Pair (KMIP 1.0+) */
  CreateKeyPair: 0x02,
  /** Register (KMIP 1.0+) */
  Register: 0x03,
  /** Re-key (KMIP 1.0+) */
  ReKey: 0x04,
  /** Derive Key (KMIP 1.0+) */
  DeriveKey: 0x05,
  /** Certify (KMIP 1.0+) */
  Certify: 0x06,
  /** Re-certify (KMIP 1.0+) */
  ReCertify: 0x07,
  /** Locate (KMIP 1.0+) */
  Locate: 0x08,
  /** Check (KMIP 1.0+) */
  Check: 0x09,
  /** Get (KMIP 1.0+) */
  Get: 0x0a,
  /** Get Attributes (KMIP 1.0+) */
  GetAttributes: 0x0b,
  /** Get Attribute List (KMIP 1.0+) */
  GetAttributeList: 0x0c,
  /** Add Attribute (KMIP 1.0+) */
  AddAttribute: 0x0d,
  /** Modify Attribute (KMIP 1.0+) */
  ModifyAttribute: 0x0e,
  /** Delete Attribute (KMIP 1.0+) */
  DeleteAttribute: 0x0f,
  /** Obtain Lease (KMIP 1.0+) */
  ObtainLease: 0x10,
  /** Get Usage Allocation (KMIP 1.0+) */
  GetUsageAllocation: 0x11,
  /** Activate (KMIP 1.0+) */
  Activate: 0x12,
  /** Revoke (KMIP 1.0+) */
  Revoke: 0x13,
  /** Destroy (KMIP 1.0+) */
  Destroy: 0x14,
  /** Archive (KMIP 1.0+) */
  Archive: 0x15,
  /** Recover (KMIP 1.0+) */
  Recover: 0x16,
  /** Validate (KMIP 1.0+) */
  Validate: 0x17,
  /** Query (KMIP 1.0+) */
  Query: 0x18,
  /** Cancel (KMIP 1.0+) */
  Cancel: 0x19,
  /** Poll (KMIP 1.0+) */
  Poll: 0x1a,
  /** Notify (KMIP 1.0+) */
  Notify: 0x1b,
  /** Put (KMIP 1.0+) */
  Put: 0x1c,
  /** Re-key Key Pair (KMIP 1.1+) */
  ReKeyKeyPair: 0x1d,
  /** Discover Versions (KMIP 1.1+) */
  DiscoverVersions: 0x1e,
  /** Encrypt (KMIP 1.2+) */
  Encrypt: 0x1f,
  /** Decrypt (KMIP 1.2+) */
  Decrypt: 0x20,
  /** Sign (KMIP 1.2+) */
  Sign: 0x21,
  /** Signature Verify (KMIP 1.2+) */
  SignatureVerify: 0x22,
  /** MAC (KMIP 1.2+) */
  MAC: 0x23,
  /** MAC Verify (KMIP 1.2+) */
  MACVerify: 0x24,
  /** RNG Retrieve (KMIP 1.2+) */
  RNGRetrieve: 0x25,
  /** RNG Seed (KMIP 1.2+) */
  RNGSeed: 0x26,
  /** Hash (KMIP 1.2+) */
  Hash: 0x27,
  /** Create Split Key (KMIP 1.2+) */
  CreateSplitKey: 0x28,
  /** Join Split Key (KMIP 1.2+) */
  JoinSplitKey: 0x29,
  /** Import (KMIP 1.4+) */
  Import: 0x2a,
  /** Export (KMIP 1.4+) */
  Export: 0x2b,
  /** Log (KMIP 2.0+) */
  Log: 0x2c,
  /** Login (KMIP 2.0+) */
  Login: 0x2d,
  /** Logout (KMIP 2.0+) */
  Logout: 0x2e,
  /** Delegated Login (KMIP 2.0+) */
  DelegatedLogin: 0x2f,
  /** Adjust Attribute (KMIP 2.0+) */
  AdjustAttribute: 0x30,
  /** Set Attribute (KMIP 2.0+) */
  SetAttribute: 0x31,
  /** Set Endpoint Role (KMIP 2.0+) */
  SetEndpointRole: 0x32,
  /** PKCS#11 (KMIP 2.0+) */
  PKCS11: 0x33,
  /** Interop (KMIP 2.0+) */
  Interop: 0x34,
  /** Re-Provision (KMIP 2.0+) */
  ReProvision: 0x35,
  /** Set Defaults (KMIP 2.1+) */
  SetDefaults: 0x36,
  /** Set Constraints (KMIP 2.1+) */
  SetConstraints: 0x37,
  /** Get Constraints (KMIP 2.1+) */
  GetConstraints: 0x38,
  /** Query Asynchronous Requests (KMIP 2.1+) */
  QueryAsynchronousRequests: 0x39,
  /** Process (KMIP 2.1+) */
  Process: 0x3a,
  /** Ping (KMIP 2.1+) */
  Ping: 0x3b,
} as const;

/** Padding Method (field: Padding Method). KMIP 1.4 §9.1.3.2.15 Table 303; KMIP 2.1 §11.37 Table 471. */
export const PaddingMethod = {
  /** None (KMIP 1.0+) */
  None: 0x01,
  /** OAEP (KMIP 1.0+) */
  OAEP: 0x02,
  /** PKCS5 (KMIP 1.0+) */
  PKCS5: 0x03,
  /** SSL3 (KMIP 1.0+) */
  SSL3: 0x04,
  /** Zeros (KMIP 1.0+) */
  Zeros: 0x05,
  /** ANSI X9.23 (KMIP 1.0+) */
  ANSIX923: 0x06,
  /** ISO 10126 (KMIP 1.0+) */
  ISO10126: 0x07,
  /** PKCS1 v1.5 (KMIP 1.0+) */
  PKCS1V15: 0x08,
  /** X9.31 (KMIP 1.0+) */
  X931: 0x09,
  /** PSS (KMIP 1.0+) */
  PSS: 0x0a,
} as const;

/** PKCS#11 Function (field: PKCS#11 Function). KMIP 2.0 §11.38; KMIP 2.1 §11.38. */
export const PKCS11Function = {} as const;

/** PKCS#11 Return Code (field: PKCS#11 Return Code). KMIP 2.0 §11.39; KMIP 2.1 §11.39. */
export const PKCS11ReturnCode = {} as const;

/** Processing Stage (field: Processing Stage). KMIP 2.1 §11.40 Table 472. */
export const ProcessingStage = {
  /** Submitted (KMIP 2.1+) */
  Submitted: 0x01,
  /** In Process (KMIP 2.1+) */
  InProcess: 0x02,
  /** Completed (KMIP 2.1+) */
  Completed: 0x03,
} as const;

/** Profile Name (field: Profile Name). KMIP 1.4 §9.1.3.2.42; KMIP 2.0 §11.40 Table 434; KMIP 2.1 §11.41 Table 473. */
export const ProfileName = {
  /** Baseline Server Basic KMIP v1.2 (KMIP 1.3, removed in 2.0) */
  BaselineServerBasicKMIPV12: 0x01,
  /** Baseline Server TLS v1.2 KMIP v1.2 (KMIP 1.3, removed in 2.0) */
  BaselineServerTLSV12KMIPV12: 0x02,
  /** Baseline Client Basic KMIP v1.2 (KMIP 1.3, removed in 2.0) */
  BaselineClientBasicKMIPV12: 0x03,
  /** Baseline Client TLS v1.2 KMIP v1.2 (KMIP 1.3, removed in 2.0) */
  BaselineClientTLSV12KMIPV12: 0x04,
  /** Complete Server Basic KMIP v1.2 (KMIP 1.3, removed in 2.0) */
  CompleteServerBasicKMIPV12: 0x05,
  /** Complete Server TLS v1.2 KMIP v1.2 (KMIP 1.3, removed in 2.0) */
  CompleteServerTLSV12KMIPV12: 0x06,
  /** Tape Library Client KMIP v1.0 (KMIP 1.3, removed in 2.0) */
  TapeLibraryClientKMIPV10: 0x07,
  /** Tape Library Client KMIP v1.1 (KMIP 1.3, removed in 2.0) */
  TapeLibraryClientKMIPV11: 0x08,
  /** Tape Library Client KMIP v1.2 (KMIP 1.3, removed in 2.0) */
  TapeLibraryClientKMIPV12: 0x09,
  /** Tape Library Server KMIP v1.0 (KMIP 1.3, removed in 2.0) */
  TapeLibraryServerKMIPV10: 0x0a,
  /** Tape Library Server KMIP v1.1 (KMIP 1.3, removed in 2.0) */
  TapeLibraryServerKMIPV11: 0x0b,
  /** Tape Library Server KMIP v1.2 (KMIP 1.3, removed in 2.0) */
  TapeLibraryServerKMIPV12: 0x0c,
  /** Symmetric Key Lifecycle Client KMIP v1.0 (KMIP 1.3, removed in 2.0) */
  SymmetricKeyLifecycleClientKMIPV10: 0x0d,
  /** Symmetric Key Lifecycle Client KMIP v1.1 (KMIP 1.3, removed in 2.0) */
  SymmetricKeyLifecycleClientKMIPV11: 0x0e,
  /** Symmetric Key Lifecycle Client KMIP v1.2 (KMIP 1.3, removed in 2.0) */
  SymmetricKeyLifecycleClientKMIPV12: 0x0f,
  /** Symmetric Key Lifecycle Server KMIP v1.0 (KMIP 1.3, removed in 2.0) */
  SymmetricKeyLifecycleServerKMIPV10: 0x10,
  /** Symmetric Key Lifecycle Server KMIP v1.1 (KMIP 1.3, removed in 2.0) */
  SymmetricKeyLifecycleServerKMIPV11: 0x11,
  /** Symmetric Key Lifecycle Server KMIP v1.2 (KMIP 1.3, removed in 2.0) */
  SymmetricKeyLifecycleServerKMIPV12: 0x12,
  /** Asymmetric Key Lifecycle Client KMIP v1.0 (KMIP 1.3, removed in 2.0) */
  AsymmetricKeyLifecycleClientKMIPV10: 0x13,
  /** Asymmetric Key Lifecycle Client KMIP v1.1 (KMIP 1.3, removed in 2.0) */
  AsymmetricKeyLifecycleClientKMIPV11: 0x14,
  /** Asymmetric Key Lifecycle Client KMIP v1.2 (KMIP 1.3, removed in 2.0) */
  AsymmetricKeyLifecycleClientKMIPV12: 0x15,
  /** Asymmetric Key Lifecycle Server KMIP v1.0 (KMIP 1.3, removed in 2.0) */
  AsymmetricKeyLifecycleServerKMIPV10: 0x16,
  /** Asymmetric Key Lifecycle Server KMIP v1.1 (KMIP 1.3, removed in 2.0) */
  AsymmetricKeyLifecycleServerKMIPV11: 0x17,
  /** Asymmetric Key Lifecycle Server KMIP v1.2 (KMIP 1.3, removed in 2.0) */
  AsymmetricKeyLifecycleServerKMIPV12: 0x18,
  /** Basic Cryptographic Client KMIP v1.2 (KMIP 1.3, removed in 2.0) */
  BasicCryptographicClientKMIPV12: 0x19,
  /** Basic Cryptographic Server KMIP v1.2 (KMIP 1.3, removed in 2.0) */
  BasicCryptographicServerKMIPV12: 0x1a,
  /** Advanced Cryptographic Client KMIP v1.2 (KMIP 1.3, removed in 2.0) */
  AdvancedCryptographicClientKMIPV12: 0x1b,
  /** Advanced Cryptographic Server KMIP v1.2 (KMIP 1.3, removed in 2.0) */
  AdvancedCryptographicServerKMIPV12: 0x1c,
  /** RNG Cryptographic Client KMIP v1.2 (KMIP 1.3, removed in 2.0) */
  RNGCryptographicClientKMIPV12: 0x1d,
  /** RNG Cryptographic Server KMIP v1.2 (KMIP 1.3, removed in 2.0) */
  RNGCryptographicServerKMIPV12: 0x1e,
  /** Basic Symmetric Key Foundry Client KMIP v1.0 (KMIP 1.3, removed in 2.0) */
  BasicSymmetricKeyFoundryClientKMIPV10: 0x1f,
  /** Intermediate Symmetric Key Foundry Client KMIP v1.0 (KMIP 1.3, removed in 2.0) */
  IntermediateSymmetricKeyFoundryClientKMIPV10: 0x20,
  /** Advanced Symmetric Key Foundry Client KMIP v1.0 (KMIP 1.3, removed in 2.0) */
  AdvancedSymmetricKeyFoundryClientKMIPV10: 0x21,
  /** Basic Symmetric Key Foundry Client KMIP v1.1 (KMIP 1.3, removed in 2.0) */
  BasicSymmetricKeyFoundryClientKMIPV11: 0x22,
  /** Intermediate Symmetric Key Foundry Client KMIP v1.1 (KMIP 1.3, removed in 2.0) */
  IntermediateSymmetricKeyFoundryClientKMIPV11: 0x23,
  /** Advanced Symmetric Key Foundry Client KMIP v1.1 (KMIP 1.3, removed in 2.0) */
  AdvancedSymmetricKeyFoundryClientKMIPV11: 0x24,
  /** Basic Symmetric Key Foundry Client KMIP v1.2 (KMIP 1.3, removed in 2.0) */
  BasicSymmetricKeyFoundryClientKMIPV12: 0x25,
  /** Intermediate Symmetric Key Foundry Client KMIP v1.2 (KMIP 1.3, removed in 2.0) */
  IntermediateSymmetricKeyFoundryClientKMIPV12: 0x26,
  /** Advanced Symmetric Key Foundry Client KMIP v1.2 (KMIP 1.3, removed in 2.0) */
  AdvancedSymmetricKeyFoundryClientKMIPV12: 0x27,
  /** Symmetric Key Foundry Server KMIP v1.0 (KMIP 1.3, removed in 2.0) */
  SymmetricKeyFoundryServerKMIPV10: 0x28,
  /** Symmetric Key Foundry Server KMIP v1.1 (KMIP 1.3, removed in 2.0) */
  SymmetricKeyFoundryServerKMIPV11: 0x29,
  /** Symmetric Key Foundry Server KMIP v1.2 (KMIP 1.3, removed in 2.0) */
  SymmetricKeyFoundryServerKMIPV12: 0x2a,
  /** Opaque Managed Object Store Client KMIP v1.0 (KMIP 1.3, removed in 2.0) */
  OpaqueManagedObjectStoreClientKMIPV10: 0x2b,
  /** Opaque Managed Object Store Client KMIP v1.1 (KMIP 1.3, removed in 2.0) */
  OpaqueManagedObjectStoreClientKMIPV11: 0x2c,
  /** Opaque Managed Object Store Client KMIP v1.2 (KMIP 1.3, removed in 2.0) */
  OpaqueManagedObjectStoreClientKMIPV12: 0x2d,
  /** Opaque Managed Object Store Server KMIP v1.0 (KMIP 1.3, removed in 2.0) */
  OpaqueManagedObjectStoreServerKMIPV10: 0x2e,
  /** Opaque Managed Object Store Server KMIP v1.1 (KMIP 1.3, removed in 2.0) */
  OpaqueManagedObjectStoreServerKMIPV11: 0x2f,
  /** Opaque Managed Object Store Server KMIP v1.2 (KMIP 1.3, removed in 2.0) */
  OpaqueManagedObjectStoreServerKMIPV12: 0x30,
  /** Suite B minLOS_128 Client KMIP v1.0 (KMIP 1.3, removed in 2.0) */
  SuiteBMinLOS128ClientKMIPV10: 0x31,
  /** Suite B minLOS_128 Client KMIP v1.1 (KMIP 1.3, removed in 2.0) */
  SuiteBMinLOS128ClientKMIPV11: 0x32,
  /** Suite B minLOS_128 Client KMIP v1.2 (KMIP 1.3, removed in 2.0) */
  SuiteBMinLOS128ClientKMIPV12: 0x33,
  /** Suite B minLOS_128 Server KMIP v1.0 (KMIP 1.3, removed in 2.0) */
  SuiteBMinLOS128ServerKMIPV10: 0x34,
  /** Suite B minLOS_128 Server KMIP v1.1 (KMIP 1.3, removed in 2.0) */
  SuiteBMinLOS128ServerKMIPV11: 0x35,
  /** Suite B minLOS_128 Server KMIP v1.2 (KMIP 1.3, removed in 2.0) */
  SuiteBMinLOS128ServerKMIPV12: 0x36,
  /** Suite B minLOS_192 Client KMIP v1.0 (KMIP 1.3, removed in 2.0) */
  SuiteBMinLOS192ClientKMIPV10: 0x37,
  /** Suite B minLOS_192 Client KMIP v1.1 (KMIP 1.3, removed in 2.0) */
  SuiteBMinLOS192ClientKMIPV11: 0x38,
  /** Suite B minLOS_192 Client KMIP v1.2 (KMIP 1.3, removed in 2.0) */
  SuiteBMinLOS192ClientKMIPV12: 0x39,
  /** Suite B minLOS_192 Server KMIP v1.0 (KMIP 1.3, removed in 2.0) */
  SuiteBMinLOS192ServerKMIPV10: 0x3a,
  /** Suite B minLOS_192 Server KMIP v1.1 (KMIP 1.3, removed in 2.0) */
  SuiteBMinLOS192ServerKMIPV11: 0x3b,
  /** Suite B minLOS_192 Server KMIP v1.2 (KMIP 1.3, removed in 2.0) */
  SuiteBMinLOS192ServerKMIPV12: 0x3c,
  /** Storage Array with Self Encrypting Drive Client KMIP v1.0 (KMIP 1.3, removed in 2.0) */
  StorageArrayWithSelfEncryptingDriveClientKMIPV10: 0x3d,
  /** Storage Array with Self Encrypting Drive Client KMIP v1.1 (KMIP 1.3, removed in 2.0) */
  StorageArrayWithSelfEncryptingDriveClientKMIPV11: 0x3e,
  /** Storage Array with Self Encrypting Drive Client KMIP v1.2 (KMIP 1.3, removed in 2.0) */
  StorageArrayWithSelfEncryptingDriveClientKMIPV12: 0x3f,
  /** Storage Array with Self Encrypting Drive Server KMIP v1.0 (KMIP 1.3, removed in 2.0) */
  StorageArrayWithSelfEncryptingDriveServerKMIPV10: 0x40,
  /** Storage Array with Self Encrypting Drive Server KMIP v1.1 (KMIP 1.3, removed in 2.0) */
  StorageArrayWithSelfEncryptingDriveServerKMIPV11: 0x41,
  /** Storage Array with Self Encrypting Drive Server KMIP v1.2 (KMIP 1.3, removed in 2.0) */
  StorageArrayWithSelfEncryptingDriveServerKMIPV12: 0x42,
  /** HTTPS Client KMIP v1.0 (KMIP 1.3, removed in 2.0) */
  HTTPSClientKMIPV10: 0x43,
  /** HTTPS Client KMIP v1.1 (KMIP 1.3, removed in 2.0) */
  HTTPSClientKMIPV11: 0x44,
  /** HTTPS Client KMIP v1.2 (KMIP 1.3, removed in 2.0) */
  HTTPSClientKMIPV12: 0x45,
  /** HTTPS Server KMIP v1.0 (KMIP 1.3, removed in 2.0) */
  HTTPSServerKMIPV10: 0x46,
  /** HTTPS Server KMIP v1.1 (KMIP 1.3, removed in 2.0) */
  HTTPSServerKMIPV11: 0x47,
  /** HTTPS Server KMIP v1.2 (KMIP 1.3, removed in 2.0) */
  HTTPSServerKMIPV12: 0x48,
  /** JSON Client KMIP v1.0 (KMIP 1.3, removed in 2.0) */
  JSONClientKMIPV10: 0x49,
  /** JSON Client KMIP v1.1 (KMIP 1.3, removed in 2.0) */
  JSONClientKMIPV11: 0x4a,
  /** JSON Client KMIP v1.2 (KMIP 1.3, removed in 2.0) */
  JSONClientKMIPV12: 0x4b,
  /** JSON Server KMIP v1.0 (KMIP 1.3, removed in 2.0) */
  JSONServerKMIPV10: 0x4c,
  /** JSON Server KMIP v1.1 (KMIP 1.3, removed in 2.0) */
  JSONServerKMIPV11: 0x4d,
  /** JSON Server KMIP v1.2 (KMIP 1.3, removed in 2.0) */
  JSONServerKMIPV12: 0x4e,
  /** XML Client KMIP v1.0 (KMIP 1.3, removed in 2.0) */
  XMLClientKMIPV10: 0x4f,
  /** XML Client KMIP v1.1 (KMIP 1.3, removed in 2.0) */
  XMLClientKMIPV11: 0x50,
  /** XML Client KMIP v1.2 (KMIP 1.3, removed in 2.0) */
  XMLClientKMIPV12: 0x51,
  /** XML Server KMIP v1.0 (KMIP 1.3, removed in 2.0) */
  XMLServerKMIPV10: 0x52,
  /** XML Server KMIP v1.1 (KMIP 1.3, removed in 2.0) */
  XMLServerKMIPV11: 0x53,
  /** XML Server KMIP v1.2 (KMIP 1.3, removed in 2.0) */
  XMLServerKMIPV12: 0x54,
  /** Baseline Server Basic KMIP v1.3 (KMIP 1.3, removed in 2.0) */
  BaselineServerBasicKMIPV13: 0x55,
  /** Baseline Server TLS v1.2 KMIP v1.3 (KMIP 1.3, removed in 2.0) */
  BaselineServerTLSV12KMIPV13: 0x56,
  /** Baseline Client Basic KMIP v1.3 (KMIP 1.3, removed in 2.0) */
  BaselineClientBasicKMIPV13: 0x57,
  /** Baseline Client TLS v1.2 KMIP v1.3 (KMIP 1.3, removed in 2.0) */
  BaselineClientTLSV12KMIPV13: 0x58,
  /** Complete Server Basic KMIP v1.3 (KMIP 1.3, removed in 2.0) */
  CompleteServerBasicKMIPV13: 0x59,
  /** Complete Server TLS v1.2 KMIP v1.3 (KMIP 1.3, removed in 2.0) */
  CompleteServerTLSV12KMIPV13: 0x5a,
  /** Tape Library Client KMIP v1.3 (KMIP 1.3, removed in 2.0) */
  TapeLibraryClientKMIPV13: 0x5b,
  /** Tape Library Server KMIP v1.3 (KMIP 1.3, removed in 2.0) */
  TapeLibraryServerKMIPV13: 0x5c,
  /** Symmetric Key Lifecycle Client KMIP v1.3 (KMIP 1.3, removed in 2.0) */
  SymmetricKeyLifecycleClientKMIPV13: 0x5d,
  /** Symmetric Key Lifecycle Server KMIP v1.3 (KMIP 1.3, removed in 2.0) */
  SymmetricKeyLifecycleServerKMIPV13: 0x5e,
  /** Asymmetric Key Lifecycle Client KMIP v1.3 (KMIP 1.3, removed in 2.0) */
  AsymmetricKeyLifecycleClientKMIPV13: 0x5f,
  /** Asymmetric Key Lifecycle Server KMIP v1.3 (KMIP 1.3, removed in 2.0) */
  AsymmetricKeyLifecycleServerKMIPV13: 0x60,
  /** Basic Cryptographic Client KMIP v1.3 (KMIP 1.3, removed in 2.0) */
  BasicCryptographicClientKMIPV13: 0x61,
  /** Basic Cryptographic Server KMIP v1.3 (KMIP 1.3, removed in 2.0) */
  BasicCryptographicServerKMIPV13: 0x62,
  /** Advanced Cryptographic Client KMIP v1.3 (KMIP 1.3, removed in 2.0) */
  AdvancedCryptographicClientKMIPV13: 0x63,
  /** Advanced Cryptographic Server KMIP v1.3 (KMIP 1.3, removed in 2.0) */
  AdvancedCryptographicServerKMIPV13: 0x64,
  /** RNG Cryptographic Client KMIP v1.3 (KMIP 1.3, removed in 2.0) */
  RNGCryptographicClientKMIPV13: 0x65,
  /** RNG Cryptographic Server KMIP v1.3 (KMIP 1.3, removed in 2.0) */
  RNGCryptographicServerKMIPV13: 0x66,
  /** Basic Symmetric Key Foundry Client KMIP v1.3 (KMIP 1.3, removed in 2.0) */
  BasicSymmetricKeyFoundryClientKMIPV13: 0x67,
  /** Intermediate Symmetric Key Foundry Client KMIP v1.3 (KMIP 1.3, removed in 2.0) */
  IntermediateSymmetricKeyFoundryClientKMIPV13: 0x68,
  /** Advanced Symmetric Key Foundry Client KMIP v1.3 (KMIP 1.3, removed in 2.0) */
  AdvancedSymmetricKeyFoundryClientKMIPV13: 0x69,
  /** Symmetric Key Foundry Server KMIP v1.3 (KMIP 1.3, removed in 2.0) */
  SymmetricKeyFoundryServerKMIPV13: 0x6a,
  /** Opaque Managed Object Store Client KMIP v1.3 (KMIP 1.3, removed in 2.0) */
  OpaqueManagedObjectStoreClientKMIPV13: 0x6b,
  /** Opaque Managed Object Store Server KMIP v1.3 (KMIP 1.3, removed in 2.0) */
  OpaqueManagedObjectStoreServerKMIPV13: 0x6c,
  /** Suite B minLOS_128 Client KMIP v1.3 (KMIP 1.3, removed in 2.0) */
  SuiteBMinLOS128ClientKMIPV13: 0x6d,
  /** Suite B minLOS_128 Server KMIP v1.3 (KMIP 1.3, removed in 2.0) */
  SuiteBMinLOS128ServerKMIPV13: 0x6e,
  /** Suite B minLOS_192 Client KMIP v1.3 (KMIP 1.3, removed in 2.0) */
  SuiteBMinLOS192ClientKMIPV13: 0x6f,
  /** Suite B minLOS_192 Server KMIP v1.3 (KMIP 1.3, removed in 2.0) */
  SuiteBMinLOS192ServerKMIPV13: 0x70,
  /** Storage Array with Self Encrypting Drive Client KMIP v1.3 (KMIP 1.3, removed in 2.0) */
  StorageArrayWithSelfEncryptingDriveClientKMIPV13: 0x71,
  /** Storage Array with Self Encrypting Drive Server KMIP v1.3 (KMIP 1.3, removed in 2.0) */
  StorageArrayWithSelfEncryptingDriveServerKMIPV13: 0x72,
  /** HTTPS Client KMIP v1.3 (KMIP 1.3, removed in 2.0) */
  HTTPSClientKMIPV13: 0x73,
  /** HTTPS Server KMIP v1.3 (KMIP 1.3, removed in 2.0) */
  HTTPSServerKMIPV13: 0x74,
  /** JSON Client KMIP v1.3 (KMIP 1.3, removed in 2.0) */
  JSONClientKMIPV13: 0x75,
  /** JSON Server KMIP v1.3 (KMIP 1.3, removed in 2.0) */
  JSONServerKMIPV13: 0x76,
  /** XML Client KMIP v1.3 (KMIP 1.3, removed in 2.0) */
  XMLClientKMIPV13: 0x77,
  /** XML Server KMIP v1.3 (KMIP 1.3, removed in 2.0) */
  XMLServerKMIPV13: 0x78,
  /** Baseline Server Basic KMIP v1.4 (KMIP 1.4, removed in 2.0) */
  BaselineServerBasicKMIPV14: 0x79,
  /** Baseline Server TLS v1.2 KMIP v1.4 (KMIP 1.4, removed in 2.0) */
  BaselineServerTLSV12KMIPV14: 0x7a,
  /** Baseline Client Basic KMIP v1.4 (KMIP 1.4, removed in 2.0) */
  BaselineClientBasicKMIPV14: 0x7b,
  /** Baseline Client TLS v1.2 KMIP v1.4 (KMIP 1.4, removed in 2.0) */
  BaselineClientTLSV12KMIPV14: 0x7c,
  /** Complete Server Basic KMIP v1.4 (KMIP 1.4, removed in 2.0) */
  CompleteServerBasicKMIPV14: 0x7d,
  /** Complete Server TLS v1.2 KMIP v1.4 (KMIP 1.4, removed in 2.0) */
  CompleteServerTLSV12KMIPV14: 0x7e,
  /** Tape Library Client KMIP v1.4 (KMIP 1.4, removed in 2.0) */
  TapeLibraryClientKMIPV14: 0x7f,
  /** Tape Library Server KMIP v1.4 (KMIP 1.4, removed in 2.0) */
  TapeLibraryServerKMIPV14: 0x80,
  /** Symmetric Key Lifecycle Client KMIP v1.4 (KMIP 1.4, removed in 2.0) */
  SymmetricKeyLifecycleClientKMIPV14: 0x81,
  /** Symmetric Key Lifecycle Server KMIP v1.4 (KMIP 1.4, removed in 2.0) */
  SymmetricKeyLifecycleServerKMIPV14: 0x82,
  /** Asymmetric Key Lifecycle Client KMIP v1.4 (KMIP 1.4, removed in 2.0) */
  AsymmetricKeyLifecycleClientKMIPV14: 0x83,
  /** Asymmetric Key Lifecycle Server KMIP v1.4 (KMIP 1.4, removed in 2.0) */
  AsymmetricKeyLifecycleServerKMIPV14: 0x84,
  /** Basic Cryptographic Client KMIP v1.4 (KMIP 1.4, removed in 2.0) */
  BasicCryptographicClientKMIPV14: 0x85,
  /** Basic Cryptographic Server KMIP v1.4 (KMIP 1.4, removed in 2.0) */
  BasicCryptographicServerKMIPV14: 0x86,
  /** Advanced Cryptographic Client KMIP v1.4 (KMIP 1.4, removed in 2.0) */
  AdvancedCryptographicClientKMIPV14: 0x87,
  /** Advanced Cryptographic Server KMIP v1.4 (KMIP 1.4, removed in 2.0) */
  AdvancedCryptographicServerKMIPV14: 0x88,
  /** RNG Cryptographic Client KMIP v1.4 (KMIP 1.4, removed in 2.0) */
  RNGCryptographicClientKMIPV14: 0x89,
  /** RNG Cryptographic Server KMIP v1.4 (KMIP 1.4, removed in 2.0) */
  RNGCryptographicServerKMIPV14: 0x8a,
  /** Basic Symmetric Key Foundry Client KMIP v1.4 (KMIP 1.4, removed in 2.0) */
  BasicSymmetricKeyFoundryClientKMIPV14: 0x8b,
  /** Intermediate Symmetric Key Foundry Client KMIP v1.4 (KMIP 1.4, removed in 2.0) */
  IntermediateSymmetricKeyFoundryClientKMIPV14: 0x8c,
  /** Advanced Symmetric Key Foundry Client KMIP v1.4 (KMIP 1.4, removed in 2.0) */
  AdvancedSymmetricKeyFoundryClientKMIPV14: 0x8d,
  /** Symmetric Key Foundry Server KMIP v1.4 (KMIP 1.4, removed in 2.0) */
  SymmetricKeyFoundryServerKMIPV14: 0x8e,
  /** Opaque Managed Object Store Client KMIP v1.4 (KMIP 1.4, removed in 2.0) */
  OpaqueManagedObjectStoreClientKMIPV14: 0x8f,
  /** Opaque Managed Object Store Server KMIP v1.4 (KMIP 1.4, removed in 2.0) */
  OpaqueManagedObjectStoreServerKMIPV14: 0x90,
  /** Suite B minLOS_128 Client KMIP v1.4 (KMIP 1.4, removed in 2.0) */
  SuiteBMinLOS128ClientKMIPV14: 0x91,
  /** Suite B minLOS_128 Server KMIP v1.4 (KMIP 1.4, removed in 2.0) */
  SuiteBMinLOS128ServerKMIPV14: 0x92,
  /** Suite B minLOS_192 Client KMIP v1.4 (KMIP 1.4, removed in 2.0) */
  SuiteBMinLOS192ClientKMIPV14: 0x93,
  /** Suite B minLOS_192 Server KMIP v1.4 (KMIP 1.4, removed in 2.0) */
  SuiteBMinLOS192ServerKMIPV14: 0x94,
  /** Storage Array with Self Encrypting Drive Client KMIP v1.4 (KMIP 1.4, removed in 2.0) */
  StorageArrayWithSelfEncryptingDriveClientKMIPV14: 0x95,
  /** Storage Array with Self Encrypting Drive Server KMIP v1.4 (KMIP 1.4, removed in 2.0) */
  StorageArrayWithSelfEncryptingDriveServerKMIPV14: 0x96,
  /** HTTPS Client KMIP v1.4 (KMIP 1.4, removed in 2.0) */
  HTTPSClientKMIPV14: 0x97,
  /** HTTPS Server KMIP v1.4 (KMIP 1.4, removed in 2.0) */
  HTTPSServerKMIPV14: 0x98,
  /** JSON Client KMIP v1.4 (KMIP 1.4, removed in 2.0) */
  JSONClientKMIPV14: 0x99,
  /** JSON Server KMIP v1.4 (KMIP 1.4, removed in 2.0) */
  JSONServerKMIPV14: 0x9a,
  /** XML Client KMIP v1.4 (KMIP 1.4, removed in 2.0) */
  XMLClientKMIPV14: 0x9b,
  /** XML Server KMIP v1.4 (KMIP 1.4, removed in 2.0) */
  XMLServerKMIPV14: 0x9c,
  /** Complete Server Basic (KMIP 2.0+) */
  CompleteServerBasic: 0x104,
  /** Complete Server TLS v1.2 (KMIP 2.0+) */
  CompleteServerTLSV12: 0x105,
  /** Tape Library Client (KMIP 2.0+) */
  TapeLibraryClient: 0x106,
  /** Tape Library Server (KMIP 2.0+) */
  TapeLibraryServer: 0x107,
  /** Symmetric Key Lifecycle Client (KMIP 2.0+) */
  SymmetricKeyLifecycleClient: 0x108,
  /** Symmetric Key Lifecycle Server (KMIP 2.0+) */
  SymmetricKeyLifecycleServer: 0x109,
  /** Asymmetric Key Lifecycle Client (KMIP 2.0+) */
  AsymmetricKeyLifecycleClient: 0x10a,
  /** Asymmetric Key Lifecycle Server (KMIP 2.0+) */
  AsymmetricKeyLifecycleServer: 0x10b,
  /** Basic Cryptographic Client (KMIP 2.0+) */
  BasicCryptographicClient: 0x10c,
  /** Basic Cryptographic Server (KMIP 2.0+) */
  BasicCryptographicServer: 0x10d,
  /** Advanced Cryptographic Client (KMIP 2.0+) */
  AdvancedCryptographicClient: 0x10e,
  /** Advanced Cryptographic Server (KMIP 2.0+) */
  AdvancedCryptographicServer: 0x10f,
  /** RNG Cryptographic Client (KMIP 2.0+) */
  RNGCryptographicClient: 0x110,
  /** RNG Cryptographic Server (KMIP 2.0+) */
  RNGCryptographicServer: 0x111,
  /** Basic Symmetric Key Foundry Client (KMIP 2.0+) */
  BasicSymmetricKeyFoundryClient: 0x112,
  /** Intermediate Symmetric Key Foundry Client (KMIP 2.0+) */
  IntermediateSymmetricKeyFoundryClient: 0x113,
  /** Advanced Symmetric Key Foundry Client (KMIP 2.0+) */
  AdvancedSymmetricKeyFoundryClient: 0x114,
  /** Symmetric Key Foundry Server (KMIP 2.0+) */
  SymmetricKeyFoundryServer: 0x115,
  /** Opaque Managed Object Store Client (KMIP 2.0+) */
  OpaqueManagedObjectStoreClient: 0x116,
  /** Opaque Managed Object Store Server (KMIP 2.0+) */
  OpaqueManagedObjectStoreServer: 0x117,
  /** Storage Array with Self Encrypting Drive Client (KMIP 2.0+) */
  StorageArrayWithSelfEncryptingDriveClient: 0x11c,
  /** Storage Array with Self Encrypting Drive Server (KMIP 2.0+) */
  StorageArrayWithSelfEncryptingDriveServer: 0x11d,
  /** HTTPS Client (KMIP 2.0+) */
  HTTPSClient: 0x11e,
  /** HTTPS Server (KMIP 2.0+) */
  HTTPSServer: 0x11f,
  /** JSON Client (KMIP 2.0+) */
  JSONClient: 0x120,
  /** JSON Server (KMIP 2.0+) */
  JSONServer: 0x121,
  /** XML Client (KMIP 2.0+) */
  XMLClient: 0x122,
  /** XML Server (KMIP 2.0+) */
  XMLServer: 0x123,
  /** AES XTS Client (KMIP 2.0+) */
  AESXTSClient: 0x124,
  /** AES XTS Server (KMIP 2.0+) */
  AESXTSServer: 0x125,
  /** Quantum Safe Client (KMIP 2.0+) */
  QuantumSafeClient: 0x126,
  /** Quantum Safe Server (KMIP 2.0+) */
  QuantumSafeServer: 0x127,
  /** PKCS#11 Client (KMIP 2.0+) */
  PKCS11Client: 0x128,
  /** PKCS#11 Server (KMIP 2.0+) */
  PKCS11Server: 0x129,
  /** Baseline Client (KMIP 2.0+) */
  BaselineClient: 0x12a,
  /** Baseline Server (KMIP 2.0+) */
  BaselineServer: 0x12b,
  /** Complete Server (KMIP 2.0+) */
  CompleteServer: 0x12c,
} as const;

/** Protection Level (field: Protection Level). KMIP 2.0 §11.41 Table 435; KMIP 2.1 §11.42 Table 474. */
export const ProtectionLevel = {
  /** High (KMIP 2.0+) */
  High: 0x01,
  /** Low (KMIP 2.0+) */
  Low: 0x02,
} as const;

/** Put Function (field: Put Function). KMIP 1.4 §9.1.3.2.26 Table 314; KMIP 2.1 §11.43 Table 475. */
export const PutFunction = {
  /** New (KMIP 1.0+) */
  New: 0x01,
  /** Replace (KMIP 1.0+) */
  Replace: 0x02,
} as const;

/** Query Function (field: Query Function). KMIP 1.4 §9.1.3.2.24 Table 312; KMIP 2.1 §11.44 Table 476. */
export const QueryFunction = {
  /** Query Operations (KMIP 1.0+) */
  QueryOperations: 0x01,
  /** Query Objects (KMIP 1.0+) */
  QueryObjects: 0x02,
  /** Query Server Information (KMIP 1.0+) */
  QueryServerInformation: 0x03,
  /** Query Application Namespaces (KMIP 1.0+) */
  QueryApplicationNamespaces: 0x04,
  /** Query Extension List (KMIP 1.1+) */
  QueryExtensionList: 0x05,
  /** Query Extension Map (KMIP 1.1+) */
  QueryExtensionMap: 0x06,
  /** Query Attestation Types (KMIP 1.2+) */
  QueryAttestationTypes: 0x07,
  /** Query RNGs (KMIP 1.3+) */
  QueryRNGs: 0x08,
  /** Query Validations (KMIP 1.3+) */
  QueryValidations: 0x09,
  /** Query Profiles (KMIP 1.3+) */
  QueryProfiles: 0x0a,
  /** Query Capabilities (KMIP 1.3+) */
  QueryCapabilities: 0x0b,
  /** Query Client Registration Methods (KMIP 1.3+) */
  QueryClientRegistrationMethods: 0x0c,
  /** Query Defaults Information (KMIP 2.0+) */
  QueryDefaultsInformation: 0x0d,
  /** Query Storage Protection Masks (KMIP 2.0+) */
  QueryStorageProtectionMasks: 0x0e,
} as const;

/** Recommended Curve (field: Recommended Curve). KMIP 1.4 §9.1.3.2.5 Table 293; KMIP 2.1 §11.45 Table 477. */
export const RecommendedCurve = {
  /** P-192 (KMIP 1.0+) */
  P192: 0x01,
  /** K-163 (KMIP 1.0+) */
  K163: 0x02,
  /** B-163 (KMIP 1.0+) */
  B163: 0x03,
  /** P-224 (KMIP 1.0+) */
  P224: 0x04,
  /** K-233 (KMIP 1.0+) */
  K233: 0x05,
  /** B-233 (KMIP 1.0+) */
  B233: 0x06,
  /** P-256 (KMIP 1.0+) */
  P256: 0x07,
  /** K-283 (KMIP 1.0+) */
  K283: 0x08,
  /** B-283 (KMIP 1.0+) */
  B283: 0x09,
  /** P-384 (KMIP 1.0+) */
  P384: 0x0a,
  /** K-409 (KMIP 1.0+) */
  K409: 0x0b,
  /** B-409 (KMIP 1.0+) */
  B409: 0x0c,
  /** P-521 (KMIP 1.0+) */
  P521: 0x0d,
  /** K-571 (KMIP 1.0+) */
  K571: 0x0e,
  /** B-571 (KMIP 1.0+) */
  B571: 0x0f,
  /** SECP112R1 (KMIP 1.2+) */
  SECP112R1: 0x10,
  /** SECP112R2 (KMIP 1.2+) */
  SECP112R2: 0x11,
  /** SECP128R1 (KMIP 1.2+) */
  SECP128R1: 0x12,
  /** SECP128R2 (KMIP 1.2+) */
  SECP128R2: 0x13,
  /** SECP160K1 (KMIP 1.2+) */
  SECP160K1: 0x14,
  /** SECP160R1 (KMIP 1.2+) */
  SECP160R1: 0x15,
  /** SECP160R2 (KMIP 1.2+) */
  SECP160R2: 0x16,
  /** SECP192K1 (KMIP 1.2+) */
  SECP192K1: 0x17,
  /** SECP224K1 (KMIP 1.2+) */
  SECP224K1: 0x18,
  /** SECP256K1 (KMIP 1.2+) */
  SECP256K1: 0x19,
  /** SECT113R1 (KMIP 1.2+) */
  SECT113R1: 0x1a,
  /** SECT113R2 (KMIP 1.2+) */
  SECT113R2: 0x1b,
  /** SECT131R1 (KMIP 1.2+) */
  SECT131R1: 0x1c,
  /** SECT131R2 (KMIP 1.2+) */
  SECT131R2: 0x1d,
  /** SECT163R1 (KMIP 1.2+) */
  SECT163R1: 0x1e,
  /** SECT193R1 (KMIP 1.2+) */
  SECT193R1: 0x1f,
  /** SECT193R2 (KMIP 1.2+) */
  SECT193R2: 0x20,
  /** SECT239K1 (KMIP 1.2+) */
  SECT239K1: 0x21,
  /** ANSIX9P192V2 (KMIP 1.2+) */
  ANSIX9P192V2: 0x22,
  /** ANSIX9P192V3 (KMIP 1.2+) */
  ANSIX9P192V3: 0x23,
  /** ANSIX9P239V1 (KMIP 1.2+) */
  ANSIX9P239V1: 0x24,
  /** ANSIX9P239V2 (KMIP 1.2+) */
  ANSIX9P239V2: 0x25,
  /** ANSIX9P239V3 (KMIP 1.2+) */
  ANSIX9P239V3: 0x26,
  /** ANSIX9C2PNB163V1 (KMIP 1.2+) */
  ANSIX9C2PNB163V1: 0x27,
  /** ANSIX9C2PNB163V2 (KMIP 1.2+) */
  ANSIX9C2PNB163V2: 0x28,
  /** ANSIX9C2PNB163V3 (KMIP 1.2+) */
  ANSIX9C2PNB163V3: 0x29,
  /** ANSIX9C2PNB176V1 (KMIP 1.2+) */
  ANSIX9C2PNB176V1: 0x2a,
  /** ANSIX9C2TNB191V1 (KMIP 1.2+) */
  ANSIX9C2TNB191V1: 0x2b,
  /** ANSIX9C2TNB191V2 (KMIP 1.2+) */
  ANSIX9C2TNB191V2: 0x2c,
  /** ANSIX9C2TNB191V3 (KMIP 1.2+) */
  ANSIX9C2TNB191V3: 0x2d,
  /** ANSIX9C2PNB208W1 (KMIP 1.2+) */
  ANSIX9C2PNB208W1: 0x2e,
  /** ANSIX9C2TNB239V1 (KMIP 1.2+) */
  ANSIX9C2TNB239V1: 0x2f,
  /** ANSIX9C2TNB239V2 (KMIP 1.2+) */
  ANSIX9C2TNB239V2: 0x30,
  /** ANSIX9C2TNB239V3 (KMIP 1.2+) */
  ANSIX9C2TNB239V3: 0x31,
  /** ANSIX9C2PNB272W1 (KMIP 1.2+) */
  ANSIX9C2PNB272W1: 0x32,
  /** ANSIX9C2PNB304W1 (KMIP 1.2+) */
  ANSIX9C2PNB304W1: 0x33,
  /** ANSIX9C2TNB359V1 (KMIP 1.2+) */
  ANSIX9C2TNB359V1: 0x34,
  /** ANSIX9C2PNB368W1 (KMIP 1.2+) */
  ANSIX9C2PNB368W1: 0x35,
  /** ANSIX9C2TNB431R1 (KMIP 1.2+) */
  ANSIX9C2TNB431R1: 0x36,
  /** BRAINPOOLP160R1 (KMIP 1.2+) */
  BRAINPOOLP160R1: 0x37,
  /** BRAINPOOLP160T1 (KMIP 1.2+) */
  BRAINPOOLP160T1: 0x38,
  /** BRAINPOOLP192R1 (KMIP 1.2+) */
  BRAINPOOLP192R1: 0x39,
  /** BRAINPOOLP192T1 (KMIP 1.2+) */
  BRAINPOOLP192T1: 0x3a,
  /** BRAINPOOLP224R1 (KMIP 1.2+) */
  BRAINPOOLP224R1: 0x3b,
  /** BRAINPOOLP224T1 (KMIP 1.2+) */
  BRAINPOOLP224T1: 0x3c,
  /** BRAINPOOLP256R1 (KMIP 1.2+) */
  BRAINPOOLP256R1: 0x3d,
  /** BRAINPOOLP256T1 (KMIP 1.2+) */
  BRAINPOOLP256T1: 0x3e,
  /** BRAINPOOLP320R1 (KMIP 1.2+) */
  BRAINPOOLP320R1: 0x3f,
  /** BRAINPOOLP320T1 (KMIP 1.2+) */
  BRAINPOOLP320T1: 0x40,
  /** BRAINPOOLP384R1 (KMIP 1.2+) */
  BRAINPOOLP384R1: 0x41,
  /** BRAINPOOLP384T1 (KMIP 1.2+) */
  BRAINPOOLP384T1: 0x42,
  /** BRAINPOOLP512R1 (KMIP 1.2+) */
  BRAINPOOLP512R1: 0x43,
  /** BRAINPOOLP512T1 (KMIP 1.2+) */
  BRAINPOOLP512T1: 0x44,
  /** CURVE25519 (KMIP 2.0+) */
  CURVE25519: 0x45,
  /** CURVE448 (KMIP 2.0+) */
  CURVE448: 0x46,
} as const;

/** Result Reason (field: Result Reason). KMIP 1.4 §9.1.3.2.29 Table 317; KMIP 2.1 §11.46. */
export const ResultReason = {
  /** Item Not Found (KMIP 1.0+) */
  ItemNotFound: 0x01,
  /** Response Too Large (KMIP 1.0+) */
  ResponseTooLarge: 0x02,
  /** Authentication Not Successful (KMIP 1.0+) */
  AuthenticationNotSuccessful: 0x03,
  /** Invalid Message (KMIP 1.0+) */
  InvalidMessage: 0x04,
  /** Operation Not Supported (KMIP 1.0+) */
  OperationNotSupported: 0x05,
  /** Missing Data (KMIP 1.0+) */
  MissingData: 0x06,
  /** Invalid Field (KMIP 1.0+) */
  InvalidField: 0x07,
  /** Feature Not Supported (KMIP 1.0+) */
  FeatureNotSupported: 0x08,
  /** Operation Canceled By Requester (KMIP 1.0+) */
  OperationCanceledByRequester: 0x09,
  /** Cryptographic Failure (KMIP 1.0+) */
  CryptographicFailure: 0x0a,
  /** Illegal Operation (KMIP 1.0, removed in 2.0) */
  IllegalOperation: 0x0b,
  /** Permission Denied (KMIP 1.0+) */
  PermissionDenied: 0x0c,
  /** Object Archived (KMIP 1.0+; before 2.0: "Object archived") */
  ObjectArchived: 0x0d,
  /** Index Out of Bounds (KMIP 1.0, removed in 2.0) */
  IndexOutOfBounds: 0x0e,
  /** Application Namespace Not Supported (KMIP 1.0+) */
  ApplicationNamespaceNotSupported: 0x0f,
  /** Key Format Type Not Supported (KMIP 1.0+) */
  KeyFormatTypeNotSupported: 0x10,
  /** Key Compression Type Not Supported (KMIP 1.0+) */
  KeyCompressionTypeNotSupported: 0x11,
  /** Encoding Option Error (KMIP 1.1+) */
  EncodingOptionError: 0x12,
  /** Key Value Not Present (KMIP 1.2+) */
  KeyValueNotPresent: 0x13,
  /** Attestation Required (KMIP 1.2+) */
  AttestationRequired: 0x14,
  /** Attestation Failed (KMIP 1.2+) */
  AttestationFailed: 0x15,
  /** Sensitive (KMIP 1.4+) */
  Sensitive: 0x16,
  /** Not Extractable (KMIP 1.4+) */
  NotExtractable: 0x17,
  /** Object Already Exists (KMIP 1.4+) */
  ObjectAlreadyExists: 0x18,
  /** Invalid Ticket (KMIP 2.0+) */
  InvalidTicket: 0x19,
  /** Usage Limit Exceeded (KMIP 2.0+) */
  UsageLimitExceeded: 0x1a,
  /** Numeric Range (KMIP 2.0+) */
  NumericRange: 0x1b,
  /** Invalid Data Type (KMIP 2.0+) */
  InvalidDataType: 0x1c,
  /** Read Only Attribute (KMIP 2.0+) */
  ReadOnlyAttribute: 0x1d,
  /** Multi Valued Attribute (KMIP 2.0+) */
  MultiValuedAttribute: 0x1e,
  /** Unsupported Attribute (KMIP 2.0+) */
  UnsupportedAttribute: 0x1f,
  /** Attribute Instance Not Found (KMIP 2.0+) */
  AttributeInstanceNotFound: 0x20,
  /** Attribute Not Found (KMIP 2.0+) */
  AttributeNotFound: 0x21,
  /** Attribute Read Only (KMIP 2.0+) */
  AttributeReadOnly: 0x22,
  /** Attribute Single Valued (KMIP 2.0+) */
  AttributeSingleValued: 0x23,
  /** Bad Cryptographic Parameters (KMIP 2.0+) */
  BadCryptographicParameters: 0x24,
  /** Bad Password (KMIP 2.0+) */
  BadPassword: 0x25,
  /** Codec Error (KMIP 2.0+) */
  CodecError: 0x26,
  /** Illegal Object Type (KMIP 2.0+) */
  IllegalObjectType: 0x28,
  /** Incompatible Cryptographic Usage Mask (KMIP 2.0+) */
  IncompatibleCryptographicUsageMask: 0x29,
  /** Internal Server Error (KMIP 2.0+) */
  InternalServerError: 0x2a,
  /** Invalid Asynchronous Correlation Value (KMIP 2.0+) */
  InvalidAsynchronousCorrelationValue: 0x2b,
  /** Invalid Attribute (KMIP 2.0+) */
  InvalidAttribute: 0x2c,
  /** Invalid Attribute Value (KMIP 2.0+) */
  InvalidAttributeValue: 0x2d,
  /** Invalid Correlation Value (KMIP 2.0+) */
  InvalidCorrelationValue: 0x2e,
  /** Invalid CSR (KMIP 2.0+) */
  InvalidCSR: 0x2f,
  /** Invalid Object Type (KMIP 2.0+) */
  InvalidObjectType: 0x30,
  /** Key Wrap Type Not Supported (KMIP 2.0+) */
  KeyWrapTypeNotSupported: 0x32,
  /** Missing Initialization Vector (KMIP 2.0+) */
  MissingInitializationVector: 0x34,
  /** Non Unique Name Attribute (KMIP 2.0+) */
  NonUniqueNameAttribute: 0x35,
  /** Object Destroyed (KMIP 2.0+) */
  ObjectDestroyed: 0x36,
  /** Object Not Found (KMIP 2.0+) */
  ObjectNotFound: 0x37,
  /** Not Authorised (KMIP 2.0+) */
  NotAuthorised: 0x39,
  /** Server Limit Exceeded (KMIP 2.0+) */
  ServerLimitExceeded: 0x3a,
  /** Unknown Enumeration (KMIP 2.0+) */
  UnknownEnumeration: 0x3b,
  /** Unknown Message Extension (KMIP 2.0+) */
  UnknownMessageExtension: 0x3c,
  /** Unknown Tag (KMIP 2.0+) */
  UnknownTag: 0x3d,
  /** Unsupported Cryptographic Parameters (KMIP 2.0+) */
  UnsupportedCryptographicParameters: 0x3e,
  /** Unsupported Protocol Version (KMIP 2.0+) */
  UnsupportedProtocolVersion: 0x3f,
  /** Wrapping Object Archived (KMIP 2.0+) */
  WrappingObjectArchived: 0x40,
  /** Wrapping Object Destroyed (KMIP 2.0+) */
  WrappingObjectDestroyed: 0x41,
  /** Wrapping Object Not Found (KMIP 2.0+) */
  WrappingObjectNotFound: 0x42,
  /** Wrong Key Lifecycle State (KMIP 2.0+) */
  WrongKeyLifecycleState: 0x43,
  /** Protection Storage Unavailable (KMIP 2.0+) */
  ProtectionStorageUnavailable: 0x44,
  /** PKCS#11 Codec Error (KMIP 2.0+) */
  PKCS11CodecError: 0x45,
  /** PKCS#11 Invalid Function (KMIP 2.0+) */
  PKCS11InvalidFunction: 0x46,
  /** PKCS#11 Invalid Interface (KMIP 2.0+) */
  PKCS11InvalidInterface: 0x47,
  /** Private Protection Storage Unavailable (KMIP 2.0+) */
  PrivateProtectionStorageUnavailable: 0x48,
  /** Public Protection Storage Unavailable (KMIP 2.0+) */
  PublicProtectionStorageUnavailable: 0x49,
  /** Unknown Object Group (KMIP 2.1+) */
  UnknownObjectGroup: 0x4a,
  /** Constraint Violation (KMIP 2.1+) */
  ConstraintViolation: 0x4b,
  /** Duplicate Process Request (KMIP 2.1+) */
  DuplicateProcessRequest: 0x4c,
  /** General Failure (KMIP 1.0+) */
  GeneralFailure: 0x100,
} as const;

/** Result Status (field: Result Status). KMIP 1.4 §9.1.3.2.28 Table 316; KMIP 2.1 §11.47 Table 480. */
export const ResultStatus = {
  /** Success (KMIP 1.0+) */
  Success: 0x00,
  /** Operation Failed (KMIP 1.0+) */
  OperationFailed: 0x01,
  /** Operation Pending (KMIP 1.0+) */
  OperationPending: 0x02,
  /** Operation Undone (KMIP 1.0+) */
  OperationUndone: 0x03,
} as const;

/** Revocation Reason Code (field: Revocation Reason Code). KMIP 1.4 §9.1.3.2.19 Table 307; KMIP 2.1 §11.48 Table 481. */
export const RevocationReasonCode = {
  /** Unspecified (KMIP 1.0+) */
  Unspecified: 0x01,
  /** Key Compromise (KMIP 1.0+) */
  KeyCompromise: 0x02,
  /** CA Compromise (KMIP 1.0+) */
  CACompromise: 0x03,
  /** Affiliation Changed (KMIP 1.0+) */
  AffiliationChanged: 0x04,
  /** Superseded (KMIP 1.0+) */
  Superseded: 0x05,
  /** Cessation of Operation (KMIP 1.0+) */
  CessationOfOperation: 0x06,
  /** Privilege Withdrawn (KMIP 1.0+) */
  PrivilegeWithdrawn: 0x07,
} as const;

/** RNG Algorithm (field: RNG Algorithm). KMIP 1.4 §9.1.3.2.37; KMIP 2.1 §11.49. */
export const RNGAlgorithm = {
  /** Unspecified (KMIP 1.3+) */
  Unspecified: 0x01,
  /** FIPS 186-2 (KMIP 1.3+) */
  FIPS1862: 0x02,
  /** DRBG (KMIP 1.3+) */
  DRBG: 0x03,
  /** NRBG (KMIP 1.3+) */
  NRBG: 0x04,
  /** ANSI X9.31 (KMIP 1.3+) */
  ANSIX931: 0x05,
  /** ANSI X9.62 (KMIP 1.3+) */
  ANSIX962: 0x06,
} as const;

/** RNG Mode (field: RNG Mode). KMIP 1.4 §9.1.3.2.46; KMIP 2.1 §11.50. */
export const RNGMode = {
  /** Unspecified (KMIP 1.3+) */
  Unspecified: 0x01,
  /** Shared Instantiation (KMIP 1.3+) */
  SharedInstantiation: 0x02,
  /** Non-Shared Instantiation (KMIP 1.3+) */
  NonSharedInstantiation: 0x03,
} as const;

/** Rotate Name Type (field: Rotate Name Type). KMIP 2.1 §11.51 Table 482. */
export const RotateNameType = {
  /** Uninterpreted Text String (KMIP 2.1+) */
  UninterpretedTextString: 0x01,
  /** URI (KMIP 2.1+) */
  URI: 0x02,
} as const;

/** Secret Data Type (field: Secret Data Type). KMIP 1.4 §9.1.3.2.9 Table 297; KMIP 2.1 §11.52 Table 483. */
export const SecretDataType = {
  /** Password (KMIP 1.0+) */
  Password: 0x01,
  /** Seed (KMIP 1.0+) */
  Seed: 0x02,
} as const;

/** Shredding Algorithm (field: Shredding Algorithm). KMIP 1.4 §9.1.3.2.45; KMIP 2.1 §11.53 Table 484. */
export const ShreddingAlgorithm = {
  /** Unspecified (KMIP 1.3+) */
  Unspecified: 0x01,
  /** Cryptographic (KMIP 1.3+) */
  Cryptographic: 0x02,
  /** Unsupported (KMIP 1.3+) */
  Unsupported: 0x03,
} as const;

/** Split Key Method (field: Split Key Method). KMIP 1.4 §9.1.3.2.8 Table 296; KMIP 2.1 §11.54 Table 485. */
export const SplitKeyMethod = {
  /** XOR (KMIP 1.0+) */
  XOR: 0x01,
  /** Polynomial Sharing GF (2^16) (KMIP 1.0+) */
  PolynomialSharingGF216: 0x02,
  /** Polynomial Sharing Prime Field (KMIP 1.0+) */
  PolynomialSharingPrimeField: 0x03,
  /** Polynomial Sharing GF (2^8) (KMIP 1.2+) */
  PolynomialSharingGF28: 0x04,
} as const;

/** State (field: State). KMIP 1.4 §9.1.3.2.18 Table 306; KMIP 2.1 §11.55 Table 486. */
export const State = {
  /** Pre-Active (KMIP 1.0+) */
  PreActive: 0x01,
  /** Active (KMIP 1.0+) */
  Active: 0x02,
  /** Deactivated (KMIP 1.0+) */
  Deactivated: 0x03,
  /** Compromised (KMIP 1.0+) */
  Compromised: 0x04,
  /** Destroyed (KMIP 1.0+) */
  Destroyed: 0x05,
  /** Destroyed Compromised (KMIP 1.0+) */
  DestroyedCompromised: 0x06,
} as const;

/** Ticket Type (field: Ticket Type). KMIP 2.0 §11.55; KMIP 2.1 §11.57 Table 488. */
export const TicketType = {
  /** Login (KMIP 2.0+) */
  Login: 0x01,
} as const;

/** Unique Identifier (field: Unique Identifier). KMIP 2.0 §11.56; KMIP 2.1 §11.58 Table 489. */
export const UniqueIdentifier = {
  /** ID Placeholder (KMIP 2.0+) */
  IDPlaceholder: 0x01,
  /** Certify (KMIP 2.0+) */
  Certify: 0x02,
  /** Create (KMIP 2.0+) */
  Create: 0x03,
  /** Create Key Pair (KMIP 2.0+) */
  CreateKeyPair: 0x04,
  /** Create Key Pair Private Key (KMIP 2.0+) */
  CreateKeyPairPrivateKey: 0x05,
  /** Create Key Pair Public Key (KMIP 2.0+) */
  CreateKeyPairPublicKey: 0x06,
  /** Create Split Key (KMIP 2.0+) */
  CreateSplitKey: 0x07,
  /** Derive Key (KMIP 2.0+) */
  DeriveKey: 0x08,
  /** Import (KMIP 2.0+) */
  Import: 0x09,
  /** Join Split Key (KMIP 2.0+) */
  JoinSplitKey: 0x0a,
  /** Locate (KMIP 2.0+) */
  Locate: 0x0b,
  /** Register (KMIP 2.0+) */
  Register: 0x0c,
  /** Re-key (KMIP 2.0+) */
  ReKey: 0x0d,
  /** Re-certify (KMIP 2.0+) */
  ReCertify: 0x0e,
  /** Re-key Key Pair (KMIP 2.0+) */
  ReKeyKeyPair: 0x0f,
  /** Re-key Key Pair Private Key (KMIP 2.0+) */
  ReKeyKeyPairPrivateKey: 0x10,
  /** Re-key Key Pair Public Key (KMIP 2.0+) */
  ReKeyKeyPairPublicKey: 0x11,
} as const;

/** Unwrap Mode (field: Unwrap Mode). KMIP 1.4 §9.1.3.2.43; KMIP 2.1 §11.59 Table 490. */
export const UnwrapMode = {
  /** Unspecified (KMIP 1.3+) */
  Unspecified: 0x01,
  /** Processed (KMIP 1.3+) */
  Processed: 0x02,
  /** Not Processed (KMIP 1.3+) */
  NotProcessed: 0x03,
} as const;

/** Usage Limits Unit (field: Usage Limits Unit). KMIP 1.4 §9.1.3.2.31 Table 319; KMIP 2.1 §11.60 Table 491. */
export const UsageLimitsUnit = {
  /** Byte (KMIP 1.0+) */
  Byte: 0x01,
  /** Object (KMIP 1.0+) */
  Object: 0x02,
} as const;

/** Validation Authority Type (field: Validation Authority Type). KMIP 1.4 §9.1.3.2.40; KMIP 2.1 §11.63. */
export const ValidationAuthorityType = {
  /** Unspecified (KMIP 1.3+) */
  Unspecified: 0x01,
  /** NIST CMVP (KMIP 1.3+) */
  NISTCMVP: 0x02,
  /** Common Criteria (KMIP 1.3+) */
  CommonCriteria: 0x03,
} as const;

/** Validation Type (field: Validation Type). KMIP 1.4 §9.1.3.2.41; KMIP 2.1 §11.64. */
export const ValidationType = {
  /** Unspecified (KMIP 1.3+) */
  Unspecified: 0x01,
  /** Hardware (KMIP 1.3+) */
  Hardware: 0x02,
  /** Software (KMIP 1.3+) */
  Software: 0x03,
  /** Firmware (KMIP 1.3+) */
  Firmware: 0x04,
  /** Hybrid (KMIP 1.3+) */
  Hybrid: 0x05,
} as const;

/** Validity Indicator (field: Validity Indicator). KMIP 1.4 §9.1.3.2.23 Table 311; KMIP 2.1 §11.61 Table 492. */
export const ValidityIndicator = {
  /** Valid (KMIP 1.0+) */
  Valid: 0x01,
  /** Invalid (KMIP 1.0+) */
  Invalid: 0x02,
  /** Unknown (KMIP 1.0+) */
  Unknown: 0x03,
} as const;

/** Wrapping Method (field: Wrapping Method). KMIP 1.4 §9.1.3.2.4 Table 292; KMIP 2.1 §11.62 Table 494. */
export const WrappingMethod = {
  /** Encrypt (KMIP 1.0+) */
  Encrypt: 0x01,
  /** MAC/sign (KMIP 1.0+) */
  MACSign: 0x02,
  /** Encrypt then MAC/sign (KMIP 1.0+) */
  EncryptThenMACSign: 0x03,
  /** MAC/sign then encrypt (KMIP 1.0+) */
  MACSignThenEncrypt: 0x04,
  /** TR-31 (KMIP 1.0+) */
  TR31: 0x05,
} as const;

/** Cryptographic Usage Mask (field: Cryptographic Usage Mask). KMIP 1.4 §9.1.3.3.1; KMIP 2.0 §12.1 Table 454; KMIP 2.1 §12.1 Tables 495-496. */
export const CryptographicUsageMask = {
  /** Sign (KMIP 1.0+) */
  Sign: 0x1,
  /** Verify (KMIP 1.0+) */
  Verify: 0x2,
  /** Encrypt (KMIP 1.0+) */
  Encrypt: 0x4,
  /** Decrypt (KMIP 1.0+) */
  Decrypt: 0x8,
  /** Wrap Key (KMIP 1.0+) */
  WrapKey: 0x10,
  /** Unwrap Key (KMIP 1.0+) */
  UnwrapKey: 0x20,
  /** Export (KMIP 1.0, removed in 2.0) */
  Export: 0x40,
  /** MAC Generate (KMIP 1.0+) */
  MACGenerate: 0x80,
  /** MAC Verify (KMIP 1.0+) */
  MACVerify: 0x100,
  /** Derive Key (KMIP 1.0+) */
  DeriveKey: 0x200,
  /** Content Commitment (KMIP 1.0, removed in 2.0) */
  ContentCommitment: 0x400,
  /** Key Agreement (KMIP 1.0+) */
  KeyAgreement: 0x800,
  /** Certificate Sign (KMIP 1.0+) */
  CertificateSign: 0x1000,
  /** CRL Sign (KMIP 1.0+) */
  CRLSign: 0x2000,
  /** Generate Cryptogram (KMIP 1.0, removed in 2.0) */
  GenerateCryptogram: 0x4000,
  /** Validate Cryptogram (KMIP 1.0, removed in 2.0) */
  ValidateCryptogram: 0x8000,
  /** Translate Encrypt (KMIP 1.0, removed in 2.0) */
  TranslateEncrypt: 0x10000,
  /** Translate Decrypt (KMIP 1.0, removed in 2.0) */
  TranslateDecrypt: 0x20000,
  /** Translate Wrap (KMIP 1.0, removed in 2.0) */
  TranslateWrap: 0x40000,
  /** Translate Unwrap (KMIP 1.0, removed in 2.0) */
  TranslateUnwrap: 0x80000,
  /** Authenticate (KMIP 2.0+) */
  Authenticate: 0x100000,
  /** Unrestricted (KMIP 2.0+) */
  Unrestricted: 0x200000,
  /** FPE Encrypt (KMIP 2.0+) */
  FPEEncrypt: 0x400000,
  /** FPE Decrypt (KMIP 2.0+) */
  FPEDecrypt: 0x800000,
} as const;

/** Protection Storage Mask (field: Protection Storage Mask). KMIP 2.0 §12.2; KMIP 2.1 §12.2 Table 497. */
export const ProtectionStorageMask = {
  /** Software (KMIP 2.0+) */
  Software: 0x1,
  /** Hardware (KMIP 2.0+) */
  Hardware: 0x2,
  /** On Processor (KMIP 2.0+) */
  OnProcessor: 0x4,
  /** On System (KMIP 2.0+) */
  OnSystem: 0x8,
  /** Off System (KMIP 2.0+) */
  OffSystem: 0x10,
  /** Hypervisor (KMIP 2.0+) */
  Hypervisor: 0x20,
  /** Operating System (KMIP 2.0+) */
  OperatingSystem: 0x40,
  /** Container (KMIP 2.0+) */
  Container: 0x80,
  /** On Premises (KMIP 2.0+) */
  OnPremises: 0x100,
  /** Off Premises (KMIP 2.0+) */
  OffPremises: 0x200,
  /** Self Managed (KMIP 2.0+) */
  SelfManaged: 0x400,
  /** Outsourced (KMIP 2.0+) */
  Outsourced: 0x800,
  /** Validated (KMIP 2.0+) */
  Validated: 0x1000,
  /** Same Jurisdiction (KMIP 2.0+) */
  SameJurisdiction: 0x2000,
} as const;

/** Storage Status Mask (field: Storage Status Mask). KMIP 1.4 §9.1.3.3.2; KMIP 2.1 §12.3. */
export const StorageStatusMask = {
  /** On-line storage (KMIP 1.0+) */
  OnLineStorage: 0x1,
  /** Archival storage (KMIP 1.0+) */
  ArchivalStorage: 0x2,
  /** Destroyed storage (KMIP 2.0+) */
  DestroyedStorage: 0x4,
} as const;

export type ItemTypeName = keyof typeof ItemType;

/** Tag value → the tag table row. */
export const tagInfo: ReadonlyMap<number, TagInfo> = indexTags([
  { name: 'Activation Date', key: 'ActivationDate', value: Tag.ActivationDate, itemType: 'DateTime', since: '1.0' },
  {
    name: 'Application Data',
    key: 'ApplicationData',
    value: Tag.ApplicationData,
    itemType: 'TextString',
    since: '1.0',
  },
  {
    name: 'Application Namespace',
    key: 'ApplicationNamespace',
    value: Tag.ApplicationNamespace,
    itemType: 'TextString',
    since: '1.0',
  },
  {
    name: 'Application Specific Information',
    key: 'ApplicationSpecificInformation',
    value: Tag.ApplicationSpecificInformation,
    itemType: 'Structure',
    since: '1.0',
  },
  { name: 'Archive Date', key: 'ArchiveDate', value: Tag.ArchiveDate, itemType: 'DateTime', since: '1.0' },
  {
    name: 'Asynchronous Correlation Value',
    key: 'AsynchronousCorrelationValue',
    value: Tag.AsynchronousCorrelationValue,
    itemType: 'ByteString',
    since: '1.0',
  },
  {
    name: 'Asynchronous Indicator',
    key: 'AsynchronousIndicator',
    value: Tag.AsynchronousIndicator,
    itemType: 'Enumeration',
    formerItemType: { itemType: 'Boolean', until: '2.0' },
    since: '1.0',
  },
  { name: 'Attribute', key: 'Attribute', value: Tag.Attribute, itemType: 'Structure', since: '1.0' },
  {
    name: 'Attribute Index',
    key: 'AttributeIndex',
    value: Tag.AttributeIndex,
    itemType: 'Integer',
    since: '1.0',
    removedIn: '2.0',
  },
  { name: 'Attribute Name', key: 'AttributeName', value: Tag.AttributeName, itemType: 'TextString', since: '1.0' },
  { name: 'Attribute Value', key: 'AttributeValue', value: Tag.AttributeValue, since: '1.0' },
  { name: 'Authentication', key: 'Authentication', value: Tag.Authentication, itemType: 'Structure', since: '1.0' },
  { name: 'Batch Count', key: 'BatchCount', value: Tag.BatchCount, itemType: 'Integer', since: '1.0' },
  {
    name: 'Batch Error Continuation Option',
    key: 'BatchErrorContinuationOption',
    value: Tag.BatchErrorContinuationOption,
    itemType: 'Enumeration',
    since: '1.0',
  },
  { name: 'Batch Item', key: 'BatchItem', value: Tag.BatchItem, itemType: 'Structure', since: '1.0' },
  {
    name: 'Batch Order Option',
    key: 'BatchOrderOption',
    value: Tag.BatchOrderOption,
    itemType: 'Boolean',
    since: '1.0',
  },
  {
    name: 'Block Cipher Mode',
    key: 'BlockCipherMode',
    value: Tag.BlockCipherMode,
    itemType: 'Enumeration',
    since: '1.0',
  },
  {
    name: 'Cancellation Result',
    key: 'CancellationResult',
    value: Tag.CancellationResult,
    itemType: 'Enumeration',
    since: '1.0',
  },
  { name: 'Certificate', key: 'Certificate', value: Tag.Certificate, itemType: 'Structure', since: '1.0' },
  {
    name: 'Certificate Identifier',
    key: 'CertificateIdentifier',
    value: Tag.CertificateIdentifier,
    itemType: 'Structure',
    since: '1.0',
    removedIn: '2.0',
  },
  {
    name: 'Certificate Issuer',
    key: 'CertificateIssuer',
    value: Tag.CertificateIssuer,
    itemType: 'Structure',
    since: '1.0',
    removedIn: '2.0',
  },
  {
    name: 'Certificate Issuer Alternative Name',
    key: 'CertificateIssuerAlternativeName',
    value: Tag.CertificateIssuerAlternativeName,
    itemType: 'TextString',
    since: '1.0',
    removedIn: '2.0',
  },
  {
    name: 'Certificate Issuer Distinguished Name',
    key: 'CertificateIssuerDistinguishedName',
    value: Tag.CertificateIssuerDistinguishedName,
    itemType: 'TextString',
    since: '1.0',
    removedIn: '2.0',
  },
  {
    name: 'Certificate Request',
    key: 'CertificateRequest',
    value: Tag.CertificateRequest,
    itemType: 'Structure',
    formerItemType: { itemType: 'ByteString', until: '2.0' },
    since: '1.0',
  },
  {
    name: 'Certificate Request Type',
    key: 'CertificateRequestType',
    value: Tag.CertificateRequestType,
    itemType: 'Enumeration',
    since: '1.0',
  },
  {
    name: 'Certificate Subject',
    key: 'CertificateSubject',
    value: Tag.CertificateSubject,
    itemType: 'Structure',
    since: '1.0',
    removedIn: '2.0',
  },
  {
    name: 'Certificate Subject Alternative Name',
    key: 'CertificateSubjectAlternativeName',
    value: Tag.CertificateSubjectAlternativeName,
    itemType: 'TextString',
    since: '1.0',
    removedIn: '2.0',
  },
  {
    name: 'Certificate Subject Distinguished Name',
    key: 'CertificateSubjectDistinguishedName',
    value: Tag.CertificateSubjectDistinguishedName,
    itemType: 'TextString',
    since: '1.0',
    removedIn: '2.0',
  },
  {
    name: 'Certificate Type',
    key: 'CertificateType',
    value: Tag.CertificateType,
    itemType: 'Enumeration',
    since: '1.0',
  },
  {
    name: 'Certificate Value',
    key: 'CertificateValue',
    value: Tag.CertificateValue,
    itemType: 'ByteString',
    since: '1.0',
  },
  {
    name: 'Common Template-Attribute',
    key: 'CommonTemplateAttribute',
    value: Tag.CommonTemplateAttribute,
    itemType: 'Structure',
    since: '1.0',
    removedIn: '2.0',
  },
  { name: 'Compromise Date', key: 'CompromiseDate', value: Tag.CompromiseDate, itemType: 'DateTime', since: '1.0' },
  {
    name: 'Compromise Occurrence Date',
    key: 'CompromiseOccurrenceDate',
    value: Tag.CompromiseOccurrenceDate,
    itemType: 'DateTime',
    since: '1.0',
  },
  {
    name: 'Contact Information',
    key: 'ContactInformation',
    value: Tag.ContactInformation,
    itemType: 'TextString',
    since: '1.0',
  },
  { name: 'Credential', key: 'Credential', value: Tag.Credential, itemType: 'Structure', since: '1.0' },
  { name: 'Credential Type', key: 'CredentialType', value: Tag.CredentialType, itemType: 'Enumeration', since: '1.0' },
  { name: 'Credential Value', key: 'CredentialValue', value: Tag.CredentialValue, since: '1.0' },
  {
    name: 'Criticality Indicator',
    key: 'CriticalityIndicator',
    value: Tag.CriticalityIndicator,
    itemType: 'Boolean',
    since: '1.0',
  },
  { name: 'CRT Coefficient', key: 'CRTCoefficient', value: Tag.CRTCoefficient, itemType: 'BigInteger', since: '1.0' },
  {
    name: 'Cryptographic Algorithm',
    key: 'CryptographicAlgorithm',
    value: Tag.CryptographicAlgorithm,
    itemType: 'Enumeration',
    since: '1.0',
  },
  {
    name: 'Cryptographic Domain Parameters',
    key: 'CryptographicDomainParameters',
    value: Tag.CryptographicDomainParameters,
    itemType: 'Structure',
    since: '1.0',
  },
  {
    name: 'Cryptographic Length',
    key: 'CryptographicLength',
    value: Tag.CryptographicLength,
    itemType: 'Integer',
    since: '1.0',
  },
  {
    name: 'Cryptographic Parameters',
    key: 'CryptographicParameters',
    value: Tag.CryptographicParameters,
    itemType: 'Structure',
    since: '1.0',
  },
  {
    name: 'Cryptographic Usage Mask',
    key: 'CryptographicUsageMask',
    value: Tag.CryptographicUsageMask,
    itemType: 'Integer',
    since: '1.0',
  },
  { name: 'Custom Attribute', key: 'CustomAttribute', value: Tag.CustomAttribute, since: '1.0', removedIn: '2.0' },
  { name: 'D', key: 'D', value: Tag.D, itemType: 'BigInteger', since: '1.0' },
  {
    name: 'Deactivation Date',
    key: 'DeactivationDate',
    value: Tag.DeactivationDate,
    itemType: 'DateTime',
    since: '1.0',
  },
  { name: 'Derivation Data', key: 'DerivationData', value: Tag.DerivationData, itemType: 'ByteString', since: '1.0' },
  {
    name: 'Derivation Method',
    key: 'DerivationMethod',
    value: Tag.DerivationMethod,
    itemType: 'Enumeration',
    since: '1.0',
  },
  {
    name: 'Derivation Parameters',
    key: 'DerivationParameters',
    value: Tag.DerivationParameters,
    itemType: 'Structure',
    since: '1.0',
  },
  { name: 'Destroy Date', key: 'DestroyDate', value: Tag.DestroyDate, itemType: 'DateTime', since: '1.0' },
  { name: 'Digest', key: 'Digest', value: Tag.Digest, itemType: 'Structure', since: '1.0' },
  { name: 'Digest Value', key: 'DigestValue', value: Tag.DigestValue, itemType: 'ByteString', since: '1.0' },
  {
    name: 'Encryption Key Information',
    key: 'EncryptionKeyInformation',
    value: Tag.EncryptionKeyInformation,
    itemType: 'Structure',
    since: '1.0',
  },
  { name: 'G', key: 'G', value: Tag.G, itemType: 'BigInteger', since: '1.0' },
  {
    name: 'Hashing Algorithm',
    key: 'HashingAlgorithm',
    value: Tag.HashingAlgorithm,
    itemType: 'Enumeration',
    since: '1.0',
  },
  { name: 'Initial Date', key: 'InitialDate', value: Tag.InitialDate, itemType: 'DateTime', since: '1.0' },
  {
    name: 'Initialization Vector',
    key: 'InitializationVector',
    value: Tag.InitializationVector,
    itemType: 'ByteString',
    since: '1.0',
  },
  { name: 'Issuer', key: 'Issuer', value: Tag.Issuer, itemType: 'TextString', since: '1.0', removedIn: '2.0' },
  { name: 'Iteration Count', key: 'IterationCount', value: Tag.IterationCount, itemType: 'Integer', since: '1.0' },
  { name: 'IV/Counter/Nonce', key: 'IVCounterNonce', value: Tag.IVCounterNonce, itemType: 'ByteString', since: '1.0' },
  { name: 'J', key: 'J', value: Tag.J, itemType: 'BigInteger', since: '1.0' },
  { name: 'Key', key: 'Key', value: Tag.Key, itemType: 'ByteString', since: '1.0' },
  { name: 'Key Block', key: 'KeyBlock', value: Tag.KeyBlock, itemType: 'Structure', since: '1.0' },
  {
    name: 'Key Compression Type',
    key: 'KeyCompressionType',
    value: Tag.KeyCompressionType,
    itemType: 'Enumeration',
    since: '1.0',
  },
  { name: 'Key Format Type', key: 'KeyFormatType', value: Tag.KeyFormatType, itemType: 'Enumeration', since: '1.0' },
  { name: 'Key Material', key: 'KeyMaterial', value: Tag.KeyMaterial, since: '1.0' },
  {
    name: 'Key Part Identifier',
    key: 'KeyPartIdentifier',
    value: Tag.KeyPartIdentifier,
    itemType: 'Integer',
    since: '1.0',
  },
  { name: 'Key Value', key: 'KeyValue', value: Tag.KeyValue, since: '1.0' },
  {
    name: 'Key Wrapping Data',
    key: 'KeyWrappingData',
    value: Tag.KeyWrappingData,
    itemType: 'Structure',
    since: '1.0',
  },
  {
    name: 'Key Wrapping Specification',
    key: 'KeyWrappingSpecification',
    value: Tag.KeyWrappingSpecification,
    itemType: 'Structure',
    since: '1.0',
  },
  { name: 'Last Change Date', key: 'LastChangeDate', value: Tag.LastChangeDate, itemType: 'DateTime', since: '1.0' },
  { name: 'Lease Time', key: 'LeaseTime', value: Tag.LeaseTime, itemType: 'Interval', since: '1.0' },
  { name: 'Link', key: 'Link', value: Tag.Link, itemType: 'Structure', since: '1.0' },
  { name: 'Link Type', key: 'LinkType', value: Tag.LinkType, itemType: 'Enumeration', since: '1.0' },
  {
    name: 'Linked Object Identifier',
    key: 'LinkedObjectIdentifier',
    value: Tag.LinkedObjectIdentifier,
    formerItemType: { itemType: 'TextString', until: '2.0' },
    since: '1.0',
  },
  { name: 'MAC/Signature', key: 'MACSignature', value: Tag.MACSignature, itemType: 'ByteString', since: '1.0' },
  {
    name: 'MAC/Signature Key Information',
    key: 'MACSignatureKeyInformation',
    value: Tag.MACSignatureKeyInformation,
    itemType: 'Structure',
    since: '1.0',
  },
  { name: 'Maximum Items', key: 'MaximumItems', value: Tag.MaximumItems, itemType: 'Integer', since: '1.0' },
  {
    name: 'Maximum Response Size',
    key: 'MaximumResponseSize',
    value: Tag.MaximumResponseSize,
    itemType: 'Integer',
    since: '1.0',
  },
  {
    name: 'Message Extension',
    key: 'MessageExtension',
    value: Tag.MessageExtension,
    itemType: 'Structure',
    since: '1.0',
  },
  { name: 'Modulus', key: 'Modulus', value: Tag.Modulus, itemType: 'BigInteger', since: '1.0' },
  { name: 'Name', key: 'Name', value: Tag.Name, itemType: 'Structure', since: '1.0' },
  { name: 'Name Type', key: 'NameType', value: Tag.NameType, itemType: 'Enumeration', since: '1.0' },
  { name: 'Name Value', key: 'NameValue', value: Tag.NameValue, itemType: 'TextString', since: '1.0' },
  { name: 'Object Group', key: 'ObjectGroup', value: Tag.ObjectGroup, itemType: 'TextString', since: '1.0' },
  { name: 'Object Type', key: 'ObjectType', value: Tag.ObjectType, itemType: 'Enumeration', since: '1.0' },
  { name: 'Offset', key: 'Offset', value: Tag.Offset, itemType: 'Interval', since: '1.0' },
  { name: 'Opaque Data Type', key: 'OpaqueDataType', value: Tag.OpaqueDataType, itemType: 'Enumeration', since: '1.0' },
  {
    name: 'Opaque Data Value',
    key: 'OpaqueDataValue',
    value: Tag.OpaqueDataValue,
    itemType: 'ByteString',
    since: '1.0',
  },
  { name: 'Opaque Object', key: 'OpaqueObject', value: Tag.OpaqueObject, itemType: 'Structure', since: '1.0' },
  { name: 'Operation', key: 'Operation', value: Tag.Operation, itemType: 'Enumeration', since: '1.0' },
  {
    name: 'Operation Policy Name',
    key: 'OperationPolicyName',
    value: Tag.OperationPolicyName,
    itemType: 'TextString',
    since: '1.0',
    removedIn: '2.0',
  },
  { name: 'P', key: 'P', value: Tag.P, itemType: 'BigInteger', since: '1.0' },
  { name: 'Padding Method', key: 'PaddingMethod', value: Tag.PaddingMethod, itemType: 'Enumeration', since: '1.0' },
  { name: 'Prime Exponent P', key: 'PrimeExponentP', value: Tag.PrimeExponentP, itemType: 'BigInteger', since: '1.0' },
  { name: 'Prime Exponent Q', key: 'PrimeExponentQ', value: Tag.PrimeExponentQ, itemType: 'BigInteger', since: '1.0' },
  { name: 'Prime Field Size', key: 'PrimeFieldSize', value: Tag.PrimeFieldSize, itemType: 'BigInteger', since: '1.0' },
  {
    name: 'Private Exponent',
    key: 'PrivateExponent',
    value: Tag.PrivateExponent,
    itemType: 'BigInteger',
    since: '1.0',
  },
  { name: 'Private Key', key: 'PrivateKey', value: Tag.PrivateKey, itemType: 'Structure', since: '1.0' },
  {
    name: 'Private Key Template-Attribute',
    key: 'PrivateKeyTemplateAttribute',
    value: Tag.PrivateKeyTemplateAttribute,
    itemType: 'Structure',
    since: '1.0',
    removedIn: '2.0',
  },
  {
    name: 'Private Key Unique Identifier',
    key: 'PrivateKeyUniqueIdentifier',
    value: Tag.PrivateKeyUniqueIdentifier,
    itemType: 'TextString',
    since: '1.0',
  },
  {
    name: 'Process Start Date',
    key: 'ProcessStartDate',
    value: Tag.ProcessStartDate,
    itemType: 'DateTime',
    since: '1.0',
  },
  { name: 'Protect Stop Date', key: 'ProtectStopDate', value: Tag.ProtectStopDate, itemType: 'DateTime', since: '1.0' },
  { name: 'Protocol Version', key: 'ProtocolVersion', value: Tag.ProtocolVersion, itemType: 'Structure', since: '1.0' },
  {
    name: 'Protocol Version Major',
    key: 'ProtocolVersionMajor',
    value: Tag.ProtocolVersionMajor,
    itemType: 'Integer',
    since: '1.0',
  },
  {
    name: 'Protocol Version Minor',
    key: 'ProtocolVersionMinor',
    value: Tag.ProtocolVersionMinor,
    itemType: 'Integer',
    since: '1.0',
  },
  { name: 'Public Exponent', key: 'PublicExponent', value: Tag.PublicExponent, itemType: 'BigInteger', since: '1.0' },
  { name: 'Public Key', key: 'PublicKey', value: Tag.PublicKey, itemType: 'Structure', since: '1.0' },
  {
    name: 'Public Key Template-Attribute',
    key: 'PublicKeyTemplateAttribute',
    value: Tag.PublicKeyTemplateAttribute,
    itemType: 'Structure',
    since: '1.0',
    removedIn: '2.0',
  },
  {
    name: 'Public Key Unique Identifier',
    key: 'PublicKeyUniqueIdentifier',
    value: Tag.PublicKeyUniqueIdentifier,
    itemType: 'TextString',
    since: '1.0',
  },
  { name: 'Put Function', key: 'PutFunction', value: Tag.PutFunction, itemType: 'Enumeration', since: '1.0' },
  { name: 'Q', key: 'Q', value: Tag.Q, itemType: 'BigInteger', since: '1.0' },
  { name: 'Q String', key: 'QString', value: Tag.QString, itemType: 'ByteString', since: '1.0' },
  { name: 'Qlength', key: 'Qlength', value: Tag.Qlength, itemType: 'Integer', since: '1.0' },
  { name: 'Query Function', key: 'QueryFunction', value: Tag.QueryFunction, itemType: 'Enumeration', since: '1.0' },
  {
    name: 'Recommended Curve',
    key: 'RecommendedCurve',
    value: Tag.RecommendedCurve,
    itemType: 'Enumeration',
    since: '1.0',
  },
  {
    name: 'Replaced Unique Identifier',
    key: 'ReplacedUniqueIdentifier',
    value: Tag.ReplacedUniqueIdentifier,
    itemType: 'TextString',
    since: '1.0',
  },
  { name: 'Request Header', key: 'RequestHeader', value: Tag.RequestHeader, itemType: 'Structure', since: '1.0' },
  { name: 'Request Message', key: 'RequestMessage', value: Tag.RequestMessage, itemType: 'Structure', since: '1.0' },
  { name: 'Request Payload', key: 'RequestPayload', value: Tag.RequestPayload, itemType: 'Structure', since: '1.0' },
  { name: 'Response Header', key: 'ResponseHeader', value: Tag.ResponseHeader, itemType: 'Structure', since: '1.0' },
  { name: 'Response Message', key: 'ResponseMessage', value: Tag.ResponseMessage, itemType: 'Structure', since: '1.0' },
  { name: 'Response Payload', key: 'ResponsePayload', value: Tag.ResponsePayload, itemType: 'Structure', since: '1.0' },
  { name: 'Result Message', key: 'ResultMessage', value: Tag.ResultMessage, itemType: 'TextString', since: '1.0' },
  { name: 'Result Reason', key: 'ResultReason', value: Tag.ResultReason, itemType: 'Enumeration', since: '1.0' },
  { name: 'Result Status', key: 'ResultStatus', value: Tag.ResultStatus, itemType: 'Enumeration', since: '1.0' },
  {
    name: 'Revocation Message',
    key: 'RevocationMessage',
    value: Tag.RevocationMessage,
    itemType: 'TextString',
    since: '1.0',
  },
  {
    name: 'Revocation Reason',
    key: 'RevocationReason',
    value: Tag.RevocationReason,
    itemType: 'Structure',
    since: '1.0',
  },
  {
    name: 'Revocation Reason Code',
    key: 'RevocationReasonCode',
    value: Tag.RevocationReasonCode,
    itemType: 'Enumeration',
    since: '1.0',
  },
  { name: 'Key Role Type', key: 'KeyRoleType', value: Tag.KeyRoleType, itemType: 'Enumeration', since: '1.0' },
  { name: 'Salt', key: 'Salt', value: Tag.Salt, itemType: 'ByteString', since: '1.0' },
  { name: 'Secret Data', key: 'SecretData', value: Tag.SecretData, itemType: 'Structure', since: '1.0' },
  { name: 'Secret Data Type', key: 'SecretDataType', value: Tag.SecretDataType, itemType: 'Enumeration', since: '1.0' },
  {
    name: 'Serial Number',
    key: 'SerialNumber',
    value: Tag.SerialNumber,
    itemType: 'TextString',
    since: '1.0',
    removedIn: '2.0',
  },
  {
    name: 'Server Information',
    key: 'ServerInformation',
    value: Tag.ServerInformation,
    itemType: 'Structure',
    since: '1.0',
  },
  { name: 'Split Key', key: 'SplitKey', value: Tag.SplitKey, itemType: 'Structure', since: '1.0' },
  { name: 'Split Key Method', key: 'SplitKeyMethod', value: Tag.SplitKeyMethod, itemType: 'Enumeration', since: '1.0' },
  { name: 'Split Key Parts', key: 'SplitKeyParts', value: Tag.SplitKeyParts, itemType: 'Integer', since: '1.0' },
  {
    name: 'Split Key Threshold',
    key: 'SplitKeyThreshold',
    value: Tag.SplitKeyThreshold,
    itemType: 'Integer',
    since: '1.0',
  },
  { name: 'State', key: 'State', value: Tag.State, itemType: 'Enumeration', since: '1.0' },
  {
    name: 'Storage Status Mask',
    key: 'StorageStatusMask',
    value: Tag.StorageStatusMask,
    itemType: 'Integer',
    since: '1.0',
  },
  { name: 'Symmetric Key', key: 'SymmetricKey', value: Tag.SymmetricKey, itemType: 'Structure', since: '1.0' },
  { name: 'Template', key: 'Template', value: Tag.Template, itemType: 'Structure', since: '1.0', removedIn: '2.0' },
  {
    name: 'Template-Attribute',
    key: 'TemplateAttribute',
    value: Tag.TemplateAttribute,
    itemType: 'Structure',
    since: '1.0',
    removedIn: '2.0',
  },
  { name: 'Time Stamp', key: 'TimeStamp', value: Tag.TimeStamp, itemType: 'DateTime', since: '1.0' },
  {
    name: 'Unique Batch Item ID',
    key: 'UniqueBatchItemID',
    value: Tag.UniqueBatchItemID,
    itemType: 'ByteString',
    since: '1.0',
  },
  {
    name: 'Unique Identifier',
    key: 'UniqueIdentifier',
    value: Tag.UniqueIdentifier,
    formerItemType: { itemType: 'TextString', until: '2.0' },
    since: '1.0',
  },
  { name: 'Usage Limits', key: 'UsageLimits', value: Tag.UsageLimits, itemType: 'Structure', since: '1.0' },
  {
    name: 'Usage Limits Count',
    key: 'UsageLimitsCount',
    value: Tag.UsageLimitsCount,
    itemType: 'LongInteger',
    since: '1.0',
  },
  {
    name: 'Usage Limits Total',
    key: 'UsageLimitsTotal',
    value: Tag.UsageLimitsTotal,
    itemType: 'LongInteger',
    since: '1.0',
  },
  {
    name: 'Usage Limits Unit',
    key: 'UsageLimitsUnit',
    value: Tag.UsageLimitsUnit,
    itemType: 'Enumeration',
    since: '1.0',
  },
  { name: 'Username', key: 'Username', value: Tag.Username, itemType: 'TextString', since: '1.0' },
  { name: 'Validity Date', key: 'ValidityDate', value: Tag.ValidityDate, itemType: 'DateTime', since: '1.0' },
  {
    name: 'Validity Indicator',
    key: 'ValidityIndicator',
    value: Tag.ValidityIndicator,
    itemType: 'Enumeration',
    since: '1.0',
  },
  { name: 'Vendor Extension', key: 'VendorExtension', value: Tag.VendorExtension, itemType: 'Structure', since: '1.0' },
  {
    name: 'Vendor Identification',
    key: 'VendorIdentification',
    value: Tag.VendorIdentification,
    itemType: 'TextString',
    since: '1.0',
  },
  { name: 'Wrapping Method', key: 'WrappingMethod', value: Tag.WrappingMethod, itemType: 'Enumeration', since: '1.0' },
  { name: 'X', key: 'X', value: Tag.X, itemType: 'BigInteger', since: '1.0' },
  { name: 'Y', key: 'Y', value: Tag.Y, itemType: 'BigInteger', since: '1.0' },
  { name: 'Password', key: 'Password', value: Tag.Password, itemType: 'TextString', since: '1.0' },
  {
    name: 'Device Identifier',
    key: 'DeviceIdentifier',
    value: Tag.DeviceIdentifier,
    itemType: 'TextString',
    since: '1.1',
  },
  { name: 'Encoding Option', key: 'EncodingOption', value: Tag.EncodingOption, itemType: 'Enumeration', since: '1.1' },
  {
    name: 'Extension Information',
    key: 'ExtensionInformation',
    value: Tag.ExtensionInformation,
    itemType: 'Structure',
    since: '1.1',
  },
  { name: 'Extension Name', key: 'ExtensionName', value: Tag.ExtensionName, itemType: 'TextString', since: '1.1' },
  { name: 'Extension Tag', key: 'ExtensionTag', value: Tag.ExtensionTag, itemType: 'Integer', since: '1.1' },
  {
    name: 'Extension Type',
    key: 'ExtensionType',
    value: Tag.ExtensionType,
    itemType: 'Enumeration',
    formerItemType: { itemType: 'Integer', until: '2.0' },
    since: '1.1',
  },
  { name: 'Fresh', key: 'Fresh', value: Tag.Fresh, itemType: 'Boolean', since: '1.1' },
  {
    name: 'Machine Identifier',
    key: 'MachineIdentifier',
    value: Tag.MachineIdentifier,
    itemType: 'TextString',
    since: '1.1',
  },
  {
    name: 'Media Identifier',
    key: 'MediaIdentifier',
    value: Tag.MediaIdentifier,
    itemType: 'TextString',
    since: '1.1',
  },
  {
    name: 'Network Identifier',
    key: 'NetworkIdentifier',
    value: Tag.NetworkIdentifier,
    itemType: 'TextString',
    since: '1.1',
  },
  {
    name: 'Object Group Member',
    key: 'ObjectGroupMember',
    value: Tag.ObjectGroupMember,
    itemType: 'Enumeration',
    since: '1.1',
  },
  {
    name: 'Certificate Length',
    key: 'CertificateLength',
    value: Tag.CertificateLength,
    itemType: 'Integer',
    since: '1.1',
  },
  {
    name: 'Digital Signature Algorithm',
    key: 'DigitalSignatureAlgorithm',
    value: Tag.DigitalSignatureAlgorithm,
    itemType: 'Enumeration',
    since: '1.1',
  },
  {
    name: 'Certificate Serial Number',
    key: 'CertificateSerialNumber',
    value: Tag.CertificateSerialNumber,
    itemType: 'ByteString',
    since: '1.1',
  },
  {
    name: 'Device Serial Number',
    key: 'DeviceSerialNumber',
    value: Tag.DeviceSerialNumber,
    itemType: 'TextString',
    since: '1.1',
  },
  {
    name: 'Issuer Alternative Name',
    key: 'IssuerAlternativeName',
    value: Tag.IssuerAlternativeName,
    itemType: 'ByteString',
    since: '1.1',
  },
  {
    name: 'Issuer Distinguished Name',
    key: 'IssuerDistinguishedName',
    value: Tag.IssuerDistinguishedName,
    itemType: 'ByteString',
    since: '1.1',
  },
  {
    name: 'Subject Alternative Name',
    key: 'SubjectAlternativeName',
    value: Tag.SubjectAlternativeName,
    itemType: 'ByteString',
    since: '1.1',
  },
  {
    name: 'Subject Distinguished Name',
    key: 'SubjectDistinguishedName',
    value: Tag.SubjectDistinguishedName,
    itemType: 'ByteString',
    since: '1.1',
  },
  {
    name: 'X.509 Certificate Identifier',
    key: 'X509CertificateIdentifier',
    value: Tag.X509CertificateIdentifier,
    itemType: 'Structure',
    since: '1.1',
  },
  {
    name: 'X.509 Certificate Issuer',
    key: 'X509CertificateIssuer',
    value: Tag.X509CertificateIssuer,
    itemType: 'Structure',
    since: '1.1',
  },
  {
    name: 'X.509 Certificate Subject',
    key: 'X509CertificateSubject',
    value: Tag.X509CertificateSubject,
    itemType: 'Structure',
    since: '1.1',
  },
  {
    name: 'Key Value Location',
    key: 'KeyValueLocation',
    value: Tag.KeyValueLocation,
    itemType: 'Structure',
    since: '1.2',
  },
  {
    name: 'Key Value Location Value',
    key: 'KeyValueLocationValue',
    value: Tag.KeyValueLocationValue,
    itemType: 'TextString',
    since: '1.2',
  },
  {
    name: 'Key Value Location Type',
    key: 'KeyValueLocationType',
    value: Tag.KeyValueLocationType,
    itemType: 'Enumeration',
    since: '1.2',
  },
  { name: 'Key Value Present', key: 'KeyValuePresent', value: Tag.KeyValuePresent, itemType: 'Boolean', since: '1.2' },
  {
    name: 'Original Creation Date',
    key: 'OriginalCreationDate',
    value: Tag.OriginalCreationDate,
    itemType: 'DateTime',
    since: '1.2',
  },
  { name: 'PGP Key', key: 'PGPKey', value: Tag.PGPKey, itemType: 'Structure', since: '1.2' },
  { name: 'PGP Key Version', key: 'PGPKeyVersion', value: Tag.PGPKeyVersion, itemType: 'Integer', since: '1.2' },
  { name: 'Alternative Name', key: 'AlternativeName', value: Tag.AlternativeName, itemType: 'Structure', since: '1.2' },
  {
    name: 'Alternative Name Value',
    key: 'AlternativeNameValue',
    value: Tag.AlternativeNameValue,
    itemType: 'TextString',
    since: '1.2',
  },
  {
    name: 'Alternative Name Type',
    key: 'AlternativeNameType',
    value: Tag.AlternativeNameType,
    itemType: 'Enumeration',
    since: '1.2',
  },
  { name: 'Data', key: 'Data', value: Tag.Data, since: '1.2' },
  { name: 'Signature Data', key: 'SignatureData', value: Tag.SignatureData, itemType: 'ByteString', since: '1.2' },
  { name: 'Data Length', key: 'DataLength', value: Tag.DataLength, itemType: 'Integer', since: '1.2' },
  { name: 'Random IV', key: 'RandomIV', value: Tag.RandomIV, itemType: 'Boolean', since: '1.2' },
  { name: 'MAC Data', key: 'MACData', value: Tag.MACData, itemType: 'ByteString', since: '1.2' },
  {
    name: 'Attestation Type',
    key: 'AttestationType',
    value: Tag.AttestationType,
    itemType: 'Enumeration',
    since: '1.2',
  },
  { name: 'Nonce', key: 'Nonce', value: Tag.Nonce, itemType: 'Structure', since: '1.2' },
  { name: 'Nonce ID', key: 'NonceID', value: Tag.NonceID, itemType: 'ByteString', since: '1.2' },
  { name: 'Nonce Value', key: 'NonceValue', value: Tag.NonceValue, itemType: 'ByteString', since: '1.2' },
  {
    name: 'Attestation Measurement',
    key: 'AttestationMeasurement',
    value: Tag.AttestationMeasurement,
    itemType: 'ByteString',
    since: '1.2',
  },
  {
    name: 'Attestation Assertion',
    key: 'AttestationAssertion',
    value: Tag.AttestationAssertion,
    itemType: 'ByteString',
    since: '1.2',
  },
  { name: 'IV Length', key: 'IVLength', value: Tag.IVLength, itemType: 'Integer', since: '1.2' },
  { name: 'Tag Length', key: 'TagLength', value: Tag.TagLength, itemType: 'Integer', since: '1.2' },
  {
    name: 'Fixed Field Length',
    key: 'FixedFieldLength',
    value: Tag.FixedFieldLength,
    itemType: 'Integer',
    since: '1.2',
  },
  { name: 'Counter Length', key: 'CounterLength', value: Tag.CounterLength, itemType: 'Integer', since: '1.2' },
  {
    name: 'Initial Counter Value',
    key: 'InitialCounterValue',
    value: Tag.InitialCounterValue,
    itemType: 'Integer',
    since: '1.2',
  },
  {
    name: 'Invocation Field Length',
    key: 'InvocationFieldLength',
    value: Tag.InvocationFieldLength,
    itemType: 'Integer',
    since: '1.2',
  },
  {
    name: 'Attestation Capable Indicator',
    key: 'AttestationCapableIndicator',
    value: Tag.AttestationCapableIndicator,
    itemType: 'Boolean',
    since: '1.2',
  },
  { name: 'Offset Items', key: 'OffsetItems', value: Tag.OffsetItems, itemType: 'Integer', since: '1.3' },
  { name: 'Located Items', key: 'LocatedItems', value: Tag.LocatedItems, itemType: 'Integer', since: '1.3' },
  {
    name: 'Correlation Value',
    key: 'CorrelationValue',
    value: Tag.CorrelationValue,
    itemType: 'ByteString',
    since: '1.3',
  },
  { name: 'Init Indicator', key: 'InitIndicator', value: Tag.InitIndicator, itemType: 'Boolean', since: '1.3' },
  { name: 'Final Indicator', key: 'FinalIndicator', value: Tag.FinalIndicator, itemType: 'Boolean', since: '1.3' },
  { name: 'RNG Parameters', key: 'RNGParameters', value: Tag.RNGParameters, itemType: 'Structure', since: '1.3' },
  { name: 'RNG Algorithm', key: 'RNGAlgorithm', value: Tag.RNGAlgorithm, itemType: 'Enumeration', since: '1.3' },
  { name: 'DRBG Algorithm', key: 'DRBGAlgorithm', value: Tag.DRBGAlgorithm, itemType: 'Enumeration', since: '1.3' },
  {
    name: 'FIPS186 Variation',
    key: 'FIPS186Variation',
    value: Tag.FIPS186Variation,
    itemType: 'Enumeration',
    since: '1.3',
  },
  {
    name: 'Prediction Resistance',
    key: 'PredictionResistance',
    value: Tag.PredictionResistance,
    itemType: 'Boolean',
    since: '1.3',
  },
  { name: 'Random Number Generator', key: 'RandomNumberGenerator', value: Tag.RandomNumberGenerator, since: '1.3' },
  {
    name: 'Validation Information',
    key: 'ValidationInformation',
    value: Tag.ValidationInformation,
    itemType: 'Structure',
    since: '1.3',
  },
  {
    name: 'Validation Authority Type',
    key: 'ValidationAuthorityType',
    value: Tag.ValidationAuthorityType,
    itemType: 'Enumeration',
    since: '1.3',
  },
  {
    name: 'Validation Authority Country',
    key: 'ValidationAuthorityCountry',
    value: Tag.ValidationAuthorityCountry,
    itemType: 'TextString',
    since: '1.3',
  },
  {
    name: 'Validation Authority URI',
    key: 'ValidationAuthorityURI',
    value: Tag.ValidationAuthorityURI,
    itemType: 'TextString',
    since: '1.3',
  },
  {
    name: 'Validation Version Major',
    key: 'ValidationVersionMajor',
    value: Tag.ValidationVersionMajor,
    itemType: 'Integer',
    since: '1.3',
  },
  {
    name: 'Validation Version Minor',
    key: 'ValidationVersionMinor',
    value: Tag.ValidationVersionMinor,
    itemType: 'Integer',
    since: '1.3',
  },
  { name: 'Validation Type', key: 'ValidationType', value: Tag.ValidationType, itemType: 'Enumeration', since: '1.3' },
  { name: 'Validation Level', key: 'ValidationLevel', value: Tag.ValidationLevel, itemType: 'Integer', since: '1.3' },
  {
    name: 'Validation Certificate Identifier',
    key: 'ValidationCertificateIdentifier',
    value: Tag.ValidationCertificateIdentifier,
    itemType: 'TextString',
    since: '1.3',
  },
  {
    name: 'Validation Certificate URI',
    key: 'ValidationCertificateURI',
    value: Tag.ValidationCertificateURI,
    itemType: 'TextString',
    since: '1.3',
  },
  {
    name: 'Validation Vendor URI',
    key: 'ValidationVendorURI',
    value: Tag.ValidationVendorURI,
    itemType: 'TextString',
    since: '1.3',
  },
  {
    name: 'Validation Profile',
    key: 'ValidationProfile',
    value: Tag.ValidationProfile,
    itemType: 'TextString',
    since: '1.3',
  },
  {
    name: 'Profile Information',
    key: 'ProfileInformation',
    value: Tag.ProfileInformation,
    itemType: 'Structure',
    since: '1.3',
  },
  { name: 'Profile Name', key: 'ProfileName', value: Tag.ProfileName, itemType: 'Enumeration', since: '1.3' },
  { name: 'Server URI', key: 'ServerURI', value: Tag.ServerURI, itemType: 'TextString', since: '1.3' },
  { name: 'Server Port', key: 'ServerPort', value: Tag.ServerPort, itemType: 'Integer', since: '1.3' },
  {
    name: 'Streaming Capability',
    key: 'StreamingCapability',
    value: Tag.StreamingCapability,
    itemType: 'Boolean',
    since: '1.3',
  },
  {
    name: 'Asynchronous Capability',
    key: 'AsynchronousCapability',
    value: Tag.AsynchronousCapability,
    itemType: 'Boolean',
    since: '1.3',
  },
  {
    name: 'Attestation Capability',
    key: 'AttestationCapability',
    value: Tag.AttestationCapability,
    itemType: 'Boolean',
    since: '1.3',
  },
  { name: 'Unwrap Mode', key: 'UnwrapMode', value: Tag.UnwrapMode, itemType: 'Enumeration', since: '1.3' },
  { name: 'Destroy Action', key: 'DestroyAction', value: Tag.DestroyAction, itemType: 'Enumeration', since: '1.3' },
  {
    name: 'Shredding Algorithm',
    key: 'ShreddingAlgorithm',
    value: Tag.ShreddingAlgorithm,
    itemType: 'Enumeration',
    since: '1.3',
  },
  { name: 'RNG Mode', key: 'RNGMode', value: Tag.RNGMode, itemType: 'Enumeration', since: '1.3' },
  {
    name: 'Client Registration Method',
    key: 'ClientRegistrationMethod',
    value: Tag.ClientRegistrationMethod,
    itemType: 'Enumeration',
    since: '1.3',
  },
  {
    name: 'Capability Information',
    key: 'CapabilityInformation',
    value: Tag.CapabilityInformation,
    itemType: 'Structure',
    since: '1.3',
  },
  { name: 'Key Wrap Type', key: 'KeyWrapType', value: Tag.KeyWrapType, itemType: 'Enumeration', since: '1.4' },
  {
    name: 'Batch Undo Capability',
    key: 'BatchUndoCapability',
    value: Tag.BatchUndoCapability,
    itemType: 'Boolean',
    since: '1.4',
  },
  {
    name: 'Batch Continue Capability',
    key: 'BatchContinueCapability',
    value: Tag.BatchContinueCapability,
    itemType: 'Boolean',
    since: '1.4',
  },
  {
    name: 'PKCS#12 Friendly Name',
    key: 'PKCS12FriendlyName',
    value: Tag.PKCS12FriendlyName,
    itemType: 'TextString',
    since: '1.4',
  },
  { name: 'Description', key: 'Description', value: Tag.Description, itemType: 'TextString', since: '1.4' },
  { name: 'Comment', key: 'Comment', value: Tag.Comment, itemType: 'TextString', since: '1.4' },
  {
    name: 'Authenticated Encryption Additional Data',
    key: 'AuthenticatedEncryptionAdditionalData',
    value: Tag.AuthenticatedEncryptionAdditionalData,
    itemType: 'ByteString',
    since: '1.4',
  },
  {
    name: 'Authenticated Encryption Tag',
    key: 'AuthenticatedEncryptionTag',
    value: Tag.AuthenticatedEncryptionTag,
    itemType: 'ByteString',
    since: '1.4',
  },
  { name: 'Salt Length', key: 'SaltLength', value: Tag.SaltLength, itemType: 'Integer', since: '1.4' },
  { name: 'Mask Generator', key: 'MaskGenerator', value: Tag.MaskGenerator, itemType: 'Enumeration', since: '1.4' },
  {
    name: 'Mask Generator Hashing Algorithm',
    key: 'MaskGeneratorHashingAlgorithm',
    value: Tag.MaskGeneratorHashingAlgorithm,
    itemType: 'Enumeration',
    since: '1.4',
  },
  { name: 'P Source', key: 'PSource', value: Tag.PSource, itemType: 'ByteString', since: '1.4' },
  { name: 'Trailer Field', key: 'TrailerField', value: Tag.TrailerField, itemType: 'Integer', since: '1.4' },
  {
    name: 'Client Correlation Value',
    key: 'ClientCorrelationValue',
    value: Tag.ClientCorrelationValue,
    itemType: 'TextString',
    since: '1.4',
  },
  {
    name: 'Server Correlation Value',
    key: 'ServerCorrelationValue',
    value: Tag.ServerCorrelationValue,
    itemType: 'TextString',
    since: '1.4',
  },
  { name: 'Digested Data', key: 'DigestedData', value: Tag.DigestedData, itemType: 'ByteString', since: '1.4' },
  {
    name: 'Certificate Subject CN',
    key: 'CertificateSubjectCN',
    value: Tag.CertificateSubjectCN,
    itemType: 'TextString',
    since: '1.4',
  },
  {
    name: 'Certificate Subject O',
    key: 'CertificateSubjectO',
    value: Tag.CertificateSubjectO,
    itemType: 'TextString',
    since: '1.4',
  },
  {
    name: 'Certificate Subject OU',
    key: 'CertificateSubjectOU',
    value: Tag.CertificateSubjectOU,
    itemType: 'TextString',
    since: '1.4',
  },
  {
    name: 'Certificate Subject Email',
    key: 'CertificateSubjectEmail',
    value: Tag.CertificateSubjectEmail,
    itemType: 'TextString',
    since: '1.4',
  },
  {
    name: 'Certificate Subject C',
    key: 'CertificateSubjectC',
    value: Tag.CertificateSubjectC,
    itemType: 'TextString',
    since: '1.4',
  },
  {
    name: 'Certificate Subject ST',
    key: 'CertificateSubjectST',
    value: Tag.CertificateSubjectST,
    itemType: 'TextString',
    since: '1.4',
  },
  {
    name: 'Certificate Subject L',
    key: 'CertificateSubjectL',
    value: Tag.CertificateSubjectL,
    itemType: 'TextString',
    since: '1.4',
  },
  {
    name: 'Certificate Subject UID',
    key: 'CertificateSubjectUID',
    value: Tag.CertificateSubjectUID,
    itemType: 'TextString',
    since: '1.4',
  },
  {
    name: 'Certificate Subject Serial Number',
    key: 'CertificateSubjectSerialNumber',
    value: Tag.CertificateSubjectSerialNumber,
    itemType: 'TextString',
    since: '1.4',
  },
  {
    name: 'Certificate Subject Title',
    key: 'CertificateSubjectTitle',
    value: Tag.CertificateSubjectTitle,
    itemType: 'TextString',
    since: '1.4',
  },
  {
    name: 'Certificate Subject DC',
    key: 'CertificateSubjectDC',
    value: Tag.CertificateSubjectDC,
    itemType: 'TextString',
    since: '1.4',
  },
  {
    name: 'Certificate Subject DN Qualifier',
    key: 'CertificateSubjectDNQualifier',
    value: Tag.CertificateSubjectDNQualifier,
    itemType: 'TextString',
    since: '1.4',
  },
  {
    name: 'Certificate Issuer CN',
    key: 'CertificateIssuerCN',
    value: Tag.CertificateIssuerCN,
    itemType: 'TextString',
    since: '1.4',
  },
  {
    name: 'Certificate Issuer O',
    key: 'CertificateIssuerO',
    value: Tag.CertificateIssuerO,
    itemType: 'TextString',
    since: '1.4',
  },
  {
    name: 'Certificate Issuer OU',
    key: 'CertificateIssuerOU',
    value: Tag.CertificateIssuerOU,
    itemType: 'TextString',
    since: '1.4',
  },
  {
    name: 'Certificate Issuer Email',
    key: 'CertificateIssuerEmail',
    value: Tag.CertificateIssuerEmail,
    itemType: 'TextString',
    since: '1.4',
  },
  {
    name: 'Certificate Issuer C',
    key: 'CertificateIssuerC',
    value: Tag.CertificateIssuerC,
    itemType: 'TextString',
    since: '1.4',
  },
  {
    name: 'Certificate Issuer ST',
    key: 'CertificateIssuerST',
    value: Tag.CertificateIssuerST,
    itemType: 'TextString',
    since: '1.4',
  },
  {
    name: 'Certificate Issuer L',
    key: 'CertificateIssuerL',
    value: Tag.CertificateIssuerL,
    itemType: 'TextString',
    since: '1.4',
  },
  {
    name: 'Certificate Issuer UID',
    key: 'CertificateIssuerUID',
    value: Tag.CertificateIssuerUID,
    itemType: 'TextString',
    since: '1.4',
  },
  {
    name: 'Certificate Issuer Serial Number',
    key: 'CertificateIssuerSerialNumber',
    value: Tag.CertificateIssuerSerialNumber,
    itemType: 'TextString',
    since: '1.4',
  },
  {
    name: 'Certificate Issuer Title',
    key: 'CertificateIssuerTitle',
    value: Tag.CertificateIssuerTitle,
    itemType: 'TextString',
    since: '1.4',
  },
  {
    name: 'Certificate Issuer DC',
    key: 'CertificateIssuerDC',
    value: Tag.CertificateIssuerDC,
    itemType: 'TextString',
    since: '1.4',
  },
  {
    name: 'Certificate Issuer DN Qualifier',
    key: 'CertificateIssuerDNQualifier',
    value: Tag.CertificateIssuerDNQualifier,
    itemType: 'TextString',
    since: '1.4',
  },
  { name: 'Sensitive', key: 'Sensitive', value: Tag.Sensitive, itemType: 'Boolean', since: '1.4' },
  { name: 'Always Sensitive', key: 'AlwaysSensitive', value: Tag.AlwaysSensitive, itemType: 'Boolean', since: '1.4' },
  { name: 'Extractable', key: 'Extractable', value: Tag.Extractable, itemType: 'Boolean', since: '1.4' },
  {
    name: 'Never Extractable',
    key: 'NeverExtractable',
    value: Tag.NeverExtractable,
    itemType: 'Boolean',
    since: '1.4',
  },
  { name: 'Replace Existing', key: 'ReplaceExisting', value: Tag.ReplaceExisting, itemType: 'Boolean', since: '1.4' },
  { name: 'Attributes', key: 'Attributes', value: Tag.Attributes, itemType: 'Structure', since: '2.0' },
  {
    name: 'Common Attributes',
    key: 'CommonAttributes',
    value: Tag.CommonAttributes,
    itemType: 'Structure',
    since: '2.0',
  },
  {
    name: 'Private Key Attributes',
    key: 'PrivateKeyAttributes',
    value: Tag.PrivateKeyAttributes,
    itemType: 'Structure',
    since: '2.0',
  },
  {
    name: 'Public Key Attributes',
    key: 'PublicKeyAttributes',
    value: Tag.PublicKeyAttributes,
    itemType: 'Structure',
    since: '2.0',
  },
  {
    name: 'Extension Enumeration',
    key: 'ExtensionEnumeration',
    value: Tag.ExtensionEnumeration,
    itemType: 'Integer',
    since: '2.0',
  },
  {
    name: 'Extension Attribute',
    key: 'ExtensionAttribute',
    value: Tag.ExtensionAttribute,
    itemType: 'Boolean',
    since: '2.0',
  },
  {
    name: 'Extension Parent Structure Tag',
    key: 'ExtensionParentStructureTag',
    value: Tag.ExtensionParentStructureTag,
    itemType: 'Integer',
    since: '2.0',
  },
  {
    name: 'Extension Description',
    key: 'ExtensionDescription',
    value: Tag.ExtensionDescription,
    itemType: 'TextString',
    since: '2.0',
  },
  { name: 'Server Name', key: 'ServerName', value: Tag.ServerName, itemType: 'TextString', since: '2.0' },
  {
    name: 'Server Serial Number',
    key: 'ServerSerialNumber',
    value: Tag.ServerSerialNumber,
    itemType: 'TextString',
    since: '2.0',
  },
  { name: 'Server Version', key: 'ServerVersion', value: Tag.ServerVersion, itemType: 'TextString', since: '2.0' },
  { name: 'Server Load', key: 'ServerLoad', value: Tag.ServerLoad, itemType: 'TextString', since: '2.0' },
  { name: 'Product Name', key: 'ProductName', value: Tag.ProductName, itemType: 'TextString', since: '2.0' },
  { name: 'Build Level', key: 'BuildLevel', value: Tag.BuildLevel, itemType: 'TextString', since: '2.0' },
  { name: 'Build Date', key: 'BuildDate', value: Tag.BuildDate, itemType: 'TextString', since: '2.0' },
  { name: 'Cluster Info', key: 'ClusterInfo', value: Tag.ClusterInfo, itemType: 'TextString', since: '2.0' },
  {
    name: 'Alternate Failover Endpoints',
    key: 'AlternateFailoverEndpoints',
    value: Tag.AlternateFailoverEndpoints,
    itemType: 'TextString',
    since: '2.0',
  },
  {
    name: 'Short Unique Identifier',
    key: 'ShortUniqueIdentifier',
    value: Tag.ShortUniqueIdentifier,
    itemType: 'ByteString',
    since: '2.0',
  },
  { name: 'Reserved', key: 'Reserved', value: Tag.Reserved, since: '2.0' },
  { name: 'Tag', key: 'Tag', value: Tag.Tag, itemType: 'Enumeration', since: '2.0' },
  {
    name: 'Certificate Request Unique Identifier',
    key: 'CertificateRequestUniqueIdentifier',
    value: Tag.CertificateRequestUniqueIdentifier,
    itemType: 'TextString',
    since: '2.0',
  },
  { name: 'NIST Key Type', key: 'NISTKeyType', value: Tag.NISTKeyType, itemType: 'Enumeration', since: '2.0' },
  { name: 'Attribute Reference', key: 'AttributeReference', value: Tag.AttributeReference, since: '2.0' },
  {
    name: 'Current Attribute',
    key: 'CurrentAttribute',
    value: Tag.CurrentAttribute,
    itemType: 'Structure',
    since: '2.0',
  },
  { name: 'New Attribute', key: 'NewAttribute', value: Tag.NewAttribute, itemType: 'Structure', since: '2.0' },
  {
    name: 'Certificate Request Value',
    key: 'CertificateRequestValue',
    value: Tag.CertificateRequestValue,
    itemType: 'ByteString',
    since: '2.0',
  },
  { name: 'Log Message', key: 'LogMessage', value: Tag.LogMessage, itemType: 'TextString', since: '2.0' },
  { name: 'Profile Version', key: 'ProfileVersion', value: Tag.ProfileVersion, itemType: 'Structure', since: '2.0' },
  {
    name: 'Profile Version Major',
    key: 'ProfileVersionMajor',
    value: Tag.ProfileVersionMajor,
    itemType: 'Integer',
    since: '2.0',
  },
  {
    name: 'Profile Version Minor',
    key: 'ProfileVersionMinor',
    value: Tag.ProfileVersionMinor,
    itemType: 'Integer',
    since: '2.0',
  },
  {
    name: 'Protection Level',
    key: 'ProtectionLevel',
    value: Tag.ProtectionLevel,
    itemType: 'Enumeration',
    since: '2.0',
  },
  {
    name: 'Protection Period',
    key: 'ProtectionPeriod',
    value: Tag.ProtectionPeriod,
    itemType: 'Interval',
    since: '2.0',
  },
  { name: 'Quantum Safe', key: 'QuantumSafe', value: Tag.QuantumSafe, itemType: 'Boolean', since: '2.0' },
  {
    name: 'Quantum Safe Capability',
    key: 'QuantumSafeCapability',
    value: Tag.QuantumSafeCapability,
    itemType: 'Boolean',
    since: '2.0',
  },
  { name: 'Ticket', key: 'Ticket', value: Tag.Ticket, itemType: 'Structure', since: '2.0' },
  { name: 'Ticket Type', key: 'TicketType', value: Tag.TicketType, itemType: 'Enumeration', since: '2.0' },
  { name: 'Ticket Value', key: 'TicketValue', value: Tag.TicketValue, itemType: 'ByteString', since: '2.0' },
  { name: 'Request Count', key: 'RequestCount', value: Tag.RequestCount, itemType: 'Integer', since: '2.0' },
  { name: 'Rights', key: 'Rights', value: Tag.Rights, itemType: 'Structure', since: '2.0' },
  { name: 'Objects', key: 'Objects', value: Tag.Objects, itemType: 'Structure', since: '2.0' },
  { name: 'Operations', key: 'Operations', value: Tag.Operations, itemType: 'Structure', since: '2.0' },
  { name: 'Right', key: 'Right', value: Tag.Right, itemType: 'Structure', since: '2.0' },
  { name: 'Endpoint Role', key: 'EndpointRole', value: Tag.EndpointRole, itemType: 'Enumeration', since: '2.0' },
  {
    name: 'Defaults Information',
    key: 'DefaultsInformation',
    value: Tag.DefaultsInformation,
    itemType: 'Structure',
    since: '2.0',
  },
  { name: 'Object Defaults', key: 'ObjectDefaults', value: Tag.ObjectDefaults, itemType: 'Structure', since: '2.0' },
  { name: 'Ephemeral', key: 'Ephemeral', value: Tag.Ephemeral, itemType: 'Boolean', since: '2.0' },
  {
    name: 'Server Hashed Password',
    key: 'ServerHashedPassword',
    value: Tag.ServerHashedPassword,
    itemType: 'ByteString',
    since: '2.0',
  },
  { name: 'One Time Password', key: 'OneTimePassword', value: Tag.OneTimePassword, since: '2.0' },
  { name: 'Hashed Password', key: 'HashedPassword', value: Tag.HashedPassword, itemType: 'ByteString', since: '2.0' },
  { name: 'Adjustment Type', key: 'AdjustmentType', value: Tag.AdjustmentType, itemType: 'Enumeration', since: '2.0' },
  {
    name: 'PKCS#11 Interface',
    key: 'PKCS11Interface',
    value: Tag.PKCS11Interface,
    itemType: 'TextString',
    since: '2.0',
  },
  { name: 'PKCS#11 Function', key: 'PKCS11Function', value: Tag.PKCS11Function, itemType: 'Enumeration', since: '2.0' },
  {
    name: 'PKCS#11 Input Parameters',
    key: 'PKCS11InputParameters',
    value: Tag.PKCS11InputParameters,
    itemType: 'ByteString',
    since: '2.0',
  },
  {
    name: 'PKCS#11 Output Parameters',
    key: 'PKCS11OutputParameters',
    value: Tag.PKCS11OutputParameters,
    itemType: 'ByteString',
    since: '2.0',
  },
  {
    name: 'PKCS#11 Return Code',
    key: 'PKCS11ReturnCode',
    value: Tag.PKCS11ReturnCode,
    itemType: 'Enumeration',
    since: '2.0',
  },
  {
    name: 'Protection Storage Mask',
    key: 'ProtectionStorageMask',
    value: Tag.ProtectionStorageMask,
    itemType: 'Integer',
    since: '2.0',
  },
  {
    name: 'Protection Storage Masks',
    key: 'ProtectionStorageMasks',
    value: Tag.ProtectionStorageMasks,
    itemType: 'Structure',
    since: '2.0',
  },
  {
    name: 'Interop Function',
    key: 'InteropFunction',
    value: Tag.InteropFunction,
    itemType: 'Enumeration',
    since: '2.0',
  },
  {
    name: 'Interop Identifier',
    key: 'InteropIdentifier',
    value: Tag.InteropIdentifier,
    itemType: 'TextString',
    since: '2.0',
  },
  { name: 'Adjustment Value', key: 'AdjustmentValue', value: Tag.AdjustmentValue, since: '2.0' },
  {
    name: 'Common Protection Storage Masks',
    key: 'CommonProtectionStorageMasks',
    value: Tag.CommonProtectionStorageMasks,
    itemType: 'Structure',
    since: '2.0',
  },
  {
    name: 'Private Protection Storage Masks',
    key: 'PrivateProtectionStorageMasks',
    value: Tag.PrivateProtectionStorageMasks,
    itemType: 'Structure',
    since: '2.0',
  },
  {
    name: 'Public Protection Storage Masks',
    key: 'PublicProtectionStorageMasks',
    value: Tag.PublicProtectionStorageMasks,
    itemType: 'Structure',
    since: '2.0',
  },
  { name: 'Object Groups', key: 'ObjectGroups', value: Tag.ObjectGroups, itemType: 'Structure', since: '2.1' },
  { name: 'Object Types', key: 'ObjectTypes', value: Tag.ObjectTypes, itemType: 'Structure', since: '2.1' },
  { name: 'Constraints', key: 'Constraints', value: Tag.Constraints, itemType: 'Structure', since: '2.1' },
  { name: 'Constraint', key: 'Constraint', value: Tag.Constraint, itemType: 'Structure', since: '2.1' },
  { name: 'Rotate Interval', key: 'RotateInterval', value: Tag.RotateInterval, itemType: 'Interval', since: '2.1' },
  { name: 'Rotate Automatic', key: 'RotateAutomatic', value: Tag.RotateAutomatic, itemType: 'Boolean', since: '2.1' },
  { name: 'Rotate Offset', key: 'RotateOffset', value: Tag.RotateOffset, itemType: 'Interval', since: '2.1' },
  { name: 'Rotate Date', key: 'RotateDate', value: Tag.RotateDate, itemType: 'DateTime', since: '2.1' },
  {
    name: 'Rotate Generation',
    key: 'RotateGeneration',
    value: Tag.RotateGeneration,
    itemType: 'Integer',
    since: '2.1',
  },
  { name: 'Rotate Name', key: 'RotateName', value: Tag.RotateName, itemType: 'Structure', since: '2.1' },
  {
    name: 'Rotate Name Value',
    key: 'RotateNameValue',
    value: Tag.RotateNameValue,
    itemType: 'TextString',
    since: '2.1',
  },
  { name: 'Rotate Name Type', key: 'RotateNameType', value: Tag.RotateNameType, itemType: 'Enumeration', since: '2.1' },
  { name: 'Rotate Latest', key: 'RotateLatest', value: Tag.RotateLatest, itemType: 'Boolean', since: '2.1' },
  {
    name: 'Asynchronous Request',
    key: 'AsynchronousRequest',
    value: Tag.AsynchronousRequest,
    itemType: 'Structure',
    since: '2.1',
  },
  { name: 'Submission Date', key: 'SubmissionDate', value: Tag.SubmissionDate, itemType: 'DateTime', since: '2.1' },
  {
    name: 'Processing Stage',
    key: 'ProcessingStage',
    value: Tag.ProcessingStage,
    itemType: 'Enumeration',
    since: '2.1',
  },
  {
    name: 'Asynchronous Correlation Values',
    key: 'AsynchronousCorrelationValues',
    value: Tag.AsynchronousCorrelationValues,
    itemType: 'Structure',
    since: '2.1',
  },
]);

/** Field tag → the enumeration its Enumeration items carry. */
export const enumerationInfo: ReadonlyMap<number, EnumerationInfo> = indexEnumerations([
  {
    name: 'Adjustment Type',
    key: 'AdjustmentType',
    since: '2.0',
    fieldTags: [Tag.AdjustmentType],
    source: ['KMIP 2.0 §11.1', 'KMIP 2.1 §11.1'],
    entries: [
      { name: 'Increment', key: 'Increment', value: 0x01, since: '2.0' },
      { name: 'Decrement', key: 'Decrement', value: 0x02, since: '2.0' },
      { name: 'Negate', key: 'Negate', value: 0x03, since: '2.0' },
    ],
  },
  {
    name: 'Alternative Name Type',
    key: 'AlternativeNameType',
    since: '1.2',
    fieldTags: [Tag.AlternativeNameType],
    source: ['KMIP 1.4 §9.1.3.2.34 Table 322', 'KMIP 2.1 §11.2 Table 430'],
    entries: [
      { name: 'Uninterpreted Text String', key: 'UninterpretedTextString', value: 0x01, since: '1.2' },
      { name: 'URI', key: 'URI', value: 0x02, since: '1.2' },
      { name: 'Object Serial Number', key: 'ObjectSerialNumber', value: 0x03, since: '1.2' },
      { name: 'Email Address', key: 'EmailAddress', value: 0x04, since: '1.2' },
      { name: 'DNS Name', key: 'DNSName', value: 0x05, since: '1.2' },
      { name: 'X.500 Distinguished Name', key: 'X500DistinguishedName', value: 0x06, since: '1.2' },
      { name: 'IP Address', key: 'IPAddress', value: 0x07, since: '1.2' },
    ],
  },
  {
    name: 'Asynchronous Indicator',
    key: 'AsynchronousIndicator',
    since: '2.0',
    fieldTags: [Tag.AsynchronousIndicator],
    source: ['KMIP 2.0 §11.3', 'KMIP 2.1 §11.3'],
    entries: [
      { name: 'Mandatory', key: 'Mandatory', value: 0x01, since: '2.0' },
      { name: 'Optional', key: 'Optional', value: 0x02, since: '2.0' },
      { name: 'Prohibited', key: 'Prohibited', value: 0x03, since: '2.0' },
    ],
  },
  {
    name: 'Attestation Type',
    key: 'AttestationType',
    since: '1.2',
    fieldTags: [Tag.AttestationType],
    source: ['KMIP 1.4 §9.1.3.2.36 Table 324', 'KMIP 2.1 §11.4 Table 433'],
    entries: [
      { name: 'TPM Quote', key: 'TPMQuote', value: 0x01, since: '1.2' },
      { name: 'TCG Integrity Report', key: 'TCGIntegrityReport', value: 0x02, since: '1.2' },
      { name: 'SAML Assertion', key: 'SAMLAssertion', value: 0x03, since: '1.2' },
    ],
  },
  {
    name: 'Batch Error Continuation Option',
    key: 'BatchErrorContinuationOption',
    since: '1.0',
    fieldTags: [Tag.BatchErrorContinuationOption],
    source: ['KMIP 1.4 §9.1.3.2.30 Table 318', 'KMIP 2.1 §11.5'],
    entries: [
      { name: 'Continue', key: 'Continue', value: 0x01, since: '1.0' },
      { name: 'Stop', key: 'Stop', value: 0x02, since: '1.0' },
      { name: 'Undo', key: 'Undo', value: 0x03, since: '1.0' },
    ],
  },
  {
    name: 'Block Cipher Mode',
    key: 'BlockCipherMode',
    since: '1.0',
    fieldTags: [Tag.BlockCipherMode],
    source: ['KMIP 1.4 §9.1.3.2.14 Table 302', 'KMIP 2.1 §11.6 Table 436'],
    entries: [
      { name: 'CBC', key: 'CBC', value: 0x01, since: '1.0' },
      { name: 'ECB', key: 'ECB', value: 0x02, since: '1.0' },
      { name: 'PCBC', key: 'PCBC', value: 0x03, since: '1.0' },
      { name: 'CFB', key: 'CFB', value: 0x04, since: '1.0' },
      { name: 'OFB', key: 'OFB', value: 0x05, since: '1.0' },
      { name: 'CTR', key: 'CTR', value: 0x06, since: '1.0' },
      { name: 'CMAC', key: 'CMAC', value: 0x07, since: '1.0' },
      { name: 'CCM', key: 'CCM', value: 0x08, since: '1.0' },
      { name: 'GCM', key: 'GCM', value: 0x09, since: '1.0' },
      { name: 'CBC-MAC', key: 'CBCMAC', value: 0x0a, since: '1.0' },
      { name: 'XTS', key: 'XTS', value: 0x0b, since: '1.0' },
      { name: 'AESKeyWrapPadding', key: 'AESKeyWrapPadding', value: 0x0c, since: '1.0' },
      { name: 'NISTKeyWrap', key: 'NISTKeyWrap', value: 0x0d, since: '1.0' },
      { name: 'X9.102 AESKW', key: 'X9102AESKW', value: 0x0e, since: '1.0' },
      { name: 'X9.102 TDKW', key: 'X9102TDKW', value: 0x0f, since: '1.0' },
      { name: 'X9.102 AKW1', key: 'X9102AKW1', value: 0x10, since: '1.0' },
      { name: 'X9.102 AKW2', key: 'X9102AKW2', value: 0x11, since: '1.0' },
      { name: 'AEAD', key: 'AEAD', value: 0x12, since: '1.4' },
    ],
  },
  {
    name: 'Cancellation Result',
    key: 'CancellationResult',
    since: '1.0',
    fieldTags: [Tag.CancellationResult],
    source: ['KMIP 1.4 §9.1.3.2.25 Table 313', 'KMIP 2.1 §11.7'],
    entries: [
      { name: 'Canceled', key: 'Canceled', value: 0x01, since: '1.0' },
      { name: 'Unable to Cancel', key: 'UnableToCancel', value: 0x02, since: '1.0' },
      { name: 'Completed', key: 'Completed', value: 0x03, since: '1.0' },
      { name: 'Failed', key: 'Failed', value: 0x04, since: '1.0' },
      { name: 'Unavailable', key: 'Unavailable', value: 0x05, since: '1.0' },
    ],
  },
  {
    name: 'Certificate Request Type',
    key: 'CertificateRequestType',
    since: '1.0',
    fieldTags: [Tag.CertificateRequestType],
    source: ['KMIP 1.4 §9.1.3.2.22 Table 310', 'KMIP 2.1 §11.8 Table 439'],
    entries: [
      { name: 'CRMF', key: 'CRMF', value: 0x01, since: '1.0' },
      { name: 'PKCS#10', key: 'PKCS10', value: 0x02, since: '1.0' },
      { name: 'PEM', key: 'PEM', value: 0x03, since: '1.0' },
      { name: 'PGP', key: 'PGP', value: 0x04, since: '1.0', removedIn: '2.0' },
    ],
  },
  {
    name: 'Certificate Type',
    key: 'CertificateType',
    since: '1.0',
    fieldTags: [Tag.CertificateType],
    source: ['KMIP 1.4 §9.1.3.2.6 Table 294', 'KMIP 2.1 §11.9 Table 440'],
    entries: [
      { name: 'X.509', key: 'X509', value: 0x01, since: '1.0' },
      { name: 'PGP', key: 'PGP', value: 0x02, since: '1.0' },
    ],
  },
  {
    name: 'Client Registration Method',
    key: 'ClientRegistrationMethod',
    since: '1.3',
    fieldTags: [Tag.ClientRegistrationMethod],
    source: ['KMIP 1.4 §9.1.3.2.47', 'KMIP 2.1 §11.10'],
    entries: [
      { name: 'Unspecified', key: 'Unspecified', value: 0x01, since: '1.3' },
      { name: 'Server Pre-Generated', key: 'ServerPreGenerated', value: 0x02, since: '1.3' },
      { name: 'Server On-Demand', key: 'ServerOnDemand', value: 0x03, since: '1.3' },
      { name: 'Client Generated', key: 'ClientGenerated', value: 0x04, since: '1.3' },
      { name: 'Client Registered', key: 'ClientRegistered', value: 0x05, since: '1.3' },
    ],
  },
  {
    name: 'Credential Type',
    key: 'CredentialType',
    since: '1.0',
    fieldTags: [Tag.CredentialType],
    source: ['KMIP 1.4 §9.1.3.2.1 Table 289', 'KMIP 2.1 §11.11 Table 442'],
    entries: [
      { name: 'Username and Password', key: 'UsernameAndPassword', value: 0x01, since: '1.0' },
      { name: 'Device', key: 'Device', value: 0x02, since: '1.1' },
      { name: 'Attestation', key: 'Attestation', value: 0x03, since: '1.2' },
      { name: 'One Time Password', key: 'OneTimePassword', value: 0x04, since: '2.0' },
      { name: 'Hashed Password', key: 'HashedPassword', value: 0x05, since: '2.0' },
      { name: 'Ticket', key: 'Ticket', value: 0x06, since: '2.0' },
    ],
  },
  {
    name: 'Cryptographic Algorithm',
    key: 'CryptographicAlgorithm',
    since: '1.0',
    fieldTags: [Tag.CryptographicAlgorithm],
    source: ['KMIP 1.4 §9.1.3.2.13 Table 301', 'KMIP 2.1 §11.12 Table 443'],
    entries: [
      { name: 'DES', key: 'DES', value: 0x01, since: '1.0' },
      { name: '3DES', key: '3DES', value: 0x02, since: '1.0' },
      { name: 'AES', key: 'AES', value: 0x03, since: '1.0' },
      { name: 'RSA', key: 'RSA', value: 0x04, since: '1.0' },
      { name: 'DSA', key: 'DSA', value: 0x05, since: '1.0' },
      { name: 'ECDSA', key: 'ECDSA', value: 0x06, since: '1.0' },
      { name: 'HMAC-SHA1', key: 'HMACSHA1', value: 0x07, since: '1.0' },
      { name: 'HMAC-SHA224', key: 'HMACSHA224', value: 0x08, since: '1.0' },
      { name: 'HMAC-SHA256', key: 'HMACSHA256', value: 0x09, since: '1.0' },
      { name: 'HMAC-SHA384', key: 'HMACSHA384', value: 0x0a, since: '1.0' },
      { name: 'HMAC-SHA512', key: 'HMACSHA512', value: 0x0b, since: '1.0' },
      { name: 'HMAC-MD5', key: 'HMACMD5', value: 0x0c, since: '1.0' },
      { name: 'DH', key: 'DH', value: 0x0d, since: '1.0' },
      { name: 'ECDH', key: 'ECDH', value: 0x0e, since: '1.0' },
      { name: 'ECMQV', key: 'ECMQV', value: 0x0f, since: '1.0' },
      { name: 'Blowfish', key: 'Blowfish', value: 0x10, since: '1.0' },
      { name: 'Camellia', key: 'Camellia', value: 0x11, since: '1.0' },
      { name: 'CAST5', key: 'CAST5', value: 0x12, since: '1.0' },
      { name: 'IDEA', key: 'IDEA', value: 0x13, since: '1.0' },
      { name: 'MARS', key: 'MARS', value: 0x14, since: '1.0' },
      { name: 'RC2', key: 'RC2', value: 0x15, since: '1.0' },
      { name: 'RC4', key: 'RC4', value: 0x16, since: '1.0' },
      { name: 'RC5', key: 'RC5', value: 0x17, since: '1.0' },
      { name: 'SKIPJACK', key: 'SKIPJACK', value: 0x18, since: '1.0' },
      { name: 'Twofish', key: 'Twofish', value: 0x19, since: '1.0' },
      { name: 'EC', key: 'EC', value: 0x1a, since: '1.2' },
      { name: 'One Time Pad', key: 'OneTimePad', value: 0x1b, since: '1.3' },
      { name: 'ChaCha20', key: 'ChaCha20', value: 0x1c, since: '1.4' },
      { name: 'Poly1305', key: 'Poly1305', value: 0x1d, since: '1.4' },
      { name: 'ChaCha20Poly1305', key: 'ChaCha20Poly1305', value: 0x1e, since: '1.4' },
      { name: 'SHA3-224', key: 'SHA3224', value: 0x1f, since: '1.4' },
      { name: 'SHA3-256', key: 'SHA3256', value: 0x20, since: '1.4' },
      { name: 'SHA3-384', key: 'SHA3384', value: 0x21, since: '1.4' },
      { name: 'SHA3-512', key: 'SHA3512', value: 0x22, since: '1.4' },
      { name: 'HMAC-SHA3-224', key: 'HMACSHA3224', value: 0x23, since: '1.4' },
      { name: 'HMAC-SHA3-256', key: 'HMACSHA3256', value: 0x24, since: '1.4' },
      { name: 'HMAC-SHA3-384', key: 'HMACSHA3384', value: 0x25, since: '1.4' },
      { name: 'HMAC-SHA3-512', key: 'HMACSHA3512', value: 0x26, since: '1.4' },
      { name: 'SHAKE-128', key: 'SHAKE128', value: 0x27, since: '1.4' },
      { name: 'SHAKE-256', key: 'SHAKE256', value: 0x28, since: '1.4' },
      { name: 'ARIA', key: 'ARIA', value: 0x29, since: '2.0' },
      { name: 'SEED', key: 'SEED', value: 0x2a, since: '2.0' },
      { name: 'SM2', key: 'SM2', value: 0x2b, since: '2.0' },
      { name: 'SM3', key: 'SM3', value: 0x2c, since: '2.0' },
      { name: 'SM4', key: 'SM4', value: 0x2d, since: '2.0' },
      { name: 'GOST R 34.10-2012', key: 'GOSTR34102012', value: 0x2e, since: '2.0' },
      { name: 'GOST R 34.11-2012', key: 'GOSTR34112012', value: 0x2f, since: '2.0' },
      { name: 'GOST R 34.13-2015', key: 'GOSTR34132015', value: 0x30, since: '2.0' },
      { name: 'GOST 28147-89', key: 'GOST2814789', value: 0x31, since: '2.0' },
      { name: 'XMSS', key: 'XMSS', value: 0x32, since: '2.0' },
      { name: 'SPHINCS-256', key: 'SPHINCS256', value: 0x33, since: '2.0' },
      { name: 'McEliece', key: 'McEliece', value: 0x34, since: '2.0' },
      { name: 'McEliece-6960119', key: 'McEliece6960119', value: 0x35, since: '2.0' },
      { name: 'McEliece-8192128', key: 'McEliece8192128', value: 0x36, since: '2.0' },
      { name: 'Ed25519', key: 'Ed25519', value: 0x37, since: '2.0' },
      { name: 'Ed448', key: 'Ed448', value: 0x38, since: '2.0' },
    ],
  },
  {
    name: 'Data',
    key: 'Data',
    since: '2.0',
    fieldTags: [Tag.Data],
    source: ['KMIP 2.0 §11.13', 'KMIP 2.1 §11.13 Table 444'],
    entries: [
      { name: 'Decrypt', key: 'Decrypt', value: 0x01, since: '2.0' },
      { name: 'Encrypt', key: 'Encrypt', value: 0x02, since: '2.0' },
      { name: 'Hash', key: 'Hash', value: 0x03, since: '2.0' },
      { name: 'MAC MAC Data', key: 'MACMACData', value: 0x04, since: '2.0' },
      { name: 'RNG Retrieve', key: 'RNGRetrieve', value: 0x05, since: '2.0' },
      { name: 'Sign Signature Data', key: 'SignSignatureData', value: 0x06, since: '2.0' },
      { name: 'Signature Verify', key: 'SignatureVerify', value: 0x07, since: '2.0' },
    ],
  },
  {
    name: 'Derivation Method',
    key: 'DerivationMethod',
    since: '1.0',
    fieldTags: [Tag.DerivationMethod],
    source: ['KMIP 1.4 §9.1.3.2.21 Table 309', 'KMIP 2.1 §11.14'],
    entries: [
      { name: 'PBKDF2', key: 'PBKDF2', value: 0x01, since: '1.0' },
      { name: 'HASH', key: 'HASH', value: 0x02, since: '1.0' },
      { name: 'HMAC', key: 'HMAC', value: 0x03, since: '1.0' },
      { name: 'ENCRYPT', key: 'ENCRYPT', value: 0x04, since: '1.0' },
      { name: 'NIST800-108-C', key: 'NIST800108C', value: 0x05, since: '1.0' },
      { name: 'NIST800-108-F', key: 'NIST800108F', value: 0x06, since: '1.0' },
      { name: 'NIST800-108-DPI', key: 'NIST800108DPI', value: 0x07, since: '1.0' },
      { name: 'Asymmetric Key', key: 'AsymmetricKey', value: 0x08, since: '1.4' },
      { name: 'AWS Signature Version 4', key: 'AWSSignatureVersion4', value: 0x09, since: '2.0' },
      { name: 'HKDF', key: 'HKDF', value: 0x0a, since: '2.0' },
    ],
  },
  {
    name: 'Destroy Action',
    key: 'DestroyAction',
    since: '1.3',
    fieldTags: [Tag.DestroyAction],
    source: ['KMIP 1.4 §9.1.3.2.44', 'KMIP 2.1 §11.15'],
    entries: [
      { name: 'Unspecified', key: 'Unspecified', value: 0x01, since: '1.3' },
      { name: 'Key Material Deleted', key: 'KeyMaterialDeleted', value: 0x02, since: '1.3' },
      { name: 'Key Material Shredded', key: 'KeyMaterialShredded', value: 0x03, since: '1.3' },
      { name: 'Meta Data Deleted', key: 'MetaDataDeleted', value: 0x04, since: '1.3' },
      { name: 'Meta Data Shredded', key: 'MetaDataShredded', value: 0x05, since: '1.3' },
      { name: 'Deleted', key: 'Deleted', value: 0x06, since: '1.3' },
      { name: 'Shredded', key: 'Shredded', value: 0x07, since: '1.3' },
    ],
  },
  {
    name: 'Digital Signature Algorithm',
    key: 'DigitalSignatureAlgorithm',
    since: '1.1',
    fieldTags: [Tag.DigitalSignatureAlgorithm],
    source: ['KMIP 1.4 §9.1.3.2.7 Table 295', 'KMIP 2.1 §11.16 Table 447'],
    entries: [
      {
        name: 'MD2 with RSA Encryption (PKCS#1 v1.5)',
        key: 'MD2WithRSAEncryptionPKCS1V15',
        value: 0x01,
        since: '1.1',
        removedIn: '2.0',
      },
      { name: 'MD2 with RSA Encryption', key: 'MD2WithRSAEncryption', value: 0x01, since: '2.0' },
      {
        name: 'MD5 with RSA Encryption (PKCS#1 v1.5)',
        key: 'MD5WithRSAEncryptionPKCS1V15',
        value: 0x02,
        since: '1.1',
        removedIn: '2.0',
      },
      { name: 'MD5 with RSA Encryption', key: 'MD5WithRSAEncryption', value: 0x02, since: '2.0' },
      {
        name: 'SHA-1 with RSA Encryption (PKCS#1 v1.5)',
        key: 'SHA1WithRSAEncryptionPKCS1V15',
        value: 0x03,
        since: '1.1',
        removedIn: '2.0',
      },
      { name: 'SHA-1 with RSA Encryption', key: 'SHA1WithRSAEncryption', value: 0x03, since: '2.0' },
      {
        name: 'SHA-224 with RSA Encryption (PKCS#1 v1.5)',
        key: 'SHA224WithRSAEncryptionPKCS1V15',
        value: 0x04,
        since: '1.1',
        removedIn: '2.0',
      },
      { name: 'SHA-224 with RSA Encryption', key: 'SHA224WithRSAEncryption', value: 0x04, since: '2.0' },
      {
        name: 'SHA-256 with RSA Encryption (PKCS#1 v1.5)',
        key: 'SHA256WithRSAEncryptionPKCS1V15',
        value: 0x05,
        since: '1.1',
        removedIn: '2.0',
      },
      { name: 'SHA-256 with RSA Encryption', key: 'SHA256WithRSAEncryption', value: 0x05, since: '2.0' },
      {
        name: 'SHA-384 with RSA Encryption (PKCS#1 v1.5)',
        key: 'SHA384WithRSAEncryptionPKCS1V15',
        value: 0x06,
        since: '1.1',
        removedIn: '2.0',
      },
      { name: 'SHA-384 with RSA Encryption', key: 'SHA384WithRSAEncryption', value: 0x06, since: '2.0' },
      {
        name: 'SHA-512 with RSA Encryption (PKCS#1 v1.5)',
        key: 'SHA512WithRSAEncryptionPKCS1V15',
        value: 0x07,
        since: '1.1',
        removedIn: '2.0',
      },
      { name: 'SHA-512 with RSA Encryption', key: 'SHA512WithRSAEncryption', value: 0x07, since: '2.0' },
      { name: 'RSASSA-PSS (PKCS#1 v2.1)', key: 'RSASSAPSSPKCS1V21', value: 0x08, since: '1.1', removedIn: '2.0' },
      { name: 'RSASSA-PSS', key: 'RSASSAPSS', value: 0x08, since: '2.0' },
      { name: 'DSA with SHA-1', key: 'DSAWithSHA1', value: 0x09, since: '1.1' },
      { name: 'DSA with SHA224', key: 'DSAWithSHA224', value: 0x0a, since: '1.1' },
      { name: 'DSA with SHA256', key: 'DSAWithSHA256', value: 0x0b, since: '1.1' },
      { name: 'ECDSA with SHA-1', key: 'ECDSAWithSHA1', value: 0x0c, since: '1.1' },
      { name: 'ECDSA with SHA224', key: 'ECDSAWithSHA224', value: 0x0d, since: '1.1' },
      { name: 'ECDSA with SHA256', key: 'ECDSAWithSHA256', value: 0x0e, since: '1.1' },
      { name: 'ECDSA with SHA384', key: 'ECDSAWithSHA384', value: 0x0f, since: '1.1' },
      { name: 'ECDSA with SHA512', key: 'ECDSAWithSHA512', value: 0x10, since: '1.1' },
      { name: 'SHA3-256 with RSA Encryption', key: 'SHA3256WithRSAEncryption', value: 0x11, since: '1.4' },
      { name: 'SHA3-384 with RSA Encryption', key: 'SHA3384WithRSAEncryption', value: 0x12, since: '1.4' },
      { name: 'SHA3-512 with RSA Encryption', key: 'SHA3512WithRSAEncryption', value: 0x13, since: '1.4' },
    ],
  },
  {
    name: 'DRBG Algorithm',
    key: 'DRBGAlgorithm',
    since: '1.3',
    fieldTags: [Tag.DRBGAlgorithm],
    source: ['KMIP 1.4 §9.1.3.2.38', 'KMIP 2.1 §11.17 Table 448'],
    entries: [
      { name: 'Unspecified', key: 'Unspecified', value: 0x01, since: '1.3' },
      { name: 'Dual-EC', key: 'DualEC', value: 0x02, since: '1.3' },
      { name: 'Hash', key: 'Hash', value: 0x03, since: '1.3' },
      { name: 'HMAC', key: 'HMAC', value: 0x04, since: '1.3' },
      { name: 'CTR', key: 'CTR', value: 0x05, since: '1.3' },
    ],
  },
  {
    name: 'Encoding Option',
    key: 'EncodingOption',
    since: '1.1',
    fieldTags: [Tag.EncodingOption],
    source: ['KMIP 1.4 §9.1.3.2.32 Table 320', 'KMIP 2.1 §11.18'],
    entries: [
      { name: 'No Encoding', key: 'NoEncoding', value: 0x01, since: '1.1' },
      { name: 'TTLV Encoding', key: 'TTLVEncoding', value: 0x02, since: '1.1' },
    ],
  },
  {
    name: 'Endpoint Role',
    key: 'EndpointRole',
    since: '2.0',
    fieldTags: [Tag.EndpointRole],
    source: ['KMIP 2.0 §11.19', 'KMIP 2.1 §11.19'],
    entries: [
      { name: 'Client', key: 'Client', value: 0x01, since: '2.0' },
      { name: 'Server', key: 'Server', value: 0x02, since: '2.0' },
    ],
  },
  {
    name: 'FIPS186 Variation',
    key: 'FIPS186Variation',
    since: '1.3',
    fieldTags: [Tag.FIPS186Variation],
    source: ['KMIP 1.4 §9.1.3.2.39', 'KMIP 2.1 §11.20 Table 453'],
    entries: [
      { name: 'Unspecified', key: 'Unspecified', value: 0x01, since: '1.3' },
      { name: 'GP x-Original', key: 'GPXOriginal', value: 0x02, since: '1.3' },
      { name: 'GP x-Change Notice', key: 'GPXChangeNotice', value: 0x03, since: '1.3' },
      { name: 'x-Original', key: 'XOriginal', value: 0x04, since: '1.3' },
      { name: 'x-Change Notice', key: 'XChangeNotice', value: 0x05, since: '1.3' },
      { name: 'k-Original', key: 'KOriginal', value: 0x06, since: '1.3' },
      { name: 'k-Change Notice', key: 'KChangeNotice', value: 0x07, since: '1.3' },
    ],
  },
  {
    name: 'Hashing Algorithm',
    key: 'HashingAlgorithm',
    since: '1.0',
    fieldTags: [Tag.HashingAlgorithm, Tag.MaskGeneratorHashingAlgorithm],
    source: ['KMIP 1.4 §9.1.3.2.16 Table 304', 'KMIP 2.1 §11.21 Table 454'],
    entries: [
      { name: 'MD2', key: 'MD2', value: 0x01, since: '1.0' },
      { name: 'MD4', key: 'MD4', value: 0x02, since: '1.0' },
      { name: 'MD5', key: 'MD5', value: 0x03, since: '1.0' },
      { name: 'SHA-1', key: 'SHA1', value: 0x04, since: '1.0' },
      { name: 'SHA-224', key: 'SHA224', value: 0x05, since: '1.0' },
      { name: 'SHA-256', key: 'SHA256', value: 0x06, since: '1.0' },
      { name: 'SHA-384', key: 'SHA384', value: 0x07, since: '1.0' },
      { name: 'SHA-512', key: 'SHA512', value: 0x08, since: '1.0' },
      { name: 'RIPEMD-160', key: 'RIPEMD160', value: 0x09, since: '1.0' },
      { name: 'Tiger', key: 'Tiger', value: 0x0a, since: '1.0' },
      { name: 'Whirlpool', key: 'Whirlpool', value: 0x0b, since: '1.0' },
      { name: 'SHA-512/224', key: 'SHA512224', value: 0x0c, since: '1.2' },
      { name: 'SHA-512/256', key: 'SHA512256', value: 0x0d, since: '1.2' },
      {
        name: 'SHA3-224',
        key: 'SHA3224',
        value: 0x0e,
        since: '1.4',
        formerNames: [{ name: 'SHA-3-224', until: '2.0' }],
      },
      {
        name: 'SHA3-256',
        key: 'SHA3256',
        value: 0x0f,
        since: '1.4',
        formerNames: [{ name: 'SHA-3-256', until: '2.0' }],
      },
      {
        name: 'SHA3-384',
        key: 'SHA3384',
        value: 0x10,
        since: '1.4',
        formerNames: [{ name: 'SHA-3-384', until: '2.0' }],
      },
      {
        name: 'SHA3-512',
        key: 'SHA3512',
        value: 0x11,
        since: '1.4',
        formerNames: [{ name: 'SHA-3-512', until: '2.0' }],
      },
    ],
  },
  {
    name: 'Interop Function',
    key: 'InteropFunction',
    since: '2.0',
    fieldTags: [Tag.InteropFunction],
    source: ['KMIP 2.0 §11.22', 'KMIP 2.1 §11.22'],
    entries: [
      { name: 'Begin', key: 'Begin', value: 0x01, since: '2.0' },
      { name: 'End', key: 'End', value: 0x02, since: '2.0' },
      { name: 'Reset', key: 'Reset', value: 0x03, since: '2.0' },
    ],
  },
  {
    name: 'Item Type',
    key: 'ItemType',
    since: '2.0',
    fieldTags: [Tag.ExtensionType],
    source: ['KMIP 2.0 §11.23', 'KMIP 2.1 §11.23'],
    entries: [
      { name: 'Structure', key: 'Structure', value: 0x01, since: '2.0' },
      { name: 'Integer', key: 'Integer', value: 0x02, since: '2.0' },
      { name: 'Long Integer', key: 'LongInteger', value: 0x03, since: '2.0' },
      { name: 'Big Integer', key: 'BigInteger', value: 0x04, since: '2.0' },
      { name: 'Enumeration', key: 'Enumeration', value: 0x05, since: '2.0' },
      { name: 'Boolean', key: 'Boolean', value: 0x06, since: '2.0' },
      { name: 'Text String', key: 'TextString', value: 0x07, since: '2.0' },
      { name: 'Byte String', key: 'ByteString', value: 0x08, since: '2.0' },
      { name: 'Date Time', key: 'DateTime', value: 0x09, since: '2.0' },
      { name: 'Interval', key: 'Interval', value: 0x0a, since: '2.0' },
      { name: 'Date Time Extended', key: 'DateTimeExtended', value: 0x0b, since: '2.0' },
    ],
  },
  {
    name: 'Key Compression Type',
    key: 'KeyCompressionType',
    since: '1.0',
    fieldTags: [Tag.KeyCompressionType],
    source: ['KMIP 1.4 §9.1.3.2.2 Table 290', 'KMIP 2.1 §11.24 Table 459'],
    entries: [
      { name: 'EC Public Key Type Uncompressed', key: 'ECPublicKeyTypeUncompressed', value: 0x01, since: '1.0' },
      {
        name: 'EC Public Key Type X9.62 Compressed Prime',
        key: 'ECPublicKeyTypeX962CompressedPrime',
        value: 0x02,
        since: '1.0',
      },
      {
        name: 'EC Public Key Type X9.62 Compressed Char2',
        key: 'ECPublicKeyTypeX962CompressedChar2',
        value: 0x03,
        since: '1.0',
      },
      { name: 'EC Public Key Type X9.62 Hybrid', key: 'ECPublicKeyTypeX962Hybrid', value: 0x04, since: '1.0' },
    ],
  },
  {
    name: 'Key Format Type',
    key: 'KeyFormatType',
    since: '1.0',
    fieldTags: [Tag.KeyFormatType],
    source: ['KMIP 1.4 §9.1.3.2.3 Table 291', 'KMIP 2.1 §11.25'],
    entries: [
      { name: 'Raw', key: 'Raw', value: 0x01, since: '1.0' },
      { name: 'Opaque', key: 'Opaque', value: 0x02, since: '1.0' },
      { name: 'PKCS#1', key: 'PKCS1', value: 0x03, since: '1.0' },
      { name: 'PKCS#8', key: 'PKCS8', value: 0x04, since: '1.0' },
      { name: 'X.509', key: 'X509', value: 0x05, since: '1.0' },
      { name: 'ECPrivateKey', key: 'ECPrivateKey', value: 0x06, since: '1.0' },
      { name: 'Transparent Symmetric Key', key: 'TransparentSymmetricKey', value: 0x07, since: '1.0' },
      { name: 'Transparent DSA Private Key', key: 'TransparentDSAPrivateKey', value: 0x08, since: '1.0' },
      { name: 'Transparent DSA Public Key', key: 'TransparentDSAPublicKey', value: 0x09, since: '1.0' },
      { name: 'Transparent RSA Private Key', key: 'TransparentRSAPrivateKey', value: 0x0a, since: '1.0' },
      { name: 'Transparent RSA Public Key', key: 'TransparentRSAPublicKey', value: 0x0b, since: '1.0' },
      { name: 'Transparent DH Private Key', key: 'TransparentDHPrivateKey', value: 0x0c, since: '1.0' },
      { name: 'Transparent DH Public Key', key: 'TransparentDHPublicKey', value: 0x0d, since: '1.0' },
      {
        name: 'Transparent ECDSA Private Key',
        key: 'TransparentECDSAPrivateKey',
        value: 0x0e,
        since: '1.0',
        removedIn: '2.0',
      },
      {
        name: 'Transparent ECDSA Public Key',
        key: 'TransparentECDSAPublicKey',
        value: 0x0f,
        since: '1.0',
        removedIn: '2.0',
      },
      {
        name: 'Transparent ECDH Private Key',
        key: 'TransparentECDHPrivateKey',
        value: 0x10,
        since: '1.0',
        removedIn: '2.0',
      },
      {
        name: 'Transparent ECDH Public Key',
        key: 'TransparentECDHPublicKey',
        value: 0x11,
        since: '1.0',
        removedIn: '2.0',
      },
      {
        name: 'Transparent ECMQV Private Key',
        key: 'TransparentECMQVPrivateKey',
        value: 0x12,
        since: '1.0',
        removedIn: '2.0',
      },
      {
        name: 'Transparent ECMQV Public Key',
        key: 'TransparentECMQVPublicKey',
        value: 0x13,
        since: '1.0',
        removedIn: '2.0',
      },
      { name: 'Transparent EC Private Key', key: 'TransparentECPrivateKey', value: 0x14, since: '1.3' },
      { name: 'Transparent EC Public Key', key: 'TransparentECPublicKey', value: 0x15, since: '1.3' },
      { name: 'PKCS#12', key: 'PKCS12', value: 0x16, since: '1.4' },
      { name: 'PKCS#10', key: 'PKCS10', value: 0x17, since: '2.0' },
    ],
  },
  {
    name: 'Key Role Type',
    key: 'KeyRoleType',
    since: '1.0',
    fieldTags: [Tag.KeyRoleType],
    source: ['KMIP 1.4 §9.1.3.2.17 Table 305', 'KMIP 2.1 §11.26 Table 462'],
    entries: [
      { name: 'BDK', key: 'BDK', value: 0x01, since: '1.0' },
      { name: 'CVK', key: 'CVK', value: 0x02, since: '1.0' },
      { name: 'DEK', key: 'DEK', value: 0x03, since: '1.0' },
      { name: 'MKAC', key: 'MKAC', value: 0x04, since: '1.0' },
      { name: 'MKSMC', key: 'MKSMC', value: 0x05, since: '1.0' },
      { name: 'MKSMI', key: 'MKSMI', value: 0x06, since: '1.0' },
      { name: 'MKDAC', key: 'MKDAC', value: 0x07, since: '1.0' },
      { name: 'MKDN', key: 'MKDN', value: 0x08, since: '1.0' },
      { name: 'MKCP', key: 'MKCP', value: 0x09, since: '1.0' },
      { name: 'MKOTH', key: 'MKOTH', value: 0x0a, since: '1.0' },
      { name: 'KEK', key: 'KEK', value: 0x0b, since: '1.0' },
      { name: 'MAC16609', key: 'MAC16609', value: 0x0c, since: '1.0' },
      { name: 'MAC97971', key: 'MAC97971', value: 0x0d, since: '1.0' },
      { name: 'MAC97972', key: 'MAC97972', value: 0x0e, since: '1.0' },
      { name: 'MAC97973', key: 'MAC97973', value: 0x0f, since: '1.0' },
      { name: 'MAC97974', key: 'MAC97974', value: 0x10, since: '1.0' },
      { name: 'MAC97975', key: 'MAC97975', value: 0x11, since: '1.0' },
      { name: 'ZPK', key: 'ZPK', value: 0x12, since: '1.0' },
      { name: 'PVKIBM', key: 'PVKIBM', value: 0x13, since: '1.0' },
      { name: 'PVKPVV', key: 'PVKPVV', value: 0x14, since: '1.0' },
      { name: 'PVKOTH', key: 'PVKOTH', value: 0x15, since: '1.0' },
      { name: 'DUKPT', key: 'DUKPT', value: 0x16, since: '1.4' },
      { name: 'IV', key: 'IV', value: 0x17, since: '1.4' },
      { name: 'TRKBK', key: 'TRKBK', value: 0x18, since: '1.4' },
    ],
  },
  {
    name: 'Key Value Location Type',
    key: 'KeyValueLocationType',
    since: '1.2',
    fieldTags: [Tag.KeyValueLocationType],
    source: ['KMIP 1.4 §9.1.3.2.35 Table 323', 'KMIP 2.1 §11.27 Table 463'],
    entries: [
      { name: 'Uninterpreted Text String', key: 'UninterpretedTextString', value: 0x01, since: '1.2' },
      { name: 'URI', key: 'URI', value: 0x02, since: '1.2' },
    ],
  },
  {
    name: 'Key Wrap Type',
    key: 'KeyWrapType',
    since: '1.4',
    fieldTags: [Tag.KeyWrapType],
    source: ['KMIP 1.4 §9.1.3.2.48', 'KMIP 2.1 §11.29'],
    entries: [
      { name: 'Not Wrapped', key: 'NotWrapped', value: 0x01, since: '1.4' },
      { name: 'As Registered', key: 'AsRegistered', value: 0x02, since: '1.4' },
    ],
  },
  {
    name: 'Link Type',
    key: 'LinkType',
    since: '1.0',
    fieldTags: [Tag.LinkType],
    source: ['KMIP 1.4 §9.1.3.2.20 Table 308', 'KMIP 2.1 §11.28'],
    entries: [
      { name: 'Certificate Link', key: 'CertificateLink', value: 0x101, since: '1.0' },
      { name: 'Public Key Link', key: 'PublicKeyLink', value: 0x102, since: '1.0' },
      { name: 'Private Key Link', key: 'PrivateKeyLink', value: 0x103, since: '1.0' },
      { name: 'Derivation Base Object Link', key: 'DerivationBaseObjectLink', value: 0x104, since: '1.0' },
      { name: 'Derived Key Link', key: 'DerivedKeyLink', value: 0x105, since: '1.0' },
      { name: 'Replacement Object Link', key: 'ReplacementObjectLink', value: 0x106, since: '1.0' },
      { name: 'Replaced Object Link', key: 'ReplacedObjectLink', value: 0x107, since: '1.0' },
      { name: 'Parent Link', key: 'ParentLink', value: 0x108, since: '1.2' },
      { name: 'Child Link', key: 'ChildLink', value: 0x109, since: '1.2' },
      { name: 'Previous Link', key: 'PreviousLink', value: 0x10a, since: '1.2' },
      { name: 'Next Link', key: 'NextLink', value: 0x10b, since: '1.2' },
      { name: 'PKCS#12 Certificate Link', key: 'PKCS12CertificateLink', value: 0x10c, since: '1.4' },
      { name: 'PKCS#12 Password Link', key: 'PKCS12PasswordLink', value: 0x10d, since: '1.4' },
      { name: 'Wrapping Key Link', key: 'WrappingKeyLink', value: 0x10e, since: '2.0' },
    ],
  },
  {
    name: 'Mask Generator',
    key: 'MaskGenerator',
    since: '1.4',
    fieldTags: [Tag.MaskGenerator],
    source: ['KMIP 1.4 §9.1.3.2.49', 'KMIP 2.1 §11.30'],
    entries: [
      { name: 'MGF1', key: 'MGF1', value: 0x01, since: '1.4', removedIn: '2.0' },
      { name: 'MFG1', key: 'MFG1', value: 0x01, since: '2.0' },
    ],
  },
  {
    name: 'Name Type',
    key: 'NameType',
    since: '1.0',
    fieldTags: [Tag.NameType],
    source: ['KMIP 1.4 §9.1.3.2.11 Table 299', 'KMIP 2.1 §11.31 Table 466'],
    entries: [
      { name: 'Uninterpreted Text String', key: 'UninterpretedTextString', value: 0x01, since: '1.0' },
      { name: 'URI', key: 'URI', value: 0x02, since: '1.0' },
    ],
  },
  {
    name: 'NIST Key Type',
    key: 'NISTKeyType',
    since: '2.0',
    fieldTags: [Tag.NISTKeyType],
    source: ['KMIP 2.0 §11.32', 'KMIP 2.1 §11.32'],
    entries: [
      { name: 'Private signature key', key: 'PrivateSignatureKey', value: 0x01, since: '2.0' },
      { name: 'Public signature verification key', key: 'PublicSignatureVerificationKey', value: 0x02, since: '2.0' },
      { name: 'Symmetric authentication key', key: 'SymmetricAuthenticationKey', value: 0x03, since: '2.0' },
      { name: 'Private authentication key', key: 'PrivateAuthenticationKey', value: 0x04, since: '2.0' },
      { name: 'Public authentication key', key: 'PublicAuthenticationKey', value: 0x05, since: '2.0' },
      { name: 'Symmetric data encryption key', key: 'SymmetricDataEncryptionKey', value: 0x06, since: '2.0' },
      { name: 'Symmetric key wrapping key', key: 'SymmetricKeyWrappingKey', value: 0x07, since: '2.0' },
      {
        name: 'Symmetric random number generation key',
        key: 'SymmetricRandomNumberGenerationKey',
        value: 0x08,
        since: '2.0',
      },
      { name: 'Symmetric master key', key: 'SymmetricMasterKey', value: 0x09, since: '2.0' },
      { name: 'Private key transport key', key: 'PrivateKeyTransportKey', value: 0x0a, since: '2.0' },
      { name: 'Public key transport key', key: 'PublicKeyTransportKey', value: 0x0b, since: '2.0' },
      { name: 'Symmetric key agreement key', key: 'SymmetricKeyAgreementKey', value: 0x0c, since: '2.0' },
      { name: 'Private static key agreement key', key: 'PrivateStaticKeyAgreementKey', value: 0x0d, since: '2.0' },
      { name: 'Public static key agreement key', key: 'PublicStaticKeyAgreementKey', value: 0x0e, since: '2.0' },
      {
        name: 'Private ephemeral key agreement key',
        key: 'PrivateEphemeralKeyAgreementKey',
        value: 0x0f,
        since: '2.0',
      },
      { name: 'Public ephemeral key agreement key', key: 'PublicEphemeralKeyAgreementKey', value: 0x10, since: '2.0' },
      { name: 'Symmetric authorization key', key: 'SymmetricAuthorizationKey', value: 0x11, since: '2.0' },
      { name: 'Private authorization key', key: 'PrivateAuthorizationKey', value: 0x12, since: '2.0' },
      { name: 'Public authorization key', key: 'PublicAuthorizationKey', value: 0x13, since: '2.0' },
    ],
  },
  {
    name: 'Object Group Member',
    key: 'ObjectGroupMember',
    since: '1.1',
    fieldTags: [Tag.ObjectGroupMember],
    source: ['KMIP 1.4 §9.1.3.2.33 Table 321', 'KMIP 2.1 §11.33 Table 467'],
    entries: [
      { name: 'Group Member Fresh', key: 'GroupMemberFresh', value: 0x01, since: '1.1' },
      { name: 'Group Member Default', key: 'GroupMemberDefault', value: 0x02, since: '1.1' },
    ],
  },
  {
    name: 'Object Type',
    key: 'ObjectType',
    since: '1.0',
    fieldTags: [Tag.ObjectType],
    source: ['KMIP 1.4 §9.1.3.2.12 Table 300', 'KMIP 2.1 §11.34 Table 468'],
    entries: [
      { name: 'Certificate', key: 'Certificate', value: 0x01, since: '1.0' },
      { name: 'Symmetric Key', key: 'SymmetricKey', value: 0x02, since: '1.0' },
      { name: 'Public Key', key: 'PublicKey', value: 0x03, since: '1.0' },
      { name: 'Private Key', key: 'PrivateKey', value: 0x04, since: '1.0' },
      { name: 'Split Key', key: 'SplitKey', value: 0x05, since: '1.0' },
      { name: 'Template', key: 'Template', value: 0x06, since: '1.0', removedIn: '2.0' },
      { name: 'Secret Data', key: 'SecretData', value: 0x07, since: '1.0' },
      { name: 'Opaque Object', key: 'OpaqueObject', value: 0x08, since: '1.0' },
      { name: 'PGP Key', key: 'PGPKey', value: 0x09, since: '1.2' },
      { name: 'Certificate Request', key: 'CertificateRequest', value: 0x0a, since: '2.0' },
    ],
  },
  {
    name: 'Opaque Data Type',
    key: 'OpaqueDataType',
    since: '1.0',
    fieldTags: [Tag.OpaqueDataType],
    source: ['KMIP 1.4 §9.1.3.2.10 Table 298', 'KMIP 2.1 §11.35 Table 469'],
    entries: [],
  },
  {
    name: 'Operation',
    key: 'Operation',
    since: '1.0',
    fieldTags: [Tag.Operation],
    source: ['KMIP 1.4 §9.1.3.2.27 Table 315', 'KMIP 2.1 §11.36 Table 470'],
    entries: [
      { name: 'Create', key: 'Create', value: 0x01, since: '1.0' },
      { name: 'Create Key Pair', key: 'CreateKeyPair', value: 0x02, since: '1.0' },
      { name: 'Register', key: 'Register', value: 0x03, since: '1.0' },
      { name: 'Re-key', key: 'ReKey', value: 0x04, since: '1.0' },
      { name: 'Derive Key', key: 'DeriveKey', value: 0x05, since: '1.0' },
      { name: 'Certify', key: 'Certify', value: 0x06, since: '1.0' },
      { name: 'Re-certify', key: 'ReCertify', value: 0x07, since: '1.0' },
      { name: 'Locate', key: 'Locate', value: 0x08, since: '1.0' },
      { name: 'Check', key: 'Check', value: 0x09, since: '1.0' },
      { name: 'Get', key: 'Get', value: 0x0a, since: '1.0' },
      { name: 'Get Attributes', key: 'GetAttributes', value: 0x0b, since: '1.0' },
      { name: 'Get Attribute List', key: 'GetAttributeList', value: 0x0c, since: '1.0' },
      { name: 'Add Attribute', key: 'AddAttribute', value: 0x0d, since: '1.0' },
      { name: 'Modify Attribute', key: 'ModifyAttribute', value: 0x0e, since: '1.0' },
      { name: 'Delete Attribute', key: 'DeleteAttribute', value: 0x0f, since: '1.0' },
      { name: 'Obtain Lease', key: 'ObtainLease', value: 0x10, since: '1.0' },
      { name: 'Get Usage Allocation', key: 'GetUsageAllocation', value: 0x11, since: '1.0' },
      { name: 'Activate', key: 'Activate', value: 0x12, since: '1.0' },
      { name: 'Revoke', key: 'Revoke', value: 0x13, since: '1.0' },
      { name: 'Destroy', key: 'Destroy', value: 0x14, since: '1.0' },
      { name: 'Archive', key: 'Archive', value: 0x15, since: '1.0' },
      { name: 'Recover', key: 'Recover', value: 0x16, since: '1.0' },
      { name: 'Validate', key: 'Validate', value: 0x17, since: '1.0' },
      { name: 'Query', key: 'Query', value: 0x18, since: '1.0' },
      { name: 'Cancel', key: 'Cancel', value: 0x19, since: '1.0' },
      { name: 'Poll', key: 'Poll', value: 0x1a, since: '1.0' },
      { name: 'Notify', key: 'Notify', value: 0x1b, since: '1.0' },
      { name: 'Put', key: 'Put', value: 0x1c, since: '1.0' },
      { name: 'Re-key Key Pair', key: 'ReKeyKeyPair', value: 0x1d, since: '1.1' },
      { name: 'Discover Versions', key: 'DiscoverVersions', value: 0x1e, since: '1.1' },
      { name: 'Encrypt', key: 'Encrypt', value: 0x1f, since: '1.2' },
      { name: 'Decrypt', key: 'Decrypt', value: 0x20, since: '1.2' },
      { name: 'Sign', key: 'Sign', value: 0x21, since: '1.2' },
      { name: 'Signature Verify', key: 'SignatureVerify', value: 0x22, since: '1.2' },
      { name: 'MAC', key: 'MAC', value: 0x23, since: '1.2' },
      { name: 'MAC Verify', key: 'MACVerify', value: 0x24, since: '1.2' },
      { name: 'RNG Retrieve', key: 'RNGRetrieve', value: 0x25, since: '1.2' },
      { name: 'RNG Seed', key: 'RNGSeed', value: 0x26, since: '1.2' },
      { name: 'Hash', key: 'Hash', value: 0x27, since: '1.2' },
      { name: 'Create Split Key', key: 'CreateSplitKey', value: 0x28, since: '1.2' },
      { name: 'Join Split Key', key: 'JoinSplitKey', value: 0x29, since: '1.2' },
      { name: 'Import', key: 'Import', value: 0x2a, since: '1.4' },
      { name: 'Export', key: 'Export', value: 0x2b, since: '1.4' },
      { name: 'Log', key: 'Log', value: 0x2c, since: '2.0' },
      { name: 'Login', key: 'Login', value: 0x2d, since: '2.0' },
      { name: 'Logout', key: 'Logout', value: 0x2e, since: '2.0' },
      { name: 'Delegated Login', key: 'DelegatedLogin', value: 0x2f, since: '2.0' },
      { name: 'Adjust Attribute', key: 'AdjustAttribute', value: 0x30, since: '2.0' },
      { name: 'Set Attribute', key: 'SetAttribute', value: 0x31, since: '2.0' },
      { name: 'Set Endpoint Role', key: 'SetEndpointRole', value: 0x32, since: '2.0' },
      { name: 'PKCS#11', key: 'PKCS11', value: 0x33, since: '2.0' },
      { name: 'Interop', key: 'Interop', value: 0x34, since: '2.0' },
      { name: 'Re-Provision', key: 'ReProvision', value: 0x35, since: '2.0' },
      { name: 'Set Defaults', key: 'SetDefaults', value: 0x36, since: '2.1' },
      { name: 'Set Constraints', key: 'SetConstraints', value: 0x37, since: '2.1' },
      { name: 'Get Constraints', key: 'GetConstraints', value: 0x38, since: '2.1' },
      { name: 'Query Asynchronous Requests', key: 'QueryAsynchronousRequests', value: 0x39, since: '2.1' },
      { name: 'Process', key: 'Process', value: 0x3a, since: '2.1' },
      { name: 'Ping', key: 'Ping', value: 0x3b, since: '2.1' },
    ],
  },
  {
    name: 'Padding Method',
    key: 'PaddingMethod',
    since: '1.0',
    fieldTags: [Tag.PaddingMethod],
    source: ['KMIP 1.4 §9.1.3.2.15 Table 303', 'KMIP 2.1 §11.37 Table 471'],
    entries: [
      { name: 'None', key: 'None', value: 0x01, since: '1.0' },
      { name: 'OAEP', key: 'OAEP', value: 0x02, since: '1.0' },
      { name: 'PKCS5', key: 'PKCS5', value: 0x03, since: '1.0' },
      { name: 'SSL3', key: 'SSL3', value: 0x04, since: '1.0' },
      { name: 'Zeros', key: 'Zeros', value: 0x05, since: '1.0' },
      { name: 'ANSI X9.23', key: 'ANSIX923', value: 0x06, since: '1.0' },
      { name: 'ISO 10126', key: 'ISO10126', value: 0x07, since: '1.0' },
      { name: 'PKCS1 v1.5', key: 'PKCS1V15', value: 0x08, since: '1.0' },
      { name: 'X9.31', key: 'X931', value: 0x09, since: '1.0' },
      { name: 'PSS', key: 'PSS', value: 0x0a, since: '1.0' },
    ],
  },
  {
    name: 'PKCS#11 Function',
    key: 'PKCS11Function',
    since: '2.0',
    fieldTags: [Tag.PKCS11Function],
    source: ['KMIP 2.0 §11.38', 'KMIP 2.1 §11.38'],
    entries: [],
  },
  {
    name: 'PKCS#11 Return Code',
    key: 'PKCS11ReturnCode',
    since: '2.0',
    fieldTags: [Tag.PKCS11ReturnCode],
    source: ['KMIP 2.0 §11.39', 'KMIP 2.1 §11.39'],
    entries: [],
  },
  {
    name: 'Processing Stage',
    key: 'ProcessingStage',
    since: '2.1',
    fieldTags: [Tag.ProcessingStage],
    source: ['KMIP 2.1 §11.40 Table 472'],
    entries: [
      { name: 'Submitted', key: 'Submitted', value: 0x01, since: '2.1' },
      { name: 'In Process', key: 'InProcess', value: 0x02, since: '2.1' },
      { name: 'Completed', key: 'Completed', value: 0x03, since: '2.1' },
    ],
  },
  {
    name: 'Profile Name',
    key: 'ProfileName',
    since: '1.3',
    fieldTags: [Tag.ProfileName],
    source: ['KMIP 1.4 §9.1.3.2.42', 'KMIP 2.0 §11.40 Table 434', 'KMIP 2.1 §11.41 Table 473'],
    entries: [
      {
        name: 'Baseline Server Basic KMIP v1.2',
        key: 'BaselineServerBasicKMIPV12',
        value: 0x01,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Baseline Server TLS v1.2 KMIP v1.2',
        key: 'BaselineServerTLSV12KMIPV12',
        value: 0x02,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Baseline Client Basic KMIP v1.2',
        key: 'BaselineClientBasicKMIPV12',
        value: 0x03,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Baseline Client TLS v1.2 KMIP v1.2',
        key: 'BaselineClientTLSV12KMIPV12',
        value: 0x04,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Complete Server Basic KMIP v1.2',
        key: 'CompleteServerBasicKMIPV12',
        value: 0x05,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Complete Server TLS v1.2 KMIP v1.2',
        key: 'CompleteServerTLSV12KMIPV12',
        value: 0x06,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Tape Library Client KMIP v1.0',
        key: 'TapeLibraryClientKMIPV10',
        value: 0x07,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Tape Library Client KMIP v1.1',
        key: 'TapeLibraryClientKMIPV11',
        value: 0x08,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Tape Library Client KMIP v1.2',
        key: 'TapeLibraryClientKMIPV12',
        value: 0x09,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Tape Library Server KMIP v1.0',
        key: 'TapeLibraryServerKMIPV10',
        value: 0x0a,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Tape Library Server KMIP v1.1',
        key: 'TapeLibraryServerKMIPV11',
        value: 0x0b,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Tape Library Server KMIP v1.2',
        key: 'TapeLibraryServerKMIPV12',
        value: 0x0c,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Symmetric Key Lifecycle Client KMIP v1.0',
        key: 'SymmetricKeyLifecycleClientKMIPV10',
        value: 0x0d,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Symmetric Key Lifecycle Client KMIP v1.1',
        key: 'SymmetricKeyLifecycleClientKMIPV11',
        value: 0x0e,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Symmetric Key Lifecycle Client KMIP v1.2',
        key: 'SymmetricKeyLifecycleClientKMIPV12',
        value: 0x0f,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Symmetric Key Lifecycle Server KMIP v1.0',
        key: 'SymmetricKeyLifecycleServerKMIPV10',
        value: 0x10,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Symmetric Key Lifecycle Server KMIP v1.1',
        key: 'SymmetricKeyLifecycleServerKMIPV11',
        value: 0x11,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Symmetric Key Lifecycle Server KMIP v1.2',
        key: 'SymmetricKeyLifecycleServerKMIPV12',
        value: 0x12,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Asymmetric Key Lifecycle Client KMIP v1.0',
        key: 'AsymmetricKeyLifecycleClientKMIPV10',
        value: 0x13,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Asymmetric Key Lifecycle Client KMIP v1.1',
        key: 'AsymmetricKeyLifecycleClientKMIPV11',
        value: 0x14,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Asymmetric Key Lifecycle Client KMIP v1.2',
        key: 'AsymmetricKeyLifecycleClientKMIPV12',
        value: 0x15,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Asymmetric Key Lifecycle Server KMIP v1.0',
        key: 'AsymmetricKeyLifecycleServerKMIPV10',
        value: 0x16,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Asymmetric Key Lifecycle Server KMIP v1.1',
        key: 'AsymmetricKeyLifecycleServerKMIPV11',
        value: 0x17,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Asymmetric Key Lifecycle Server KMIP v1.2',
        key: 'AsymmetricKeyLifecycleServerKMIPV12',
        value: 0x18,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Basic Cryptographic Client KMIP v1.2',
        key: 'BasicCryptographicClientKMIPV12',
        value: 0x19,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Basic Cryptographic Server KMIP v1.2',
        key: 'BasicCryptographicServerKMIPV12',
        value: 0x1a,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Advanced Cryptographic Client KMIP v1.2',
        key: 'AdvancedCryptographicClientKMIPV12',
        value: 0x1b,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Advanced Cryptographic Server KMIP v1.2',
        key: 'AdvancedCryptographicServerKMIPV12',
        value: 0x1c,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'RNG Cryptographic Client KMIP v1.2',
        key: 'RNGCryptographicClientKMIPV12',
        value: 0x1d,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'RNG Cryptographic Server KMIP v1.2',
        key: 'RNGCryptographicServerKMIPV12',
        value: 0x1e,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Basic Symmetric Key Foundry Client KMIP v1.0',
        key: 'BasicSymmetricKeyFoundryClientKMIPV10',
        value: 0x1f,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Intermediate Symmetric Key Foundry Client KMIP v1.0',
        key: 'IntermediateSymmetricKeyFoundryClientKMIPV10',
        value: 0x20,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Advanced Symmetric Key Foundry Client KMIP v1.0',
        key: 'AdvancedSymmetricKeyFoundryClientKMIPV10',
        value: 0x21,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Basic Symmetric Key Foundry Client KMIP v1.1',
        key: 'BasicSymmetricKeyFoundryClientKMIPV11',
        value: 0x22,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Intermediate Symmetric Key Foundry Client KMIP v1.1',
        key: 'IntermediateSymmetricKeyFoundryClientKMIPV11',
        value: 0x23,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Advanced Symmetric Key Foundry Client KMIP v1.1',
        key: 'AdvancedSymmetricKeyFoundryClientKMIPV11',
        value: 0x24,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Basic Symmetric Key Foundry Client KMIP v1.2',
        key: 'BasicSymmetricKeyFoundryClientKMIPV12',
        value: 0x25,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Intermediate Symmetric Key Foundry Client KMIP v1.2',
        key: 'IntermediateSymmetricKeyFoundryClientKMIPV12',
        value: 0x26,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Advanced Symmetric Key Foundry Client KMIP v1.2',
        key: 'AdvancedSymmetricKeyFoundryClientKMIPV12',
        value: 0x27,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Symmetric Key Foundry Server KMIP v1.0',
        key: 'SymmetricKeyFoundryServerKMIPV10',
        value: 0x28,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Symmetric Key Foundry Server KMIP v1.1',
        key: 'SymmetricKeyFoundryServerKMIPV11',
        value: 0x29,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Symmetric Key Foundry Server KMIP v1.2',
        key: 'SymmetricKeyFoundryServerKMIPV12',
        value: 0x2a,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Opaque Managed Object Store Client KMIP v1.0',
        key: 'OpaqueManagedObjectStoreClientKMIPV10',
        value: 0x2b,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Opaque Managed Object Store Client KMIP v1.1',
        key: 'OpaqueManagedObjectStoreClientKMIPV11',
        value: 0x2c,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Opaque Managed Object Store Client KMIP v1.2',
        key: 'OpaqueManagedObjectStoreClientKMIPV12',
        value: 0x2d,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Opaque Managed Object Store Server KMIP v1.0',
        key: 'OpaqueManagedObjectStoreServerKMIPV10',
        value: 0x2e,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Opaque Managed Object Store Server KMIP v1.1',
        key: 'OpaqueManagedObjectStoreServerKMIPV11',
        value: 0x2f,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Opaque Managed Object Store Server KMIP v1.2',
        key: 'OpaqueManagedObjectStoreServerKMIPV12',
        value: 0x30,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Suite B minLOS_128 Client KMIP v1.0',
        key: 'SuiteBMinLOS128ClientKMIPV10',
        value: 0x31,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Suite B minLOS_128 Client KMIP v1.1',
        key: 'SuiteBMinLOS128ClientKMIPV11',
        value: 0x32,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Suite B minLOS_128 Client KMIP v1.2',
        key: 'SuiteBMinLOS128ClientKMIPV12',
        value: 0x33,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Suite B minLOS_128 Server KMIP v1.0',
        key: 'SuiteBMinLOS128ServerKMIPV10',
        value: 0x34,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Suite B minLOS_128 Server KMIP v1.1',
        key: 'SuiteBMinLOS128ServerKMIPV11',
        value: 0x35,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Suite B minLOS_128 Server KMIP v1.2',
        key: 'SuiteBMinLOS128ServerKMIPV12',
        value: 0x36,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Suite B minLOS_192 Client KMIP v1.0',
        key: 'SuiteBMinLOS192ClientKMIPV10',
        value: 0x37,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Suite B minLOS_192 Client KMIP v1.1',
        key: 'SuiteBMinLOS192ClientKMIPV11',
        value: 0x38,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Suite B minLOS_192 Client KMIP v1.2',
        key: 'SuiteBMinLOS192ClientKMIPV12',
        value: 0x39,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Suite B minLOS_192 Server KMIP v1.0',
        key: 'SuiteBMinLOS192ServerKMIPV10',
        value: 0x3a,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Suite B minLOS_192 Server KMIP v1.1',
        key: 'SuiteBMinLOS192ServerKMIPV11',
        value: 0x3b,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Suite B minLOS_192 Server KMIP v1.2',
        key: 'SuiteBMinLOS192ServerKMIPV12',
        value: 0x3c,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Storage Array with Self Encrypting Drive Client KMIP v1.0',
        key: 'StorageArrayWithSelfEncryptingDriveClientKMIPV10',
        value: 0x3d,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Storage Array with Self Encrypting Drive Client KMIP v1.1',
        key: 'StorageArrayWithSelfEncryptingDriveClientKMIPV11',
        value: 0x3e,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Storage Array with Self Encrypting Drive Client KMIP v1.2',
        key: 'StorageArrayWithSelfEncryptingDriveClientKMIPV12',
        value: 0x3f,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Storage Array with Self Encrypting Drive Server KMIP v1.0',
        key: 'StorageArrayWithSelfEncryptingDriveServerKMIPV10',
        value: 0x40,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Storage Array with Self Encrypting Drive Server KMIP v1.1',
        key: 'StorageArrayWithSelfEncryptingDriveServerKMIPV11',
        value: 0x41,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Storage Array with Self Encrypting Drive Server KMIP v1.2',
        key: 'StorageArrayWithSelfEncryptingDriveServerKMIPV12',
        value: 0x42,
        since: '1.3',
        removedIn: '2.0',
      },
      { name: 'HTTPS Client KMIP v1.0', key: 'HTTPSClientKMIPV10', value: 0x43, since: '1.3', removedIn: '2.0' },
      { name: 'HTTPS Client KMIP v1.1', key: 'HTTPSClientKMIPV11', value: 0x44, since: '1.3', removedIn: '2.0' },
      { name: 'HTTPS Client KMIP v1.2', key: 'HTTPSClientKMIPV12', value: 0x45, since: '1.3', removedIn: '2.0' },
      { name: 'HTTPS Server KMIP v1.0', key: 'HTTPSServerKMIPV10', value: 0x46, since: '1.3', removedIn: '2.0' },
      { name: 'HTTPS Server KMIP v1.1', key: 'HTTPSServerKMIPV11', value: 0x47, since: '1.3', removedIn: '2.0' },
      { name: 'HTTPS Server KMIP v1.2', key: 'HTTPSServerKMIPV12', value: 0x48, since: '1.3', removedIn: '2.0' },
      { name: 'JSON Client KMIP v1.0', key: 'JSONClientKMIPV10', value: 0x49, since: '1.3', removedIn: '2.0' },
      { name: 'JSON Client KMIP v1.1', key: 'JSONClientKMIPV11', value: 0x4a, since: '1.3', removedIn: '2.0' },
      { name: 'JSON Client KMIP v1.2', key: 'JSONClientKMIPV12', value: 0x4b, since: '1.3', removedIn: '2.0' },
      { name: 'JSON Server KMIP v1.0', key: 'JSONServerKMIPV10', value: 0x4c, since: '1.3', removedIn: '2.0' },
      { name: 'JSON Server KMIP v1.1', key: 'JSONServerKMIPV11', value: 0x4d, since: '1.3', removedIn: '2.0' },
      { name: 'JSON Server KMIP v1.2', key: 'JSONServerKMIPV12', value: 0x4e, since: '1.3', removedIn: '2.0' },
      { name: 'XML Client KMIP v1.0', key: 'XMLClientKMIPV10', value: 0x4f, since: '1.3', removedIn: '2.0' },
      { name: 'XML Client KMIP v1.1', key: 'XMLClientKMIPV11', value: 0x50, since: '1.3', removedIn: '2.0' },
      { name: 'XML Client KMIP v1.2', key: 'XMLClientKMIPV12', value: 0x51, since: '1.3', removedIn: '2.0' },
      { name: 'XML Server KMIP v1.0', key: 'XMLServerKMIPV10', value: 0x52, since: '1.3', removedIn: '2.0' },
      { name: 'XML Server KMIP v1.1', key: 'XMLServerKMIPV11', value: 0x53, since: '1.3', removedIn: '2.0' },
      { name: 'XML Server KMIP v1.2', key: 'XMLServerKMIPV12', value: 0x54, since: '1.3', removedIn: '2.0' },
      {
        name: 'Baseline Server Basic KMIP v1.3',
        key: 'BaselineServerBasicKMIPV13',
        value: 0x55,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Baseline Server TLS v1.2 KMIP v1.3',
        key: 'BaselineServerTLSV12KMIPV13',
        value: 0x56,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Baseline Client Basic KMIP v1.3',
        key: 'BaselineClientBasicKMIPV13',
        value: 0x57,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Baseline Client TLS v1.2 KMIP v1.3',
        key: 'BaselineClientTLSV12KMIPV13',
        value: 0x58,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Complete Server Basic KMIP v1.3',
        key: 'CompleteServerBasicKMIPV13',
        value: 0x59,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Complete Server TLS v1.2 KMIP v1.3',
        key: 'CompleteServerTLSV12KMIPV13',
        value: 0x5a,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Tape Library Client KMIP v1.3',
        key: 'TapeLibraryClientKMIPV13',
        value: 0x5b,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Tape Library Server KMIP v1.3',
        key: 'TapeLibraryServerKMIPV13',
        value: 0x5c,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Symmetric Key Lifecycle Client KMIP v1.3',
        key: 'SymmetricKeyLifecycleClientKMIPV13',
        value: 0x5d,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Symmetric Key Lifecycle Server KMIP v1.3',
        key: 'SymmetricKeyLifecycleServerKMIPV13',
        value: 0x5e,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Asymmetric Key Lifecycle Client KMIP v1.3',
        key: 'AsymmetricKeyLifecycleClientKMIPV13',
        value: 0x5f,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Asymmetric Key Lifecycle Server KMIP v1.3',
        key: 'AsymmetricKeyLifecycleServerKMIPV13',
        value: 0x60,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Basic Cryptographic Client KMIP v1.3',
        key: 'BasicCryptographicClientKMIPV13',
        value: 0x61,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Basic Cryptographic Server KMIP v1.3',
        key: 'BasicCryptographicServerKMIPV13',
        value: 0x62,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Advanced Cryptographic Client KMIP v1.3',
        key: 'AdvancedCryptographicClientKMIPV13',
        value: 0x63,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Advanced Cryptographic Server KMIP v1.3',
        key: 'AdvancedCryptographicServerKMIPV13',
        value: 0x64,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'RNG Cryptographic Client KMIP v1.3',
        key: 'RNGCryptographicClientKMIPV13',
        value: 0x65,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'RNG Cryptographic Server KMIP v1.3',
        key: 'RNGCryptographicServerKMIPV13',
        value: 0x66,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Basic Symmetric Key Foundry Client KMIP v1.3',
        key: 'BasicSymmetricKeyFoundryClientKMIPV13',
        value: 0x67,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Intermediate Symmetric Key Foundry Client KMIP v1.3',
        key: 'IntermediateSymmetricKeyFoundryClientKMIPV13',
        value: 0x68,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Advanced Symmetric Key Foundry Client KMIP v1.3',
        key: 'AdvancedSymmetricKeyFoundryClientKMIPV13',
        value: 0x69,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Symmetric Key Foundry Server KMIP v1.3',
        key: 'SymmetricKeyFoundryServerKMIPV13',
        value: 0x6a,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Opaque Managed Object Store Client KMIP v1.3',
        key: 'OpaqueManagedObjectStoreClientKMIPV13',
        value: 0x6b,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Opaque Managed Object Store Server KMIP v1.3',
        key: 'OpaqueManagedObjectStoreServerKMIPV13',
        value: 0x6c,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Suite B minLOS_128 Client KMIP v1.3',
        key: 'SuiteBMinLOS128ClientKMIPV13',
        value: 0x6d,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Suite B minLOS_128 Server KMIP v1.3',
        key: 'SuiteBMinLOS128ServerKMIPV13',
        value: 0x6e,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Suite B minLOS_192 Client KMIP v1.3',
        key: 'SuiteBMinLOS192ClientKMIPV13',
        value: 0x6f,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Suite B minLOS_192 Server KMIP v1.3',
        key: 'SuiteBMinLOS192ServerKMIPV13',
        value: 0x70,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Storage Array with Self Encrypting Drive Client KMIP v1.3',
        key: 'StorageArrayWithSelfEncryptingDriveClientKMIPV13',
        value: 0x71,
        since: '1.3',
        removedIn: '2.0',
      },
      {
        name: 'Storage Array with Self Encrypting Drive Server KMIP v1.3',
        key: 'StorageArrayWithSelfEncryptingDriveServerKMIPV13',
        value: 0x72,
        since: '1.3',
        removedIn: '2.0',
      },
      { name: 'HTTPS Client KMIP v1.3', key: 'HTTPSClientKMIPV13', value: 0x73, since: '1.3', removedIn: '2.0' },
      { name: 'HTTPS Server KMIP v1.3', key: 'HTTPSServerKMIPV13', value: 0x74, since: '1.3', removedIn: '2.0' },
      { name: 'JSON Client KMIP v1.3', key: 'JSONClientKMIPV13', value: 0x75, since: '1.3', removedIn: '2.0' },
      { name: 'JSON Server KMIP v1.3', key: 'JSONServerKMIPV13', value: 0x76, since: '1.3', removedIn: '2.0' },
      { name: 'XML Client KMIP v1.3', key: 'XMLClientKMIPV13', value: 0x77, since: '1.3', removedIn: '2.0' },
      { name: 'XML Server KMIP v1.3', key: 'XMLServerKMIPV13', value: 0x78, since: '1.3', removedIn: '2.0' },
      {
        name: 'Baseline Server Basic KMIP v1.4',
        key: 'BaselineServerBasicKMIPV14',
        value: 0x79,
        since: '1.4',
        removedIn: '2.0',
      },
      {
        name: 'Baseline Server TLS v1.2 KMIP v1.4',
        key: 'BaselineServerTLSV12KMIPV14',
        value: 0x7a,
        since: '1.4',
        removedIn: '2.0',
      },
      {
        name: 'Baseline Client Basic KMIP v1.4',
        key: 'BaselineClientBasicKMIPV14',
        value: 0x7b,
        since: '1.4',
        removedIn: '2.0',
      },
      {
        name: 'Baseline Client TLS v1.2 KMIP v1.4',
        key: 'BaselineClientTLSV12KMIPV14',
        value: 0x7c,
        since: '1.4',
        removedIn: '2.0',
      },
      {
        name: 'Complete Server Basic KMIP v1.4',
        key: 'CompleteServerBasicKMIPV14',
        value: 0x7d,
        since: '1.4',
        removedIn: '2.0',
      },
      {
        name: 'Complete Server TLS v1.2 KMIP v1.4',
        key: 'CompleteServerTLSV12KMIPV14',
        value: 0x7e,
        since: '1.4',
        removedIn: '2.0',
      },
      {
        name: 'Tape Library Client KMIP v1.4',
        key: 'TapeLibraryClientKMIPV14',
        value: 0x7f,
        since: '1.4',
        removedIn: '2.0',
      },
      {
        name: 'Tape Library Server KMIP v1.4',
        key: 'TapeLibraryServerKMIPV14',
        value: 0x80,
        since: '1.4',
        removedIn: '2.0',
      },
      {
        name: 'Symmetric Key Lifecycle Client KMIP v1.4',
        key: 'SymmetricKeyLifecycleClientKMIPV14',
        value: 0x81,
        since: '1.4',
        removedIn: '2.0',
      },
      {
        name: 'Symmetric Key Lifecycle Server KMIP v1.4',
        key: 'SymmetricKeyLifecycleServerKMIPV14',
        value: 0x82,
        since: '1.4',
        removedIn: '2.0',
      },
      {
        name: 'Asymmetric Key Lifecycle Client KMIP v1.4',
        key: 'AsymmetricKeyLifecycleClientKMIPV14',
        value: 0x83,
        since: '1.4',
        removedIn: '2.0',
      },
      {
        name: 'Asymmetric Key Lifecycle Server KMIP v1.4',
        key: 'AsymmetricKeyLifecycleServerKMIPV14',
        value: 0x84,
        since: '1.4',
        removedIn: '2.0',
      },
      {
        name: 'Basic Cryptographic Client KMIP v1.4',
        key: 'BasicCryptographicClientKMIPV14',
        value: 0x85,
        since: '1.4',
        removedIn: '2.0',
      },
      {
        name: 'Basic Cryptographic Server KMIP v1.4',
        key: 'BasicCryptographicServerKMIPV14',
        value: 0x86,
        since: '1.4',
        removedIn: '2.0',
      },
      {
        name: 'Advanced Cryptographic Client KMIP v1.4',
        key: 'AdvancedCryptographicClientKMIPV14',
        value: 0x87,
        since: '1.4',
        removedIn: '2.0',
      },
      {
        name: 'Advanced Cryptographic Server KMIP v1.4',
        key: 'AdvancedCryptographicServerKMIPV14',
        value: 0x88,
        since: '1.4',
        removedIn: '2.0',
      },
      {
        name: 'RNG Cryptographic Client KMIP v1.4',
        key: 'RNGCryptographicClientKMIPV14',
        value: 0x89,
        since: '1.4',
        removedIn: '2.0',
      },
      {
        name: 'RNG Cryptographic Server KMIP v1.4',
        key: 'RNGCryptographicServerKMIPV14',
        value: 0x8a,
        since: '1.4',
        removedIn: '2.0',
      },
      {
        name: 'Basic Symmetric Key Foundry Client KMIP v1.4',
        key: 'BasicSymmetricKeyFoundryClientKMIPV14',
        value: 0x8b,
        since: '1.4',
        removedIn: '2.0',
      },
      {
        name: 'Intermediate Symmetric Key Foundry Client KMIP v1.4',
        key: 'IntermediateSymmetricKeyFoundryClientKMIPV14',
        value: 0x8c,
        since: '1.4',
        removedIn: '2.0',
      },
      {
        name: 'Advanced Symmetric Key Foundry Client KMIP v1.4',
        key: 'AdvancedSymmetricKeyFoundryClientKMIPV14',
        value: 0x8d,
        since: '1.4',
        removedIn: '2.0',
      },
      {
        name: 'Symmetric Key Foundry Server KMIP v1.4',
        key: 'SymmetricKeyFoundryServerKMIPV14',
        value: 0x8e,
        since: '1.4',
        removedIn: '2.0',
      },
      {
        name: 'Opaque Managed Object Store Client KMIP v1.4',
        key: 'OpaqueManagedObjectStoreClientKMIPV14',
        value: 0x8f,
        since: '1.4',
        removedIn: '2.0',
      },
      {
        name: 'Opaque Managed Object Store Server KMIP v1.4',
        key: 'OpaqueManagedObjectStoreServerKMIPV14',
        value: 0x90,
        since: '1.4',
        removedIn: '2.0',
      },
      {
        name: 'Suite B minLOS_128 Client KMIP v1.4',
        key: 'SuiteBMinLOS128ClientKMIPV14',
        value: 0x91,
        since: '1.4',
        removedIn: '2.0',
      },
      {
        name: 'Suite B minLOS_128 Server KMIP v1.4',
        key: 'SuiteBMinLOS128ServerKMIPV14',
        value: 0x92,
        since: '1.4',
        removedIn: '2.0',
      },
      {
        name: 'Suite B minLOS_192 Client KMIP v1.4',
        key: 'SuiteBMinLOS192ClientKMIPV14',
        value: 0x93,
        since: '1.4',
        removedIn: '2.0',
      },
      {
        name: 'Suite B minLOS_192 Server KMIP v1.4',
        key: 'SuiteBMinLOS192ServerKMIPV14',
        value: 0x94,
        since: '1.4',
        removedIn: '2.0',
      },
      {
        name: 'Storage Array with Self Encrypting Drive Client KMIP v1.4',
        key: 'StorageArrayWithSelfEncryptingDriveClientKMIPV14',
        value: 0x95,
        since: '1.4',
        removedIn: '2.0',
      },
      {
        name: 'Storage Array with Self Encrypting Drive Server KMIP v1.4',
        key: 'StorageArrayWithSelfEncryptingDriveServerKMIPV14',
        value: 0x96,
        since: '1.4',
        removedIn: '2.0',
      },
      { name: 'HTTPS Client KMIP v1.4', key: 'HTTPSClientKMIPV14', value: 0x97, since: '1.4', removedIn: '2.0' },
      { name: 'HTTPS Server KMIP v1.4', key: 'HTTPSServerKMIPV14', value: 0x98, since: '1.4', removedIn: '2.0' },
      { name: 'JSON Client KMIP v1.4', key: 'JSONClientKMIPV14', value: 0x99, since: '1.4', removedIn: '2.0' },
      { name: 'JSON Server KMIP v1.4', key: 'JSONServerKMIPV14', value: 0x9a, since: '1.4', removedIn: '2.0' },
      { name: 'XML Client KMIP v1.4', key: 'XMLClientKMIPV14', value: 0x9b, since: '1.4', removedIn: '2.0' },
      { name: 'XML Server KMIP v1.4', key: 'XMLServerKMIPV14', value: 0x9c, since: '1.4', removedIn: '2.0' },
      { name: 'Complete Server Basic', key: 'CompleteServerBasic', value: 0x104, since: '2.0' },
      { name: 'Complete Server TLS v1.2', key: 'CompleteServerTLSV12', value: 0x105, since: '2.0' },
      { name: 'Tape Library Client', key: 'TapeLibraryClient', value: 0x106, since: '2.0' },
      { name: 'Tape Library Server', key: 'TapeLibraryServer', value: 0x107, since: '2.0' },
      { name: 'Symmetric Key Lifecycle Client', key: 'SymmetricKeyLifecycleClient', value: 0x108, since: '2.0' },
      { name: 'Symmetric Key Lifecycle Server', key: 'SymmetricKeyLifecycleServer', value: 0x109, since: '2.0' },
      { name: 'Asymmetric Key Lifecycle Client', key: 'AsymmetricKeyLifecycleClient', value: 0x10a, since: '2.0' },
      { name: 'Asymmetric Key Lifecycle Server', key: 'AsymmetricKeyLifecycleServer', value: 0x10b, since: '2.0' },
      { name: 'Basic Cryptographic Client', key: 'BasicCryptographicClient', value: 0x10c, since: '2.0' },
      { name: 'Basic Cryptographic Server', key: 'BasicCryptographicServer', value: 0x10d, since: '2.0' },
      { name: 'Advanced Cryptographic Client', key: 'AdvancedCryptographicClient', value: 0x10e, since: '2.0' },
      { name: 'Advanced Cryptographic Server', key: 'AdvancedCryptographicServer', value: 0x10f, since: '2.0' },
      { name: 'RNG Cryptographic Client', key: 'RNGCryptographicClient', value: 0x110, since: '2.0' },
      { name: 'RNG Cryptographic Server', key: 'RNGCryptographicServer', value: 0x111, since: '2.0' },
      { name: 'Basic Symmetric Key Foundry Client', key: 'BasicSymmetricKeyFoundryClient', value: 0x112, since: '2.0' },
      {
        name: 'Intermediate Symmetric Key Foundry Client',
        key: 'IntermediateSymmetricKeyFoundryClient',
        value: 0x113,
        since: '2.0',
      },
      {
        name: 'Advanced Symmetric Key Foundry Client',
        key: 'AdvancedSymmetricKeyFoundryClient',
        value: 0x114,
        since: '2.0',
      },
      { name: 'Symmetric Key Foundry Server', key: 'SymmetricKeyFoundryServer', value: 0x115, since: '2.0' },
      { name: 'Opaque Managed Object Store Client', key: 'OpaqueManagedObjectStoreClient', value: 0x116, since: '2.0' },
      { name: 'Opaque Managed Object Store Server', key: 'OpaqueManagedObjectStoreServer', value: 0x117, since: '2.0' },
      {
        name: 'Storage Array with Self Encrypting Drive Client',
        key: 'StorageArrayWithSelfEncryptingDriveClient',
        value: 0x11c,
        since: '2.0',
      },
      {
        name: 'Storage Array with Self Encrypting Drive Server',
        key: 'StorageArrayWithSelfEncryptingDriveServer',
        value: 0x11d,
        since: '2.0',
      },
      { name: 'HTTPS Client', key: 'HTTPSClient', value: 0x11e, since: '2.0' },
      { name: 'HTTPS Server', key: 'HTTPSServer', value: 0x11f, since: '2.0' },
      { name: 'JSON Client', key: 'JSONClient', value: 0x120, since: '2.0' },
      { name: 'JSON Server', key: 'JSONServer', value: 0x121, since: '2.0' },
      { name: 'XML Client', key: 'XMLClient', value: 0x122, since: '2.0' },
      { name: 'XML Server', key: 'XMLServer', value: 0x123, since: '2.0' },
      { name: 'AES XTS Client', key: 'AESXTSClient', value: 0x124, since: '2.0' },
      { name: 'AES XTS Server', key: 'AESXTSServer', value: 0x125, since: '2.0' },
      { name: 'Quantum Safe Client', key: 'QuantumSafeClient', value: 0x126, since: '2.0' },
      { name: 'Quantum Safe Server', key: 'QuantumSafeServer', value: 0x127, since: '2.0' },
      { name: 'PKCS#11 Client', key: 'PKCS11Client', value: 0x128, since: '2.0' },
      { name: 'PKCS#11 Server', key: 'PKCS11Server', value: 0x129, since: '2.0' },
      { name: 'Baseline Client', key: 'BaselineClient', value: 0x12a, since: '2.0' },
      { name: 'Baseline Server', key: 'BaselineServer', value: 0x12b, since: '2.0' },
      { name: 'Complete Server', key: 'CompleteServer', value: 0x12c, since: '2.0' },
    ],
  },
  {
    name: 'Protection Level',
    key: 'ProtectionLevel',
    since: '2.0',
    fieldTags: [Tag.ProtectionLevel],
    source: ['KMIP 2.0 §11.41 Table 435', 'KMIP 2.1 §11.42 Table 474'],
    entries: [
      { name: 'High', key: 'High', value: 0x01, since: '2.0' },
      { name: 'Low', key: 'Low', value: 0x02, since: '2.0' },
    ],
  },
  {
    name: 'Put Function',
    key: 'PutFunction',
    since: '1.0',
    fieldTags: [Tag.PutFunction],
    source: ['KMIP 1.4 §9.1.3.2.26 Table 314', 'KMIP 2.1 §11.43 Table 475'],
    entries: [
      { name: 'New', key: 'New', value: 0x01, since: '1.0' },
      { name: 'Replace', key: 'Replace', value: 0x02, since: '1.0' },
    ],
  },
  {
    name: 'Query Function',
    key: 'QueryFunction',
    since: '1.0',
    fieldTags: [Tag.QueryFunction],
    source: ['KMIP 1.4 §9.1.3.2.24 Table 312', 'KMIP 2.1 §11.44 Table 476'],
    entries: [
      { name: 'Query Operations', key: 'QueryOperations', value: 0x01, since: '1.0' },
      { name: 'Query Objects', key: 'QueryObjects', value: 0x02, since: '1.0' },
      { name: 'Query Server Information', key: 'QueryServerInformation', value: 0x03, since: '1.0' },
      { name: 'Query Application Namespaces', key: 'QueryApplicationNamespaces', value: 0x04, since: '1.0' },
      { name: 'Query Extension List', key: 'QueryExtensionList', value: 0x05, since: '1.1' },
      { name: 'Query Extension Map', key: 'QueryExtensionMap', value: 0x06, since: '1.1' },
      { name: 'Query Attestation Types', key: 'QueryAttestationTypes', value: 0x07, since: '1.2' },
      { name: 'Query RNGs', key: 'QueryRNGs', value: 0x08, since: '1.3' },
      { name: 'Query Validations', key: 'QueryValidations', value: 0x09, since: '1.3' },
      { name: 'Query Profiles', key: 'QueryProfiles', value: 0x0a, since: '1.3' },
      { name: 'Query Capabilities', key: 'QueryCapabilities', value: 0x0b, since: '1.3' },
      { name: 'Query Client Registration Methods', key: 'QueryClientRegistrationMethods', value: 0x0c, since: '1.3' },
      { name: 'Query Defaults Information', key: 'QueryDefaultsInformation', value: 0x0d, since: '2.0' },
      { name: 'Query Storage Protection Masks', key: 'QueryStorageProtectionMasks', value: 0x0e, since: '2.0' },
    ],
  },
  {
    name: 'Recommended Curve',
    key: 'RecommendedCurve',
    since: '1.0',
    fieldTags: [Tag.RecommendedCurve],
    source: ['KMIP 1.4 §9.1.3.2.5 Table 293', 'KMIP 2.1 §11.45 Table 477'],
    entries: [
      { name: 'P-192', key: 'P192', value: 0x01, since: '1.0' },
      { name: 'K-163', key: 'K163', value: 0x02, since: '1.0' },
      { name: 'B-163', key: 'B163', value: 0x03, since: '1.0' },
      { name: 'P-224', key: 'P224', value: 0x04, since: '1.0' },
      { name: 'K-233', key: 'K233', value: 0x05, since: '1.0' },
      { name: 'B-233', key: 'B233', value: 0x06, since: '1.0' },
      { name: 'P-256', key: 'P256', value: 0x07, since: '1.0' },
      { name: 'K-283', key: 'K283', value: 0x08, since: '1.0' },
      { name: 'B-283', key: 'B283', value: 0x09, since: '1.0' },
      { name: 'P-384', key: 'P384', value: 0x0a, since: '1.0' },
      { name: 'K-409', key: 'K409', value: 0x0b, since: '1.0' },
      { name: 'B-409', key: 'B409', value: 0x0c, since: '1.0' },
      { name: 'P-521', key: 'P521', value: 0x0d, since: '1.0' },
      { name: 'K-571', key: 'K571', value: 0x0e, since: '1.0' },
      { name: 'B-571', key: 'B571', value: 0x0f, since: '1.0' },
      { name: 'SECP112R1', key: 'SECP112R1', value: 0x10, since: '1.2' },
      { name: 'SECP112R2', key: 'SECP112R2', value: 0x11, since: '1.2' },
      { name: 'SECP128R1', key: 'SECP128R1', value: 0x12, since: '1.2' },
      { name: 'SECP128R2', key: 'SECP128R2', value: 0x13, since: '1.2' },
      { name: 'SECP160K1', key: 'SECP160K1', value: 0x14, since: '1.2' },
      { name: 'SECP160R1', key: 'SECP160R1', value: 0x15, since: '1.2' },
      { name: 'SECP160R2', key: 'SECP160R2', value: 0x16, since: '1.2' },
      { name: 'SECP192K1', key: 'SECP192K1', value: 0x17, since: '1.2' },
      { name: 'SECP224K1', key: 'SECP224K1', value: 0x18, since: '1.2' },
      { name: 'SECP256K1', key: 'SECP256K1', value: 0x19, since: '1.2' },
      { name: 'SECT113R1', key: 'SECT113R1', value: 0x1a, since: '1.2' },
      { name: 'SECT113R2', key: 'SECT113R2', value: 0x1b, since: '1.2' },
      { name: 'SECT131R1', key: 'SECT131R1', value: 0x1c, since: '1.2' },
      { name: 'SECT131R2', key: 'SECT131R2', value: 0x1d, since: '1.2' },
      { name: 'SECT163R1', key: 'SECT163R1', value: 0x1e, since: '1.2' },
      { name: 'SECT193R1', key: 'SECT193R1', value: 0x1f, since: '1.2' },
      { name: 'SECT193R2', key: 'SECT193R2', value: 0x20, since: '1.2' },
      { name: 'SECT239K1', key: 'SECT239K1', value: 0x21, since: '1.2' },
      { name: 'ANSIX9P192V2', key: 'ANSIX9P192V2', value: 0x22, since: '1.2' },
      { name: 'ANSIX9P192V3', key: 'ANSIX9P192V3', value: 0x23, since: '1.2' },
      { name: 'ANSIX9P239V1', key: 'ANSIX9P239V1', value: 0x24, since: '1.2' },
      { name: 'ANSIX9P239V2', key: 'ANSIX9P239V2', value: 0x25, since: '1.2' },
      { name: 'ANSIX9P239V3', key: 'ANSIX9P239V3', value: 0x26, since: '1.2' },
      { name: 'ANSIX9C2PNB163V1', key: 'ANSIX9C2PNB163V1', value: 0x27, since: '1.2' },
      { name: 'ANSIX9C2PNB163V2', key: 'ANSIX9C2PNB163V2', value: 0x28, since: '1.2' },
      { name: 'ANSIX9C2PNB163V3', key: 'ANSIX9C2PNB163V3', value: 0x29, since: '1.2' },
      { name: 'ANSIX9C2PNB176V1', key: 'ANSIX9C2PNB176V1', value: 0x2a, since: '1.2' },
      { name: 'ANSIX9C2TNB191V1', key: 'ANSIX9C2TNB191V1', value: 0x2b, since: '1.2' },
      { name: 'ANSIX9C2TNB191V2', key: 'ANSIX9C2TNB191V2', value: 0x2c, since: '1.2' },
      { name: 'ANSIX9C2TNB191V3', key: 'ANSIX9C2TNB191V3', value: 0x2d, since: '1.2' },
      { name: 'ANSIX9C2PNB208W1', key: 'ANSIX9C2PNB208W1', value: 0x2e, since: '1.2' },
      { name: 'ANSIX9C2TNB239V1', key: 'ANSIX9C2TNB239V1', value: 0x2f, since: '1.2' },
      { name: 'ANSIX9C2TNB239V2', key: 'ANSIX9C2TNB239V2', value: 0x30, since: '1.2' },
      { name: 'ANSIX9C2TNB239V3', key: 'ANSIX9C2TNB239V3', value: 0x31, since: '1.2' },
      { name: 'ANSIX9C2PNB272W1', key: 'ANSIX9C2PNB272W1', value: 0x32, since: '1.2' },
      { name: 'ANSIX9C2PNB304W1', key: 'ANSIX9C2PNB304W1', value: 0x33, since: '1.2' },
      { name: 'ANSIX9C2TNB359V1', key: 'ANSIX9C2TNB359V1', value: 0x34, since: '1.2' },
      { name: 'ANSIX9C2PNB368W1', key: 'ANSIX9C2PNB368W1', value: 0x35, since: '1.2' },
      { name: 'ANSIX9C2TNB431R1', key: 'ANSIX9C2TNB431R1', value: 0x36, since: '1.2' },
      { name: 'BRAINPOOLP160R1', key: 'BRAINPOOLP160R1', value: 0x37, since: '1.2' },
      { name: 'BRAINPOOLP160T1', key: 'BRAINPOOLP160T1', value: 0x38, since: '1.2' },
      { name: 'BRAINPOOLP192R1', key: 'BRAINPOOLP192R1', value: 0x39, since: '1.2' },
      { name: 'BRAINPOOLP192T1', key: 'BRAINPOOLP192T1', value: 0x3a, since: '1.2' },
      { name: 'BRAINPOOLP224R1', key: 'BRAINPOOLP224R1', value: 0x3b, since: '1.2' },
      { name: 'BRAINPOOLP224T1', key: 'BRAINPOOLP224T1', value: 0x3c, since: '1.2' },
      { name: 'BRAINPOOLP256R1', key: 'BRAINPOOLP256R1', value: 0x3d, since: '1.2' },
      { name: 'BRAINPOOLP256T1', key: 'BRAINPOOLP256T1', value: 0x3e, since: '1.2' },
      { name: 'BRAINPOOLP320R1', key: 'BRAINPOOLP320R1', value: 0x3f, since: '1.2' },
      { name: 'BRAINPOOLP320T1', key: 'BRAINPOOLP320T1', value: 0x40, since: '1.2' },
      { name: 'BRAINPOOLP384R1', key: 'BRAINPOOLP384R1', value: 0x41, since: '1.2' },
      { name: 'BRAINPOOLP384T1', key: 'BRAINPOOLP384T1', value: 0x42, since: '1.2' },
      { name: 'BRAINPOOLP512R1', key: 'BRAINPOOLP512R1', value: 0x43, since: '1.2' },
      { name: 'BRAINPOOLP512T1', key: 'BRAINPOOLP512T1', value: 0x44, since: '1.2' },
      { name: 'CURVE25519', key: 'CURVE25519', value: 0x45, since: '2.0' },
      { name: 'CURVE448', key: 'CURVE448', value: 0x46, since: '2.0' },
    ],
  },
  {
    name: 'Result Reason',
    key: 'ResultReason',
    since: '1.0',
    fieldTags: [Tag.ResultReason],
    source: ['KMIP 1.4 §9.1.3.2.29 Table 317', 'KMIP 2.1 §11.46'],
    entries: [
      { name: 'Item Not Found', key: 'ItemNotFound', value: 0x01, since: '1.0' },
      { name: 'Response Too Large', key: 'ResponseTooLarge', value: 0x02, since: '1.0' },
      { name: 'Authentication Not Successful', key: 'AuthenticationNotSuccessful', value: 0x03, since: '1.0' },
      { name: 'Invalid Message', key: 'InvalidMessage', value: 0x04, since: '1.0' },
      { name: 'Operation Not Supported', key: 'OperationNotSupported', value: 0x05, since: '1.0' },
      { name: 'Missing Data', key: 'MissingData', value: 0x06, since: '1.0' },
      { name: 'Invalid Field', key: 'InvalidField', value: 0x07, since: '1.0' },
      { name: 'Feature Not Supported', key: 'FeatureNotSupported', value: 0x08, since: '1.0' },
      { name: 'Operation Canceled By Requester', key: 'OperationCanceledByRequester', value: 0x09, since: '1.0' },
      { name: 'Cryptographic Failure', key: 'CryptographicFailure', value: 0x0a, since: '1.0' },
      { name: 'Illegal Operation', key: 'IllegalOperation', value: 0x0b, since: '1.0', removedIn: '2.0' },
      { name: 'Permission Denied', key: 'PermissionDenied', value: 0x0c, since: '1.0' },
      {
        name: 'Object Archived',
        key: 'ObjectArchived',
        value: 0x0d,
        since: '1.0',
        formerNames: [{ name: 'Object archived', until: '2.0' }],
      },
      { name: 'Index Out of Bounds', key: 'IndexOutOfBounds', value: 0x0e, since: '1.0', removedIn: '2.0' },
      {
        name: 'Application Namespace Not Supported',
        key: 'ApplicationNamespaceNotSupported',
        value: 0x0f,
        since: '1.0',
      },
      { name: 'Key Format Type Not Supported', key: 'KeyFormatTypeNotSupported', value: 0x10, since: '1.0' },
      { name: 'Key Compression Type Not Supported', key: 'KeyCompressionTypeNotSupported', value: 0x11, since: '1.0' },
      { name: 'Encoding Option Error', key: 'EncodingOptionError', value: 0x12, since: '1.1' },
      { name: 'Key Value Not Present', key: 'KeyValueNotPresent', value: 0x13, since: '1.2' },
      { name: 'Attestation Required', key: 'AttestationRequired', value: 0x14, since: '1.2' },
      { name: 'Attestation Failed', key: 'AttestationFailed', value: 0x15, since: '1.2' },
      { name: 'Sensitive', key: 'Sensitive', value: 0x16, since: '1.4' },
      { name: 'Not Extractable', key: 'NotExtractable', value: 0x17, since: '1.4' },
      { name: 'Object Already Exists', key: 'ObjectAlreadyExists', value: 0x18, since: '1.4' },
      { name: 'Invalid Ticket', key: 'InvalidTicket', value: 0x19, since: '2.0' },
      { name: 'Usage Limit Exceeded', key: 'UsageLimitExceeded', value: 0x1a, since: '2.0' },
      { name: 'Numeric Range', key: 'NumericRange', value: 0x1b, since: '2.0' },
      { name: 'Invalid Data Type', key: 'InvalidDataType', value: 0x1c, since: '2.0' },
      { name: 'Read Only Attribute', key: 'ReadOnlyAttribute', value: 0x1d, since: '2.0' },
      { name: 'Multi Valued Attribute', key: 'MultiValuedAttribute', value: 0x1e, since: '2.0' },
      { name: 'Unsupported Attribute', key: 'UnsupportedAttribute', value: 0x1f, since: '2.0' },
      { name: 'Attribute Instance Not Found', key: 'AttributeInstanceNotFound', value: 0x20, since: '2.0' },
      { name: 'Attribute Not Found', key: 'AttributeNotFound', value: 0x21, since: '2.0' },
      { name: 'Attribute Read Only', key: 'AttributeReadOnly', value: 0x22, since: '2.0' },
      { name: 'Attribute Single Valued', key: 'AttributeSingleValued', value: 0x23, since: '2.0' },
      { name: 'Bad Cryptographic Parameters', key: 'BadCryptographicParameters', value: 0x24, since: '2.0' },
      { name: 'Bad Password', key: 'BadPassword', value: 0x25, since: '2.0' },
      { name: 'Codec Error', key: 'CodecError', value: 0x26, since: '2.0' },
      { name: 'Illegal Object Type', key: 'IllegalObjectType', value: 0x28, since: '2.0' },
      {
        name: 'Incompatible Cryptographic Usage Mask',
        key: 'IncompatibleCryptographicUsageMask',
        value: 0x29,
        since: '2.0',
      },
      { name: 'Internal Server Error', key: 'InternalServerError', value: 0x2a, since: '2.0' },
      {
        name: 'Invalid Asynchronous Correlation Value',
        key: 'InvalidAsynchronousCorrelationValue',
        value: 0x2b,
        since: '2.0',
      },
      { name: 'Invalid Attribute', key: 'InvalidAttribute', value: 0x2c, since: '2.0' },
      { name: 'Invalid Attribute Value', key: 'InvalidAttributeValue', value: 0x2d, since: '2.0' },
      { name: 'Invalid Correlation Value', key: 'InvalidCorrelationValue', value: 0x2e, since: '2.0' },
      { name: 'Invalid CSR', key: 'InvalidCSR', value: 0x2f, since: '2.0' },
      { name: 'Invalid Object Type', key: 'InvalidObjectType', value: 0x30, since: '2.0' },
      { name: 'Key Wrap Type Not Supported', key: 'KeyWrapTypeNotSupported', value: 0x32, since: '2.0' },
      { name: 'Missing Initialization Vector', key: 'MissingInitializationVector', value: 0x34, since: '2.0' },
      { name: 'Non Unique Name Attribute', key: 'NonUniqueNameAttribute', value: 0x35, since: '2.0' },
      { name: 'Object Destroyed', key: 'ObjectDestroyed', value: 0x36, since: '2.0' },
      { name: 'Object Not Found', key: 'ObjectNotFound', value: 0x37, since: '2.0' },
      { name: 'Not Authorised', key: 'NotAuthorised', value: 0x39, since: '2.0' },
      { name: 'Server Limit Exceeded', key: 'ServerLimitExceeded', value: 0x3a, since: '2.0' },
      { name: 'Unknown Enumeration', key: 'UnknownEnumeration', value: 0x3b, since: '2.0' },
      { name: 'Unknown Message Extension', key: 'UnknownMessageExtension', value: 0x3c, since: '2.0' },
      { name: 'Unknown Tag', key: 'UnknownTag', value: 0x3d, since: '2.0' },
      {
        name: 'Unsupported Cryptographic Parameters',
        key: 'UnsupportedCryptographicParameters',
        value: 0x3e,
        since: '2.0',
      },
      { name: 'Unsupported Protocol Version', key: 'UnsupportedProtocolVersion', value: 0x3f, since: '2.0' },
      { name: 'Wrapping Object Archived', key: 'WrappingObjectArchived', value: 0x40, since: '2.0' },
      { name: 'Wrapping Object Destroyed', key: 'WrappingObjectDestroyed', value: 0x41, since: '2.0' },
      { name: 'Wrapping Object Not Found', key: 'WrappingObjectNotFound', value: 0x42, since: '2.0' },
      { name: 'Wrong Key Lifecycle State', key: 'WrongKeyLifecycleState', value: 0x43, since: '2.0' },
      { name: 'Protection Storage Unavailable', key: 'ProtectionStorageUnavailable', value: 0x44, since: '2.0' },
      { name: 'PKCS#11 Codec Error', key: 'PKCS11CodecError', value: 0x45, since: '2.0' },
      { name: 'PKCS#11 Invalid Function', key: 'PKCS11InvalidFunction', value: 0x46, since: '2.0' },
      { name: 'PKCS#11 Invalid Interface', key: 'PKCS11InvalidInterface', value: 0x47, since: '2.0' },
      {
        name: 'Private Protection Storage Unavailable',
        key: 'PrivateProtectionStorageUnavailable',
        value: 0x48,
        since: '2.0',
      },
      {
        name: 'Public Protection Storage Unavailable',
        key: 'PublicProtectionStorageUnavailable',
        value: 0x49,
        since: '2.0',
      },
      { name: 'Unknown Object Group', key: 'UnknownObjectGroup', value: 0x4a, since: '2.1' },
      { name: 'Constraint Violation', key: 'ConstraintViolation', value: 0x4b, since: '2.1' },
      { name: 'Duplicate Process Request', key: 'DuplicateProcessRequest', value: 0x4c, since: '2.1' },
      { name: 'General Failure', key: 'GeneralFailure', value: 0x100, since: '1.0' },
    ],
  },
  {
    name: 'Result Status',
    key: 'ResultStatus',
    since: '1.0',
    fieldTags: [Tag.ResultStatus],
    source: ['KMIP 1.4 §9.1.3.2.28 Table 316', 'KMIP 2.1 §11.47 Table 480'],
    entries: [
      { name: 'Success', key: 'Success', value: 0x00, since: '1.0' },
      { name: 'Operation Failed', key: 'OperationFailed', value: 0x01, since: '1.0' },
      { name: 'Operation Pending', key: 'OperationPending', value: 0x02, since: '1.0' },
      { name: 'Operation Undone', key: 'OperationUndone', value: 0x03, since: '1.0' },
    ],
  },
  {
    name: 'Revocation Reason Code',
    key: 'RevocationReasonCode',
    since: '1.0',
    fieldTags: [Tag.RevocationReasonCode],
    source: ['KMIP 1.4 §9.1.3.2.19 Table 307', 'KMIP 2.1 §11.48 Table 481'],
    entries: [
      { name: 'Unspecified', key: 'Unspecified', value: 0x01, since: '1.0' },
      { name: 'Key Compromise', key: 'KeyCompromise', value: 0x02, since: '1.0' },
      { name: 'CA Compromise', key: 'CACompromise', value: 0x03, since: '1.0' },
      { name: 'Affiliation Changed', key: 'AffiliationChanged', value: 0x04, since: '1.0' },
      { name: 'Superseded', key: 'Superseded', value: 0x05, since: '1.0' },
      { name: 'Cessation of Operation', key: 'CessationOfOperation', value: 0x06, since: '1.0' },
      { name: 'Privilege Withdrawn', key: 'PrivilegeWithdrawn', value: 0x07, since: '1.0' },
    ],
  },
  {
    name: 'RNG Algorithm',
    key: 'RNGAlgorithm',
    since: '1.3',
    fieldTags: [Tag.RNGAlgorithm],
    source: ['KMIP 1.4 §9.1.3.2.37', 'KMIP 2.1 §11.49'],
    entries: [
      { name: 'Unspecified', key: 'Unspecified', value: 0x01, since: '1.3' },
      { name: 'FIPS 186-2', key: 'FIPS1862', value: 0x02, since: '1.3' },
      { name: 'DRBG', key: 'DRBG', value: 0x03, since: '1.3' },
      { name: 'NRBG', key: 'NRBG', value: 0x04, since: '1.3' },
      { name: 'ANSI X9.31', key: 'ANSIX931', value: 0x05, since: '1.3' },
      { name: 'ANSI X9.62', key: 'ANSIX962', value: 0x06, since: '1.3' },
    ],
  },
  {
    name: 'RNG Mode',
    key: 'RNGMode',
    since: '1.3',
    fieldTags: [Tag.RNGMode],
    source: ['KMIP 1.4 §9.1.3.2.46', 'KMIP 2.1 §11.50'],
    entries: [
      { name: 'Unspecified', key: 'Unspecified', value: 0x01, since: '1.3' },
      { name: 'Shared Instantiation', key: 'SharedInstantiation', value: 0x02, since: '1.3' },
      { name: 'Non-Shared Instantiation', key: 'NonSharedInstantiation', value: 0x03, since: '1.3' },
    ],
  },
  {
    name: 'Rotate Name Type',
    key: 'RotateNameType',
    since: '2.1',
    fieldTags: [Tag.RotateNameType],
    source: ['KMIP 2.1 §11.51 Table 482'],
    entries: [
      { name: 'Uninterpreted Text String', key: 'UninterpretedTextString', value: 0x01, since: '2.1' },
      { name: 'URI', key: 'URI', value: 0x02, since: '2.1' },
    ],
  },
  {
    name: 'Secret Data Type',
    key: 'SecretDataType',
    since: '1.0',
    fieldTags: [Tag.SecretDataType],
    source: ['KMIP 1.4 §9.1.3.2.9 Table 297', 'KMIP 2.1 §11.52 Table 483'],
    entries: [
      { name: 'Password', key: 'Password', value: 0x01, since: '1.0' },
      { name: 'Seed', key: 'Seed', value: 0x02, since: '1.0' },
    ],
  },
  {
    name: 'Shredding Algorithm',
    key: 'ShreddingAlgorithm',
    since: '1.3',
    fieldTags: [Tag.ShreddingAlgorithm],
    source: ['KMIP 1.4 §9.1.3.2.45', 'KMIP 2.1 §11.53 Table 484'],
    entries: [
      { name: 'Unspecified', key: 'Unspecified', value: 0x01, since: '1.3' },
      { name: 'Cryptographic', key: 'Cryptographic', value: 0x02, since: '1.3' },
      { name: 'Unsupported', key: 'Unsupported', value: 0x03, since: '1.3' },
    ],
  },
  {
    name: 'Split Key Method',
    key: 'SplitKeyMethod',
    since: '1.0',
    fieldTags: [Tag.SplitKeyMethod],
    source: ['KMIP 1.4 §9.1.3.2.8 Table 296', 'KMIP 2.1 §11.54 Table 485'],
    entries: [
      { name: 'XOR', key: 'XOR', value: 0x01, since: '1.0' },
      { name: 'Polynomial Sharing GF (2^16)', key: 'PolynomialSharingGF216', value: 0x02, since: '1.0' },
      { name: 'Polynomial Sharing Prime Field', key: 'PolynomialSharingPrimeField', value: 0x03, since: '1.0' },
      { name: 'Polynomial Sharing GF (2^8)', key: 'PolynomialSharingGF28', value: 0x04, since: '1.2' },
    ],
  },
  {
    name: 'State',
    key: 'State',
    since: '1.0',
    fieldTags: [Tag.State],
    source: ['KMIP 1.4 §9.1.3.2.18 Table 306', 'KMIP 2.1 §11.55 Table 486'],
    entries: [
      { name: 'Pre-Active', key: 'PreActive', value: 0x01, since: '1.0' },
      { name: 'Active', key: 'Active', value: 0x02, since: '1.0' },
      { name: 'Deactivated', key: 'Deactivated', value: 0x03, since: '1.0' },
      { name: 'Compromised', key: 'Compromised', value: 0x04, since: '1.0' },
      { name: 'Destroyed', key: 'Destroyed', value: 0x05, since: '1.0' },
      { name: 'Destroyed Compromised', key: 'DestroyedCompromised', value: 0x06, since: '1.0' },
    ],
  },
  {
    name: 'Ticket Type',
    key: 'TicketType',
    since: '2.0',
    fieldTags: [Tag.TicketType],
    source: ['KMIP 2.0 §11.55', 'KMIP 2.1 §11.57 Table 488'],
    entries: [{ name: 'Login', key: 'Login', value: 0x01, since: '2.0' }],
  },
  {
    name: 'Unique Identifier',
    key: 'UniqueIdentifier',
    since: '2.0',
    fieldTags: [Tag.UniqueIdentifier],
    source: ['KMIP 2.0 §11.56', 'KMIP 2.1 §11.58 Table 489'],
    entries: [
      { name: 'ID Placeholder', key: 'IDPlaceholder', value: 0x01, since: '2.0' },
      { name: 'Certify', key: 'Certify', value: 0x02, since: '2.0' },
      { name: 'Create', key: 'Create', value: 0x03, since: '2.0' },
      { name: 'Create Key Pair', key: 'CreateKeyPair', value: 0x04, since: '2.0' },
      { name: 'Create Key Pair Private Key', key: 'CreateKeyPairPrivateKey', value: 0x05, since: '2.0' },
      { name: 'Create Key Pair Public Key', key: 'CreateKeyPairPublicKey', value: 0x06, since: '2.0' },
      { name: 'Create Split Key', key: 'CreateSplitKey', value: 0x07, since: '2.0' },
      { name: 'Derive Key', key: 'DeriveKey', value: 0x08, since: '2.0' },
      { name: 'Import', key: 'Import', value: 0x09, since: '2.0' },
      { name: 'Join Split Key', key: 'JoinSplitKey', value: 0x0a, since: '2.0' },
      { name: 'Locate', key: 'Locate', value: 0x0b, since: '2.0' },
      { name: 'Register', key: 'Register', value: 0x0c, since: '2.0' },
      { name: 'Re-key', key: 'ReKey', value: 0x0d, since: '2.0' },
      { name: 'Re-certify', key: 'ReCertify', value: 0x0e, since: '2.0' },
      { name: 'Re-key Key Pair', key: 'ReKeyKeyPair', value: 0x0f, since: '2.0' },
      { name: 'Re-key Key Pair Private Key', key: 'ReKeyKeyPairPrivateKey', value: 0x10, since: '2.0' },
      { name: 'Re-key Key Pair Public Key', key: 'ReKeyKeyPairPublicKey', value: 0x11, since: '2.0' },
    ],
  },
  {
    name: 'Unwrap Mode',
    key: 'UnwrapMode',
    since: '1.3',
    fieldTags: [Tag.UnwrapMode],
    source: ['KMIP 1.4 §9.1.3.2.43', 'KMIP 2.1 §11.59 Table 490'],
    entries: [
      { name: 'Unspecified', key: 'Unspecified', value: 0x01, since: '1.3' },
      { name: 'Processed', key: 'Processed', value: 0x02, since: '1.3' },
      { name: 'Not Processed', key: 'NotProcessed', value: 0x03, since: '1.3' },
    ],
  },
  {
    name: 'Usage Limits Unit',
    key: 'UsageLimitsUnit',
    since: '1.0',
    fieldTags: [Tag.UsageLimitsUnit],
    source: ['KMIP 1.4 §9.1.3.2.31 Table 319', 'KMIP 2.1 §11.60 Table 491'],
    entries: [
      { name: 'Byte', key: 'Byte', value: 0x01, since: '1.0' },
      { name: 'Object', key: 'Object', value: 0x02, since: '1.0' },
    ],
  },
  {
    name: 'Validation Authority Type',
    key: 'ValidationAuthorityType',
    since: '1.3',
    fieldTags: [Tag.ValidationAuthorityType],
    source: ['KMIP 1.4 §9.1.3.2.40', 'KMIP 2.1 §11.63'],
    entries: [
      { name: 'Unspecified', key: 'Unspecified', value: 0x01, since: '1.3' },
      { name: 'NIST CMVP', key: 'NISTCMVP', value: 0x02, since: '1.3' },
      { name: 'Common Criteria', key: 'CommonCriteria', value: 0x03, since: '1.3' },
    ],
  },
  {
    name: 'Validation Type',
    key: 'ValidationType',
    since: '1.3',
    fieldTags: [Tag.ValidationType],
    source: ['KMIP 1.4 §9.1.3.2.41', 'KMIP 2.1 §11.64'],
    entries: [
      { name: 'Unspecified', key: 'Unspecified', value: 0x01, since: '1.3' },
      { name: 'Hardware', key: 'Hardware', value: 0x02, since: '1.3' },
      { name: 'Software', key: 'Software', value: 0x03, since: '1.3' },
      { name: 'Firmware', key: 'Firmware', value: 0x04, since: '1.3' },
      { name: 'Hybrid', key: 'Hybrid', value: 0x05, since: '1.3' },
    ],
  },
  {
    name: 'Validity Indicator',
    key: 'ValidityIndicator',
    since: '1.0',
    fieldTags: [Tag.ValidityIndicator],
    source: ['KMIP 1.4 §9.1.3.2.23 Table 311', 'KMIP 2.1 §11.61 Table 492'],
    entries: [
      { name: 'Valid', key: 'Valid', value: 0x01, since: '1.0' },
      { name: 'Invalid', key: 'Invalid', value: 0x02, since: '1.0' },
      { name: 'Unknown', key: 'Unknown', value: 0x03, since: '1.0' },
    ],
  },
  {
    name: 'Wrapping Method',
    key: 'WrappingMethod',
    since: '1.0',
    fieldTags: [Tag.WrappingMethod],
    source: ['KMIP 1.4 §9.1.3.2.4 Table 292', 'KMIP 2.1 §11.62 Table 494'],
    entries: [
      { name: 'Encrypt', key: 'Encrypt', value: 0x01, since: '1.0' },
      { name: 'MAC/sign', key: 'MACSign', value: 0x02, since: '1.0' },
      { name: 'Encrypt then MAC/sign', key: 'EncryptThenMACSign', value: 0x03, since: '1.0' },
      { name: 'MAC/sign then encrypt', key: 'MACSignThenEncrypt', value: 0x04, since: '1.0' },
      { name: 'TR-31', key: 'TR31', value: 0x05, since: '1.0' },
    ],
  },
]);

/** Field tag → the bit mask its Integer items carry. */
export const maskInfo: ReadonlyMap<number, MaskInfo> = indexEnumerations([
  {
    name: 'Cryptographic Usage Mask',
    key: 'CryptographicUsageMask',
    since: '1.0',
    fieldTags: [Tag.CryptographicUsageMask],
    source: ['KMIP 1.4 §9.1.3.3.1', 'KMIP 2.0 §12.1 Table 454', 'KMIP 2.1 §12.1 Tables 495-496'],
    entries: [
      { name: 'Sign', key: 'Sign', value: 0x1, since: '1.0' },
      { name: 'Verify', key: 'Verify', value: 0x2, since: '1.0' },
      { name: 'Encrypt', key: 'Encrypt', value: 0x4, since: '1.0' },
      { name: 'Decrypt', key: 'Decrypt', value: 0x8, since: '1.0' },
      { name: 'Wrap Key', key: 'WrapKey', value: 0x10, since: '1.0' },
      { name: 'Unwrap Key', key: 'UnwrapKey', value: 0x20, since: '1.0' },
      { name: 'Export', key: 'Export', value: 0x40, since: '1.0', removedIn: '2.0' },
      { name: 'MAC Generate', key: 'MACGenerate', value: 0x80, since: '1.0' },
      { name: 'MAC Verify', key: 'MACVerify', value: 0x100, since: '1.0' },
      { name: 'Derive Key', key: 'DeriveKey', value: 0x200, since: '1.0' },
      { name: 'Content Commitment', key: 'ContentCommitment', value: 0x400, since: '1.0', removedIn: '2.0' },
      { name: 'Key Agreement', key: 'KeyAgreement', value: 0x800, since: '1.0' },
      { name: 'Certificate Sign', key: 'CertificateSign', value: 0x1000, since: '1.0' },
      { name: 'CRL Sign', key: 'CRLSign', value: 0x2000, since: '1.0' },
      { name: 'Generate Cryptogram', key: 'GenerateCryptogram', value: 0x4000, since: '1.0', removedIn: '2.0' },
      { name: 'Validate Cryptogram', key: 'ValidateCryptogram', value: 0x8000, since: '1.0', removedIn: '2.0' },
      { name: 'Translate Encrypt', key: 'TranslateEncrypt', value: 0x10000, since: '1.0', removedIn: '2.0' },
      { name: 'Translate Decrypt', key: 'TranslateDecrypt', value: 0x20000, since: '1.0', removedIn: '2.0' },
      { name: 'Translate Wrap', key: 'TranslateWrap', value: 0x40000, since: '1.0', removedIn: '2.0' },
      { name: 'Translate Unwrap', key: 'TranslateUnwrap', value: 0x80000, since: '1.0', removedIn: '2.0' },
      { name: 'Authenticate', key: 'Authenticate', value: 0x100000, since: '2.0' },
      { name: 'Unrestricted', key: 'Unrestricted', value: 0x200000, since: '2.0' },
      { name: 'FPE Encrypt', key: 'FPEEncrypt', value: 0x400000, since: '2.0' },
      { name: 'FPE Decrypt', key: 'FPEDecrypt', value: 0x800000, since: '2.0' },
    ],
  },
  {
    name: 'Protection Storage Mask',
    key: 'ProtectionStorageMask',
    since: '2.0',
    fieldTags: [Tag.ProtectionStorageMask],
    source: ['KMIP 2.0 §12.2', 'KMIP 2.1 §12.2 Table 497'],
    entries: [
      { name: 'Software', key: 'Software', value: 0x1, since: '2.0' },
      { name: 'Hardware', key: 'Hardware', value: 0x2, since: '2.0' },
      { name: 'On Processor', key: 'OnProcessor', value: 0x4, since: '2.0' },
      { name: 'On System', key: 'OnSystem', value: 0x8, since: '2.0' },
      { name: 'Off System', key: 'OffSystem', value: 0x10, since: '2.0' },
      { name: 'Hypervisor', key: 'Hypervisor', value: 0x20, since: '2.0' },
      { name: 'Operating System', key: 'OperatingSystem', value: 0x40, since: '2.0' },
      { name: 'Container', key: 'Container', value: 0x80, since: '2.0' },
      { name: 'On Premises', key: 'OnPremises', value: 0x100, since: '2.0' },
      { name: 'Off Premises', key: 'OffPremises', value: 0x200, since: '2.0' },
      { name: 'Self Managed', key: 'SelfManaged', value: 0x400, since: '2.0' },
      { name: 'Outsourced', key: 'Outsourced', value: 0x800, since: '2.0' },
      { name: 'Validated', key: 'Validated', value: 0x1000, since: '2.0' },
      { name: 'Same Jurisdiction', key: 'SameJurisdiction', value: 0x2000, since: '2.0' },
    ],
  },
  {
    name: 'Storage Status Mask',
    key: 'StorageStatusMask',
    since: '1.0',
    fieldTags: [Tag.StorageStatusMask],
    source: ['KMIP 1.4 §9.1.3.3.2', 'KMIP 2.1 §12.3'],
    entries: [
      { name: 'On-line storage', key: 'OnLineStorage', value: 0x1, since: '1.0' },
      { name: 'Archival storage', key: 'ArchivalStorage', value: 0x2, since: '1.0' },
      { name: 'Destroyed storage', key: 'DestroyedStorage', value: 0x4, since: '2.0' },
    ],
  },
]);

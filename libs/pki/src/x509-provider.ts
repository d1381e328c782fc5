// @peculiar/x509 resolves its services through tsyringe, which needs the Reflect metadata API loaded first.
import 'reflect-metadata';
import { webcrypto } from 'node:crypto';
import * as x509 from '@peculiar/x509';

// The library signs and verifies through a WebCrypto implementation: node's own.
x509.cryptoProvider.set(webcrypto);

export { x509 };
export const subtle: webcrypto.SubtleCrypto = webcrypto.subtle;
export type CryptoKey = webcrypto.CryptoKey;
export type CryptoKeyPair = webcrypto.CryptoKeyPair;

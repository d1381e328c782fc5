/**
 * Opens the root key provider a configuration names, so that a service picks one by configuration only.
 */
import { KeyProtectRootKeyProvider, KeyProtectRootKeyProviderOptions } from './keyprotect/keyprotect-root-key.provider';
import { LocalRootKeyProvider, LocalRootKeyProviderOptions } from './local/local-root-key.provider';
import { Pkcs11RootKeyProvider, Pkcs11RootKeyProviderOptions } from './pkcs11/pkcs11-root-key.provider';
import type { RootKeyProvider } from './root-key-provider.port';

export type RootKeyProviderConfig =
  | ({ readonly kind: 'local' } & LocalRootKeyProviderOptions)
  | ({ readonly kind: 'pkcs11' } & Pkcs11RootKeyProviderOptions)
  | ({ readonly kind: 'keyprotect' } & KeyProtectRootKeyProviderOptions);

export function openRootKeyProvider(config: RootKeyProviderConfig): Promise<RootKeyProvider> {
  switch (config.kind) {
    case 'local':
      return LocalRootKeyProvider.open(config);
    case 'pkcs11':
      return Pkcs11RootKeyProvider.open(config);
    case 'keyprotect':
      return KeyProtectRootKeyProvider.open(config);
  }
}

/** A reference to the tenant's customer root key version that wraps a key: never the key material itself. */
export interface RootKeyRef {
  readonly rootKeyId: string;
  readonly rootKeyVersion: number;
}

/**
 * Creates a tenant's root key in a PKCS#11 token, in a process of its own: SoftHSM2 reads SOFTHSM2_CONF from the
 * real environment when the module is initialized, which a test runner's sandboxed `process.env` is not. Input:
 * PKCS11_ROOT_KEY (JSON: library, tokenLabel, pinFile, keyLabel); output: one JSON line with the root key reference.
 */
import { readFileSync } from 'node:fs';
import { createRootKey } from '@kmip/key-wrapping';

async function main(): Promise<void> {
  const input = JSON.parse(process.env.PKCS11_ROOT_KEY ?? '{}') as {
    library: string;
    tokenLabel: string;
    pinFile: string;
    keyLabel: string;
  };
  const pin = readFileSync(input.pinFile, 'utf8').replace(/\r?\n$/, '');
  const created = await createRootKey({
    library: input.library,
    tokenLabel: input.tokenLabel,
    pin,
    keyLabel: input.keyLabel,
  });
  console.log(JSON.stringify({ rootKeyId: created.rootKeyId, rootKeyVersion: Number(created.currentVersion) }));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});

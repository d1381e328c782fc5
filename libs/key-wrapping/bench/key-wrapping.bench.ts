/**
 * `npm run bench -- key-wrapping`: wraps/s and unwraps/s of a 32-byte KEK (with its tenant/object AAD) for the
 * local provider (keystore in a temporary directory) and the pkcs11 provider (SoftHSM2, a temporary token).
 *
 * Each figure: a short warm-up, then as many operations as fit in about a second. Sequential figures await
 * each operation before starting the next; `.x4` keeps four in flight (the pkcs11 pool has four sessions).
 * pkcs11 `offloaded` runs C_Encrypt/C_Decrypt on libuv worker threads (the default), `blocking` on the
 * JavaScript thread (pkcs11js calls are synchronous otherwise).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Benchmark } from '../../../tools/bench/benchmark';
import { kekAad } from '../src/kek-aad';
import { LocalRootKeyProvider } from '../src/local/local-root-key.provider';
import { createRootKey } from '../src/pkcs11/pkcs11-root-key-admin';
import { Pkcs11RootKeyProvider } from '../src/pkcs11/pkcs11-root-key.provider';
import type { RootKeyProvider } from '../src/root-key-provider.port';
import { createSoftHsmToken } from '../src/testing/softhsm-token';

type Report = (figure: string, value: number, unit: string) => void;

const KEK = Buffer.alloc(32, 0x42);
const AAD = kekAad('00000000-0000-4000-8000-000000000001', '3f1b2c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d');

async function rate(operation: () => Promise<unknown>, inFlight: number, seconds: number): Promise<number> {
  const deadline = performance.now() + seconds * 1000;
  let count = 0;
  const lane = async (): Promise<void> => {
    while (performance.now() < deadline) {
      await operation();
      count++;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: inFlight }, lane));
  return count / ((performance.now() - started) / 1000);
}

async function measure(report: Report, prefix: string, provider: RootKeyProvider, inFlight = 1): Promise<void> {
  const wrapped = await provider.wrap(KEK, AAD);
  const suffix = inFlight > 1 ? `.x${inFlight}` : '';
  await rate(() => provider.wrap(KEK, AAD), inFlight, 0.2);
  report(`${prefix}.wrap${suffix}`, Math.round(await rate(() => provider.wrap(KEK, AAD), inFlight, 1)), 'ops/s');
  await rate(() => provider.unwrap(wrapped, AAD), inFlight, 0.2);
  report(
    `${prefix}.unwrap${suffix}`,
    Math.round(await rate(() => provider.unwrap(wrapped, AAD), inFlight, 1)),
    'ops/s',
  );
}

export const benchmarks: Benchmark[] = [
  {
    name: 'key-wrapping',
    async run(report) {
      const dir = await mkdtemp(join(tmpdir(), 'kw-bench-'));
      try {
        for (const mechanism of ['AES-256-GCM', 'AES-256-KWP-HKDF'] as const) {
          const local = await LocalRootKeyProvider.open({
            keystorePath: join(dir, 'keystore.json'),
            createIfMissing: true,
            mechanism,
          });
          await measure(report, `key-wrapping.local.${mechanism === 'AES-256-GCM' ? 'gcm' : 'kwp'}`, local);
          await local.close();
        }

        const token = await createSoftHsmToken('kw-bench');
        try {
          const options = { library: token.library, tokenLabel: token.tokenLabel, pin: token.pin, keyLabel: 'bench' };
          await createRootKey(options);
          const offloaded = await Pkcs11RootKeyProvider.open(options);
          await measure(report, 'key-wrapping.pkcs11', offloaded);
          await measure(report, 'key-wrapping.pkcs11', offloaded, 4);
          await offloaded.close();
          const blocking = await Pkcs11RootKeyProvider.open({ ...options, calls: 'blocking' });
          await measure(report, 'key-wrapping.pkcs11.blocking', blocking);
          await blocking.close();
        } finally {
          token.remove();
        }
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  },
];

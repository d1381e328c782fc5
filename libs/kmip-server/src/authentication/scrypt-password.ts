import { createHash, randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * KMIP Credential passwords as the allow-list keeps them (key-lifecycle `isScryptHash`): the PHC string
 * `$scrypt$ln=<log2 N>,r=<r>,p=<p>$<salt>$<hash>` (also without the leading `$`), salt and hash in base64 (standard,
 * URL-safe or passlib's `.` for `+`; padding optional). The hash's length is the derived key's.
 */
interface ScryptHash {
  readonly cost: number;
  readonly blockSize: number;
  readonly parallelization: number;
  readonly salt: Buffer;
  readonly hash: Buffer;
}

const PHC = /^\$?scrypt\$ln=(\d{1,2}),r=(\d{1,3}),p=(\d{1,3})\$([A-Za-z0-9+/.\-_]+=*)\$([A-Za-z0-9+/.\-_]+=*)$/;

function base64(text: string): Buffer {
  return Buffer.from(text.replace(/\./g, '+').replace(/-/g, '+').replace(/_/g, '/'), 'base64');
}

export function parseScryptHash(text: string): ScryptHash | undefined {
  const m = PHC.exec(text);
  if (m === null) return undefined;
  const [ln, r, p] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const salt = base64(m[4]);
  const hash = base64(m[5]);
  if (ln < 1 || ln > 22 || r < 1 || p < 1 || salt.length === 0 || hash.length < 16) return undefined;
  return { cost: 2 ** ln, blockSize: r, parallelization: p, salt, hash };
}

function derive(password: string, salt: Buffer, keyLength: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password, salt, keyLength, options, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

function optionsOf(parsed: Pick<ScryptHash, 'cost' | 'blockSize' | 'parallelization'>): ScryptOptions {
  // scrypt needs 128·N·r bytes; node refuses above maxmem (32 MiB by default), too little for ln=15, r=8.
  const maxmem = 128 * parsed.cost * parsed.blockSize * 2 + 1024 * 1024;
  return { N: parsed.cost, r: parsed.blockSize, p: parsed.parallelization, maxmem };
}

/** Whether `password` matches the stored hash; false for a hash that is not one this server reads. */
export async function verifyScryptPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parseScryptHash(stored);
  if (parsed === undefined) return false;
  const derived = await derive(password, parsed.salt, parsed.hash.length, optionsOf(parsed));
  try {
    return timingSafeEqual(derived, parsed.hash);
  } finally {
    derived.fill(0);
  }
}

/** Hashes a password for the allow-list (operators' tools and tests); ln=15, r=8, p=1 by default. */
export async function hashScryptPassword(
  password: string,
  params: { ln?: number; r?: number; p?: number } = {},
): Promise<string> {
  const ln = params.ln ?? 15;
  const r = params.r ?? 8;
  const p = params.p ?? 1;
  const salt = randomBytes(16);
  const hash = await derive(password, salt, 32, optionsOf({ cost: 2 ** ln, blockSize: r, parallelization: p }));
  const b64 = (bytes: Buffer) => bytes.toString('base64').replace(/=+$/, '');
  return `$scrypt$ln=${ln},r=${r},p=${p}$${b64(salt)}$${b64(hash)}`;
}

/**
 * Remembers passwords already verified against a hash, so that a client sending its Credential with every request
 * does not cost a full scrypt each time (about 100 ms and 32 MiB at ln=15). It keeps a SHA-256 of hash and
 * password, never the password; a changed hash no longer matches its entries.
 */
export class VerifiedPasswords {
  private readonly verified = new Set<string>();

  constructor(private readonly limit = 1024) {}

  async verify(password: string, stored: string): Promise<boolean> {
    const key = createHash('sha256').update(stored).update('\0').update(password).digest('hex');
    if (this.verified.has(key)) return true;
    const ok = await verifyScryptPassword(password, stored);
    if (ok) {
      if (this.verified.size >= this.limit) this.verified.delete(this.verified.values().next().value as string);
      this.verified.add(key);
    }
    return ok;
  }
}

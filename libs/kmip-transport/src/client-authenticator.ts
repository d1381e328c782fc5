import type { TLSSocket } from 'node:tls';
import { certificateFingerprint } from '@kmip/pki';
import type { ClientDirectory, ClientRecord } from './client-directory.port';
import type { ClientTrust } from './connection-context';
import type { RefusalReason } from './transport-events';

export type Authentication<C extends ClientRecord> =
  | { readonly accepted: true; readonly fingerprint: string; readonly client: C; readonly trust: ClientTrust }
  | {
      readonly accepted: false;
      readonly reason: RefusalReason;
      readonly fingerprint?: string;
      readonly detail?: string;
    };

/**
 * Decides whether the peer of a completed handshake may speak KMIP (DESIGN §5):
 * 1. it presented a certificate;
 * 2. the certificate's fingerprint is on the allow-list;
 * 3. its chain verified against the configured CA(s) during the handshake (OpenSSL also checked the validity period
 *    and, for a client, the clientAuth purpose), or the allow-list pins it, in which case only its validity period is
 *    checked here: vCenter's self-signed certificate often lacks the clientAuth extended key usage.
 */
export async function authenticateClient<C extends ClientRecord>(
  socket: TLSSocket,
  directory: ClientDirectory<C>,
  onFingerprint: (fingerprint: string) => void,
): Promise<Authentication<C>> {
  // The X509Certificate form decodes fields only when asked, unlike getPeerCertificate()'s whole object.
  const peer = socket.getPeerX509Certificate();
  if (peer === undefined) return { accepted: false, reason: 'no-certificate' };
  const fingerprint = certificateFingerprint(peer.raw);
  onFingerprint(fingerprint);

  let client: C | undefined;
  try {
    client = await directory.lookup(fingerprint);
  } catch {
    return { accepted: false, reason: 'directory-error', fingerprint };
  }
  if (client === undefined) return { accepted: false, reason: 'unknown-client', fingerprint };

  if (socket.authorized) return { accepted: true, fingerprint, client, trust: 'ca' };
  if (client.pinned === true) {
    const now = Date.now();
    if (now < Date.parse(peer.validFrom) || now > Date.parse(peer.validTo)) {
      return { accepted: false, reason: 'certificate-expired', fingerprint };
    }
    return { accepted: true, fingerprint, client, trust: 'pinned' };
  }
  return { accepted: false, reason: 'untrusted-certificate', fingerprint, detail: verificationError(socket) };
}

/** Node reports the OpenSSL verification error as a code string (e.g. 'UNABLE_TO_VERIFY_LEAF_SIGNATURE'). */
function verificationError(socket: TLSSocket): string {
  const error = socket.authorizationError as unknown;
  if (typeof error === 'string') return error;
  if (error instanceof Error) return (error as NodeJS.ErrnoException).code ?? error.message;
  return 'unverified';
}

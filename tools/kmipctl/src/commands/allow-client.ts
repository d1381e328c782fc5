import type { ClientCredential, ClientTrust, KmipOperation } from '@kmip/key-lifecycle';
import type { Deployment } from '../deployment/deployment.port';

export interface ClientEntry {
  readonly tenant: string;
  readonly fingerprint: string;
  readonly allowedOperations: readonly KmipOperation[];
  readonly trust: ClientTrust;
  readonly credential?: ClientCredential;
}

/** Puts a certificate on a tenant's allow-list and answers the line to print. */
export async function allowClient(deployment: Deployment, entry: ClientEntry): Promise<string> {
  const outcome = await deployment.execute({ kind: 'AllowClient', ...entry });
  const what = `client ${entry.fingerprint} on tenant ${entry.tenant}`;
  const how = `${entry.trust === 'IssuedByServerCa' ? 'issued by the CA' : 'pinned'}, ${entry.allowedOperations.length} operations${entry.credential ? `, username ${entry.credential.username}` : ''}`;
  return outcome.changed ? `${what} allowed (${how})` : `${what} was already allowed (${how}); nothing changed`;
}

import { decodeResponsePayload, KMIP_1_1, Operation } from '@kmip/kmip';
import { createAes256Request } from './kmip-requests';
import { KmipClientConnection } from './kmip-client-connection';
import type { LoadTarget } from './load-target';
import { checkResponse } from './response-check';

/** Creates one AES-256 key with the generator's own Create request and returns its Unique Identifier (for Get). */
export async function createKey(target: LoadTarget, timeoutMs = 30_000): Promise<string> {
  const request = createAes256Request();
  const connection = await KmipClientConnection.open(target, timeoutMs);
  try {
    const verdict = checkResponse(await connection.request(request.bytes, timeoutMs), request);
    if (!verdict.ok) throw new Error(`the setup Create failed: ${verdict.reason}`);
    return decodeResponsePayload(Operation.Create, verdict.message.batchItems[0], KMIP_1_1).uniqueIdentifier;
  } finally {
    connection.close();
  }
}

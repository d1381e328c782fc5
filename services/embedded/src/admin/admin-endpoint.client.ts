import { readFile } from 'node:fs/promises';
import { request } from 'node:http';
import { ADMIN_PATH, type AdminEndpointFile, type AdminResponseBody } from './admin-endpoint';
import type { TenantOutcome } from './tenant-administration';
import { TenantAdministrationError } from './tenant-administration.error';
import type { TenantRequest } from './tenant-request';

export async function readAdminEndpointFile(path: string): Promise<AdminEndpointFile | undefined> {
  try {
    const parsed = JSON.parse(await readFile(path, 'utf8')) as Partial<AdminEndpointFile>;
    if (typeof parsed.port !== 'number' || typeof parsed.token !== 'string' || typeof parsed.pid !== 'number') {
      return undefined;
    }
    return { pid: parsed.pid, port: parsed.port, token: parsed.token };
  } catch {
    return undefined;
  }
}

/** Sends a tenant request to a running embedded server; refusals come back as TenantAdministrationError. */
export function sendTenantRequest(
  endpoint: AdminEndpointFile,
  tenantRequest: TenantRequest,
  operator: string,
  timeoutMs = 30_000,
): Promise<TenantOutcome> {
  const payload = JSON.stringify({ operator, request: tenantRequest });
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: endpoint.port,
        method: 'POST',
        path: ADMIN_PATH,
        headers: {
          authorization: `Bearer ${endpoint.token}`,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
        },
        timeout: timeoutMs,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          let body: AdminResponseBody;
          try {
            body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as AdminResponseBody;
          } catch {
            reject(new Error(`the embedded server answered HTTP ${res.statusCode} without a readable body`));
            return;
          }
          if (body.ok) {
            resolve({ changed: body.changed, version: body.version, events: body.events as TenantOutcome['events'] });
          } else {
            reject(new TenantAdministrationError(body.reason, body.message));
          }
        });
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`the embedded server did not answer within ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end(payload);
  });
}

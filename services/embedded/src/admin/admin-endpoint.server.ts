import { randomBytes, timingSafeEqual } from 'node:crypto';
import { rename, unlink, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ADMIN_PATH, type AdminEndpointFile, type AdminResponseBody } from './admin-endpoint';
import type { TenantAdministration } from './tenant-administration';
import { TenantAdministrationError } from './tenant-administration.error';
import { tenantRequestProblem, type TenantRequest } from './tenant-request';

const MAX_BODY_BYTES = 64 * 1024;

export interface AdminEndpoint {
  readonly port: number;
  close(): Promise<void>;
}

/**
 * The running embedded server's door for kmipctl: PGlite belongs to one process, so tenant requests travel to the
 * process that has it open. HTTP on 127.0.0.1 with a bearer token from a 0600 file in the data directory.
 */
export async function startAdminEndpoint(
  administration: TenantAdministration,
  endpointFile: string,
  onError: (message: string) => void,
): Promise<AdminEndpoint> {
  const token = randomBytes(32).toString('hex');
  const expected = Buffer.from(`Bearer ${token}`);
  const server = createServer((req, res) => {
    const presented = Buffer.from(req.headers.authorization ?? '');
    if (presented.length !== expected.length || !timingSafeEqual(presented, expected)) {
      return answer(res, 401, { ok: false, reason: 'Unauthorized', message: 'the admin token is missing or wrong' });
    }
    if (req.method !== 'POST' || req.url !== ADMIN_PATH) {
      return answer(res, 404, { ok: false, reason: 'NotFound', message: `POST ${ADMIN_PATH} only` });
    }
    handle(administration, req).then(
      ([status, body]) => answer(res, status, body),
      (error: unknown) => {
        onError(`admin request failed: ${error instanceof Error ? error.name : typeof error}`);
        answer(res, 500, { ok: false, reason: 'GeneralFailure', message: 'the server could not handle the request' });
      },
    );
  });
  server.listen(0, '127.0.0.1');
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const file: AdminEndpointFile = { pid: process.pid, port, token };
  const temporary = `${endpointFile}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(file)}\n`, { mode: 0o600 });
  await rename(temporary, endpointFile);
  return {
    port,
    close: async () => {
      await unlink(endpointFile).catch(() => undefined);
      await closeServer(server);
    },
  };
}

async function handle(
  administration: TenantAdministration,
  req: IncomingMessage,
): Promise<[number, AdminResponseBody]> {
  let body: { operator?: unknown; request?: unknown };
  try {
    body = JSON.parse(await readBody(req)) as typeof body;
  } catch {
    return [400, { ok: false, reason: 'InvalidRequest', message: 'the body is not JSON of at most 64 KiB' }];
  }
  const problem = tenantRequestProblem(body?.request);
  if (problem !== undefined) return [400, { ok: false, reason: 'InvalidRequest', message: problem }];
  const operator = typeof body.operator === 'string' && body.operator.length > 0 ? body.operator : 'kmipctl';
  try {
    const outcome = await administration.execute(body.request as TenantRequest, {
      kind: 'operator',
      name: operator.slice(0, 128),
    });
    return [200, { ok: true, ...outcome }];
  } catch (error) {
    if (error instanceof TenantAdministrationError) {
      return [409, { ok: false, reason: error.reason, message: error.message }];
    }
    throw error;
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function answer(res: ServerResponse, status: number, body: AdminResponseBody): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

/**
 * Raw bytes to a gateway over mutual TLS from node (the Python side has `py/raw_bytes.py`): sends them and reports
 * the first response message, if one comes before the server closes the connection.
 */
import { readFileSync } from 'node:fs';
import { connect } from 'node:tls';
import { decodeResponseBytes, ResultReason, ResultStatus, TtlvStreamFramer } from '@kmip/kmip';
import type { ClientTls } from './python-client';

export interface RawExchange {
  /** Result Status and Reason names of the response's batch items, when a response came. */
  readonly response?: { status: string; reason?: string; operation?: number }[];
  readonly closed: boolean;
}

const name = (table: Record<string, unknown>, value: number | undefined): string | undefined =>
  value === undefined ? undefined : (Object.keys(table).find((key) => table[key] === value) ?? String(value));

export function rawExchange(port: number, client: ClientTls, bytes: Buffer, waitMs = 10_000): Promise<RawExchange> {
  return new Promise((resolve, reject) => {
    const socket = connect({
      host: '127.0.0.1',
      port,
      cert: readFileSync(client.cert),
      key: readFileSync(client.key),
      ca: readFileSync(client.ca),
      // The development certificates name the server's host; the chain is what this test is about.
      checkServerIdentity: () => undefined,
    });
    const framer = new TtlvStreamFramer();
    let response: RawExchange['response'];
    let settled = false;
    const timer = setTimeout(() => finish(false), waitMs);
    function finish(closed: boolean): void {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      resolve({ ...(response === undefined ? {} : { response }), closed });
    }
    socket.once('secureConnect', () => socket.write(bytes));
    socket.on('data', (chunk: Buffer) => {
      try {
        for (const message of framer.push(chunk)) {
          const decoded = decodeResponseBytes(message);
          response = decoded.batchItems.map((item) => ({
            status: name(ResultStatus, item.resultStatus) ?? '?',
            ...(item.resultReason === undefined ? {} : { reason: name(ResultReason, item.resultReason) }),
            ...(item.operation === undefined ? {} : { operation: item.operation }),
          }));
          // One answer is all this exchange is about; give the server a moment to close, or keep it open.
          clearTimeout(timer);
          setTimeout(() => finish(socket.readableEnded || socket.destroyed), 500);
        }
      } catch (error) {
        clearTimeout(timer);
        socket.destroy();
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
    socket.once('end', () => finish(true));
    socket.once('close', () => finish(true));
    socket.once('error', () => finish(true));
  });
}

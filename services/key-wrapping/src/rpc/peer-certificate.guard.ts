/**
 * Checks every message against the allow-list of gateway peers, from the certificate of the TLS socket it came on.
 * NestJS 11's TCP transport hands handlers a TcpContext whose `getSocketRef()` is the JsonSocket wrapping the accepted
 * socket (`socket`), a tls.TLSSocket when the server has `tlsOptions` (server-tcp.js: `tls.createServer(tlsOptions,
 * bindHandler)`; ctx-host/tcp.context.js).
 */
import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import type { TcpContext } from '@nestjs/microservices';
import { TLSSocket } from 'node:tls';
import { PeerNotAllowedError } from '@kmip/key-wrapping';
import type { ServiceLogger } from '../service.logger';
import { PeerAllowList, peerIdentity } from './peer-allow-list';
import { PEER_ALLOW_LIST, SERVICE_LOGGER } from './tokens';

@Injectable()
export class PeerCertificateGuard implements CanActivate {
  /** The verdict per connection: a certificate does not change during a TLS session. */
  private readonly verdicts = new WeakMap<object, boolean>();

  constructor(
    @Inject(PEER_ALLOW_LIST) private readonly allowList: PeerAllowList,
    @Inject(SERVICE_LOGGER) private readonly logger: ServiceLogger,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'rpc') throw refused();
    const socket = context.switchToRpc().getContext<TcpContext>().getSocketRef()?.socket;
    if (!socket) throw refused();
    let verdict = this.verdicts.get(socket);
    if (verdict === undefined) {
      verdict = this.judge(socket);
      this.verdicts.set(socket, verdict);
    }
    if (!verdict) throw refused();
    return true;
  }

  private judge(socket: object): boolean {
    if (!(socket instanceof TLSSocket) || !socket.authorized) {
      this.logger.warn('refused a connection without an authorized TLS client certificate');
      return false;
    }
    const der = socket.getPeerCertificate()?.raw;
    if (!der || der.length === 0) return false;
    const peer = peerIdentity(der);
    if (this.allowList.allows(peer)) return true;
    this.logger.warn(`refused peer certificate sha256:${peer.fingerprint} (not on KEY_WRAPPING_ALLOWED_PEERS)`);
    return false;
  }
}

function refused(): PeerNotAllowedError {
  return new PeerNotAllowedError('this client certificate is not allowed to call the key-wrapping service');
}

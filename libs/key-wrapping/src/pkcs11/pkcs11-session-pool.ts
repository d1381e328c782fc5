/**
 * A bounded pool of read/write user sessions on one token, for use from async code.
 *
 * A PKCS#11 session runs one operation at a time, so each call borrows a session exclusively and returns it;
 * callers beyond the pool size wait in FIFO order. Login is per application and token (PKCS#11 v3.0 §5.6):
 * the first session logs in, later ones find CKR_USER_ALREADY_LOGGED_IN. A session that saw an unexpected error
 * is closed and replaced lazily. The pool never calls C_Logout, which would log out every other session of the
 * process on the same token (another provider instance, say); the login ends with the last session.
 */
import type { PKCS11 } from 'pkcs11js';
import * as pkcs11js from 'pkcs11js';
import { ProviderUnavailable } from '../key-wrapping.errors';
import { breaksSession, mapPkcs11Error } from './pkcs11-error-mapping';
import { CKR } from './pkcs11-return-values';

type Session = Buffer;

interface Waiter {
  resolve(session: Session): void;
  reject(err: unknown): void;
}

export class Pkcs11SessionPool {
  private readonly idle: Session[] = [];
  private readonly waiters: Waiter[] = [];
  private readonly open = new Set<Session>();
  private borrowed = 0;
  private drained: (() => void) | undefined;
  private closed = false;

  constructor(
    private readonly pkcs11: PKCS11,
    private readonly slot: Buffer,
    private readonly pin: string,
    readonly size: number,
  ) {
    if (!Number.isInteger(size) || size < 1) throw new RangeError('PKCS#11 session pool size must be at least 1');
  }

  /** Runs `task` with a session of its own; the session goes back to the pool (or is replaced) afterwards. */
  async use<T>(task: (session: Session) => T | Promise<T>): Promise<T> {
    const session = await this.acquire();
    this.borrowed++;
    let healthy = true;
    try {
      return await task(session);
    } catch (err) {
      healthy = !breaksSession(err);
      throw err;
    } finally {
      this.borrowed--;
      this.release(session, healthy);
    }
  }

  /** Waits for borrowed sessions to come back, then closes all of them. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const waiter of this.waiters.splice(0)) waiter.reject(new ProviderUnavailable('PKCS#11 provider is closed'));
    if (this.borrowed > 0) await new Promise<void>((resolve) => (this.drained = resolve));
    for (const session of this.open) this.closeQuietly(session);
    this.open.clear();
    this.idle.length = 0;
  }

  private async acquire(): Promise<Session> {
    if (this.closed) throw new ProviderUnavailable('PKCS#11 provider is closed');
    const idle = this.idle.pop();
    if (idle) return idle;
    if (this.open.size < this.size) return this.openSession();
    return new Promise((resolve, reject) => this.waiters.push({ resolve, reject }));
  }

  private release(session: Session, healthy: boolean): void {
    if (this.closed) {
      if (this.borrowed === 0) this.drained?.();
      return;
    }
    let next: Session | undefined = session;
    let failure: unknown;
    if (!healthy) {
      // Open the replacement before closing the broken session: closing the last session of the application on
      // a token logs it out and may invalidate object handles.
      this.open.delete(session);
      try {
        next = this.openSession();
      } catch (err) {
        next = undefined;
        failure = err;
      }
      this.closeQuietly(session);
    }
    const waiter = this.waiters.shift();
    if (next === undefined) waiter?.reject(failure);
    else if (waiter) waiter.resolve(next);
    else this.idle.push(next);
  }

  private openSession(): Session {
    let session: Session;
    try {
      session = this.pkcs11.C_OpenSession(this.slot, pkcs11js.CKF_SERIAL_SESSION | pkcs11js.CKF_RW_SESSION);
    } catch (err) {
      throw mapPkcs11Error(err, 'C_OpenSession');
    }
    try {
      this.pkcs11.C_Login(session, pkcs11js.CKU_USER, this.pin);
    } catch (err) {
      if ((err as { code?: unknown }).code !== CKR.USER_ALREADY_LOGGED_IN) {
        this.closeQuietly(session);
        throw mapPkcs11Error(err, 'C_Login');
      }
    }
    this.open.add(session);
    return session;
  }

  private closeQuietly(session: Session): void {
    try {
      this.pkcs11.C_CloseSession(session);
    } catch {
      // Already gone (token removed, session invalidated): nothing left to close.
    }
  }
}
